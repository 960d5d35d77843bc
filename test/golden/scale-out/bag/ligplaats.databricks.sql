-- ggm load: mapping bag-ligplaats → silver.ligplaats (99 Kern/BAG/Model BAG/Ligplaats)

-- history: events; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`bag_ligplaats` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'bag-ligplaats' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_valid_from`,
  i.`_version_key`,
  i.`identificatie`,
  CASE WHEN length(i.`_in_identificatie`) > 255 THEN i.`_in_identificatie` END AS `_in_identificatie`,
  i.`status_enum_id`,
  CASE WHEN i.`_in_status_enum_id` IS NOT NULL AND i.`status_enum_id` IS NULL THEN i.`_in_status_enum_id` END AS `_in_status_enum_id`,
  i.`geconstateerd_enum_id`,
  CASE WHEN i.`_in_geconstateerd_enum_id` IS NOT NULL AND i.`geconstateerd_enum_id` IS NULL THEN i.`_in_geconstateerd_enum_id` END AS `_in_geconstateerd_enum_id`,
  i.`geometrie`,
  i.`documentdatum`,
  CASE WHEN i.`_in_documentdatum` IS NOT NULL AND i.`documentdatum` IS NULL THEN i.`_in_documentdatum` END AS `_in_documentdatum`,
  i.`begin_geldigheid`,
  CASE WHEN i.`_in_begin_geldigheid` IS NOT NULL AND i.`begin_geldigheid` IS NULL THEN i.`_in_begin_geldigheid` END AS `_in_begin_geldigheid`,
  i.`eind_geldigheid`,
  CASE WHEN i.`_in_eind_geldigheid` IS NOT NULL AND i.`eind_geldigheid` IS NULL THEN i.`_in_eind_geldigheid` END AS `_in_eind_geldigheid`,
  i.`versie`,
  CASE WHEN i.`_in_versie` IS NOT NULL AND i.`versie` IS NULL THEN i.`_in_versie` END AS `_in_versie`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`i`.`identificatie` AS STRING)) = 0 THEN CAST(`i`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`status_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`geconstateerd_enum_id` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`geometrie` AS STRING)) = 0 AND locate('|', CAST(`i`.`geometrie` AS STRING)) = 0 THEN CAST(`i`.`geometrie` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`geometrie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`documentdatum` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`begin_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`eind_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`versie` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL AND i.`identificatie` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key`, i.`_valid_from` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `l`.`_row_number` AS `_row_number`,
    CASE WHEN `l`.`identificatie` IS NULL THEN NULL ELSE COALESCE(CASE WHEN locate('\\', CAST(`l`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`l`.`identificatie` AS STRING)) = 0 THEN CAST(`l`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`l`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS `_key`,
    CAST(CASE WHEN (trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS `_valid_from`,
    CASE WHEN `l`.`identificatie` IS NULL OR CAST(CAST(CASE WHEN (trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING) IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `l`.`identificatie`) = 0 AND locate('|', `l`.`identificatie`) = 0 THEN `l`.`identificatie` ELSE REPLACE(REPLACE(`l`.`identificatie`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN (trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`l`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING), '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_version_key`,
    substr(CAST(`l`.`identificatie` AS STRING), 1, 255) AS `identificatie`,
    CAST(`l`.`identificatie` AS STRING) AS `_in_identificatie`,
    CAST(CASE lower(`l`.`status`) WHEN 'plaats aangewezen' THEN 1 WHEN '1' THEN 1 WHEN 'plaats ingetrokken' THEN 2 WHEN '2' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INT) AS `status_enum_id`,
    lower(`l`.`status`) AS `_in_status_enum_id`,
    CAST(CASE `l`.`geconstateerd` WHEN 'J' THEN 1 WHEN 'N' THEN 2 END AS INT) AS `geconstateerd_enum_id`,
    `l`.`geconstateerd` AS `_in_geconstateerd_enum_id`,
    CAST(`l`.`geometrie` AS STRING) AS `geometrie`,
    CAST(CASE WHEN (trim(`l`.`documentdatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`l`.`documentdatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `documentdatum`,
    `l`.`documentdatum` AS `_in_documentdatum`,
    CAST(CASE WHEN (trim(`l`.`beginGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`l`.`beginGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `begin_geldigheid`,
    `l`.`beginGeldigheid` AS `_in_begin_geldigheid`,
    CAST(CASE WHEN (trim(`l`.`eindGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`l`.`eindGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `eind_geldigheid`,
    `l`.`eindGeldigheid` AS `_in_eind_geldigheid`,
    CAST(CASE WHEN (trim(`l`.`voorkomenidentificatie`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`l`.`voorkomenidentificatie`) AS BIGINT) END AS INT) AS `versie`,
    `l`.`voorkomenidentificatie` AS `_in_versie`
  FROM `bronze`.`bag_ligplaats` `l`
  JOIN `ggm_batch` `_ggm_b` ON `l`.`_batch_id` = `_ggm_b`.batch_id
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'missing-key', NULL, '\\N', CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'duplicate-key', NULL, `_key`, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'truncated', 'identificatie', CAST(`_in_identificatie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_identificatie` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'missing-required', 'identificatie', NULL, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `identificatie` IS NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unmapped-code', 'status_enum_id', CAST(`_in_status_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_status_enum_id` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unmapped-code', 'geconstateerd_enum_id', CAST(`_in_geconstateerd_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geconstateerd_enum_id` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unparsable', 'documentdatum', CAST(`_in_documentdatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_documentdatum` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unparsable', 'begin_geldigheid', CAST(`_in_begin_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_begin_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unparsable', 'eind_geldigheid', CAST(`_in_eind_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_eind_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-ligplaats', 'silver.ligplaats', `_batch_text`, `_row_number`, 'unparsable', 'versie', CAST(`_in_versie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_versie` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT s.*, (s.`_valid_from` IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.`identificatie`, s.`_valid_from` ORDER BY s.`_batch_seq`) = 1) AS `_first_seen`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`;

INSERT INTO `silver`.`ligplaats` (`object_id`, `identificatie`, `status_enum_id`, `geconstateerd_enum_id`, `geometrie`, `documentdatum`, `begin_geldigheid`, `eind_geldigheid`, `versie`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_version_key`, s.`identificatie`, s.`status_enum_id`, s.`geconstateerd_enum_id`, s.`geometrie`, s.`documentdatum`, s.`begin_geldigheid`, s.`eind_geldigheid`, s.`versie`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'bag-ligplaats', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_first_seen`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`ligplaats` c WHERE c.`identificatie` = s.`identificatie` AND c.`valid_from` = s.`_valid_from`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-ligplaats', 'silver.ligplaats', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

