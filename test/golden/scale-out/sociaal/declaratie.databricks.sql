-- ggm load: mapping istandaarden-declaratie → silver.declaratie_generiek_jeugd_en_wmo (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratie)

-- history: none; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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

DROP TABLE IF EXISTS `ggm_chain`;

DROP TABLE IF EXISTS `ggm_stage`;

DROP TABLE IF EXISTS `ggm_batch`;

CREATE TEMPORARY TABLE `ggm_batch` AS SELECT q.batch_id, q.batch_text, q.loaded_at, q.seq FROM (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq, SUM(p.row_count) OVER (ORDER BY p.loaded_at, p.batch_text ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_upto
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`istandaarden` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'istandaarden-declaratie' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_key_2`,
  i.`_key_3`,
  i.`_valid_from`,
  i.`declaratie_bedrag`,
  i.`datum_declaratie`,
  CASE WHEN i.`_in_datum_declaratie` IS NOT NULL AND i.`datum_declaratie` IS NULL THEN i.`_in_datum_declaratie` END AS `_in_datum_declaratie`,
  i.`ingediend_door_leverancier_sociaal_domein_generiek_id`,
  md5(COALESCE(CAST(`i`.`declaratie_bedrag` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_declaratie` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`ingediend_door_leverancier_sociaal_domein_generiek_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `t`.`_row_number` AS `_row_number`,
    CASE WHEN `t`.`afzender` IS NULL OR `t`.`wet` IS NULL OR `t`.`declaratie_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`declaratie_nummer`) = 0 AND locate('|', `t`.`declaratie_nummer`) = 0 THEN `t`.`declaratie_nummer` ELSE REPLACE(REPLACE(`t`.`declaratie_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `t`.`afzender` AS `_key_1`,
    `t`.`wet` AS `_key_2`,
    `t`.`declaratie_nummer` AS `_key_3`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    CAST(CASE WHEN (`t`.`totaal_ingediend_dc` = 'C') THEN (0 - CASE WHEN (trim(`t`.`totaal_ingediend_cent`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`t`.`totaal_ingediend_cent`) AS BIGINT) END) ELSE CASE WHEN (trim(`t`.`totaal_ingediend_cent`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`t`.`totaal_ingediend_cent`) AS BIGINT) END END AS INT) AS `declaratie_bedrag`,
    CAST(CASE WHEN (trim(replace(`t`.`declaratie_dagtekening`, '-', '')) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(replace(`t`.`declaratie_dagtekening`, '-', '')) AS BIGINT) END AS INT) AS `datum_declaratie`,
    replace(`t`.`declaratie_dagtekening`, '-', '') AS `_in_datum_declaratie`,
    CASE WHEN `t`.`afzender` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `ingediend_door_leverancier_sociaal_domein_generiek_id`
  FROM `bronze`.`istandaarden` `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  WHERE (((`t`.`regel_soort` = 'prestatie') AND (`t`.`regel_index` = '1')))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-declaratie', 'silver.declaratie_generiek_jeugd_en_wmo', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'istandaarden-declaratie', 'silver.declaratie_generiek_jeugd_en_wmo', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'istandaarden-declaratie', 'silver.declaratie_generiek_jeugd_en_wmo', `_batch_text`, `_row_number`, 'unparsable', 'datum_declaratie', CAST(`_in_datum_declaratie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_declaratie` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`declaratie_generiek_jeugd_en_wmo` t WHERE t.`declaratie_generiek_jeugd_en_wmo_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`declaratie_generiek_jeugd_en_wmo`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`declaratie_generiek_jeugd_en_wmo`.`declaratie_generiek_jeugd_en_wmo_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`declaratie_generiek_jeugd_en_wmo`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`declaratie_generiek_jeugd_en_wmo` (`declaratie_generiek_jeugd_en_wmo_id`, `declaratie_bedrag`, `datum_declaratie`, `ingediend_door_leverancier_sociaal_domein_generiek_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`declaratie_bedrag`, s.`datum_declaratie`, s.`ingediend_door_leverancier_sociaal_domein_generiek_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'istandaarden-declaratie', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`declaratie_generiek_jeugd_en_wmo` c WHERE c.`declaratie_generiek_jeugd_en_wmo_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-declaratie', 'silver.declaratie_generiek_jeugd_en_wmo', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

