-- ggm load: mapping bag-panden-latest → silver.pand (99 Kern/BAG/Pand)

-- history: none; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

BEGIN TRANSACTION;

CREATE SCHEMA IF NOT EXISTS `meta`;

CREATE TABLE IF NOT EXISTS meta.applied_batches (
  mapping STRING NOT NULL,
  target_table STRING NOT NULL,
  batch_id STRING NOT NULL,
  batch_loaded_at TIMESTAMP,
  rows_read BIGINT,
  rows_rejected BIGINT,
  applied_at TIMESTAMP,
  CONSTRAINT applied_batches_pkey PRIMARY KEY (mapping, batch_id)
) USING DELTA;

CREATE TABLE IF NOT EXISTS meta.load_findings (
  mapping STRING NOT NULL,
  target_table STRING NOT NULL,
  batch_id STRING NOT NULL,
  row_number BIGINT,
  kind STRING NOT NULL,
  column_name STRING,
  value STRING,
  recorded_at TIMESTAMP
) USING DELTA;

DROP TABLE IF EXISTS `ggm_stage`;

DROP TABLE IF EXISTS `ggm_batch`;

CREATE TEMPORARY TABLE `ggm_batch` AS SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at FROM `bronze`.`bag_panden` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'bag-panden-latest' AND a.batch_id = CAST(b.batch_id AS STRING))
ORDER BY b.loaded_at, CAST(b.batch_id AS STRING)
LIMIT 1;

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_valid_from`,
  i.`identificatie`,
  CASE WHEN length(i.`_in_identificatie`) > 16 THEN i.`_in_identificatie` END AS `_in_identificatie`,
  i.`oorspronkelijk_bouwjaar`,
  CASE WHEN i.`_in_oorspronkelijk_bouwjaar` IS NOT NULL AND i.`oorspronkelijk_bouwjaar` IS NULL THEN i.`_in_oorspronkelijk_bouwjaar` END AS `_in_oorspronkelijk_bouwjaar`,
  i.`naam`,
  CASE WHEN length(i.`_in_naam`) > 10 THEN i.`_in_naam` END AS `_in_naam`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`i`.`identificatie` AS STRING)) = 0 THEN CAST(`i`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`oorspronkelijk_bouwjaar` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`naam` AS STRING)) = 0 AND locate('|', CAST(`i`.`naam` AS STRING)) = 0 THEN CAST(`i`.`naam` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`naam` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `p`.`_row_number` AS `_row_number`,
    CASE WHEN `p`.`pand_id` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `p`.`pand_id`) = 0 AND locate('|', `p`.`pand_id`) = 0 THEN `p`.`pand_id` ELSE REPLACE(REPLACE(`p`.`pand_id`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `p`.`pand_id` AS `_key_1`,
    CAST((SELECT loaded_at FROM `ggm_batch`) AS TIMESTAMP) AS `_valid_from`,
    substr(CAST(`p`.`pand_id` AS STRING), 1, 16) AS `identificatie`,
    CAST(`p`.`pand_id` AS STRING) AS `_in_identificatie`,
    CAST(CASE WHEN (trim(`l`.`bouwjaar`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`l`.`bouwjaar`) AS BIGINT) END AS INT) AS `oorspronkelijk_bouwjaar`,
    `l`.`bouwjaar` AS `_in_oorspronkelijk_bouwjaar`,
    substr(CAST(`l`.`naam` AS STRING), 1, 10) AS `naam`,
    CAST(`l`.`naam` AS STRING) AS `_in_naam`
  FROM `bronze`.`bag_panden` `p`
  LEFT JOIN (SELECT `l`.* FROM `bronze`.`bag_panden` `l` WHERE (`l`.`status_code` <> 'X') QUALIFY ROW_NUMBER() OVER (PARTITION BY `l`.`pand_id` ORDER BY CASE WHEN (trim(`l`.`docdatum`) RLIKE '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_to_timestamp(trim(`l`.`docdatum`), 'dd-MM-yyyy') AS DATE) END DESC NULLS LAST, `l`.`naam` ASC NULLS LAST, `l`.`_loaded_at` DESC, CAST(`l`.`_batch_id` AS STRING) DESC, `l`.`_row_number` DESC) = 1) `l` ON (`l`.`pand_id` = `p`.`pand_id`)
  WHERE `p`.`_batch_id` = (SELECT batch_id FROM `ggm_batch`)
    AND ((`p`.`status_code` <> 'X'))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM `ggm_batch`), `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM `ggm_batch`), `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM `ggm_batch`), `_row_number`, 'truncated', 'identificatie', CAST(`_in_identificatie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_identificatie` IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM `ggm_batch`), `_row_number`, 'unparsable', 'oorspronkelijk_bouwjaar', CAST(`_in_oorspronkelijk_bouwjaar` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_oorspronkelijk_bouwjaar` IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM `ggm_batch`), `_row_number`, 'truncated', 'naam', CAST(`_in_naam` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_naam` IS NOT NULL;

DELETE FROM `silver`.`pand`
WHERE EXISTS (SELECT 1 FROM `ggm_stage` s WHERE `silver`.`pand`.`pand_id` = s.`_key` AND s.`_accepted` AND NOT s.`_duplicate` AND `silver`.`pand`.`row_hash` <> s.`_row_hash`);

INSERT INTO `silver`.`pand` (`pand_id`, `identificatie`, `oorspronkelijk_bouwjaar`, `naam`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`identificatie`, s.`oorspronkelijk_bouwjaar`, s.`naam`, s.`_valid_from`, NULL, (SELECT loaded_at FROM `ggm_batch`), (SELECT batch_text FROM `ggm_batch`), 'bag-panden-latest', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_stage` s
WHERE s.`_accepted` AND NOT s.`_duplicate`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`pand` c WHERE c.`pand_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden-latest', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM `ggm_stage`), (SELECT COUNT(*) FROM `ggm_stage` WHERE NOT `_accepted`), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_batch` b;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

