-- ggm load: mapping bag-pand → silver.pand (99 Kern/BAG/Model BAG/Pand)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`bag_pand` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'bag-pand' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
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
  i.`oorspronkelijk_bouwjaar`,
  CASE WHEN i.`_in_oorspronkelijk_bouwjaar` IS NOT NULL AND i.`oorspronkelijk_bouwjaar` IS NULL THEN i.`_in_oorspronkelijk_bouwjaar` END AS `_in_oorspronkelijk_bouwjaar`,
  i.`geconstateerd`,
  CASE WHEN i.`_in_geconstateerd` IS NOT NULL AND i.`geconstateerd` IS NULL THEN i.`_in_geconstateerd` END AS `_in_geconstateerd`,
  i.`geometrie_bovenaanzicht`,
  i.`documentnummer`,
  i.`documentdatum`,
  CASE WHEN i.`_in_documentdatum` IS NOT NULL AND i.`documentdatum` IS NULL THEN i.`_in_documentdatum` END AS `_in_documentdatum`,
  i.`begin_geldigheid`,
  CASE WHEN i.`_in_begin_geldigheid` IS NOT NULL AND i.`begin_geldigheid` IS NULL THEN i.`_in_begin_geldigheid` END AS `_in_begin_geldigheid`,
  i.`eind_geldigheid`,
  CASE WHEN i.`_in_eind_geldigheid` IS NOT NULL AND i.`eind_geldigheid` IS NULL THEN i.`_in_eind_geldigheid` END AS `_in_eind_geldigheid`,
  i.`versie`,
  CASE WHEN i.`_in_versie` IS NOT NULL AND i.`versie` IS NULL THEN i.`_in_versie` END AS `_in_versie`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`i`.`identificatie` AS STRING)) = 0 THEN CAST(`i`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`status_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`oorspronkelijk_bouwjaar` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`geconstateerd` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`geometrie_bovenaanzicht` AS STRING)) = 0 AND locate('|', CAST(`i`.`geometrie_bovenaanzicht` AS STRING)) = 0 THEN CAST(`i`.`geometrie_bovenaanzicht` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`geometrie_bovenaanzicht` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`documentnummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`documentnummer` AS STRING)) = 0 THEN CAST(`i`.`documentnummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`documentnummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`documentdatum` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`begin_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`eind_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`versie` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL AND i.`identificatie` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key`, i.`_valid_from` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `p`.`_row_number` AS `_row_number`,
    CASE WHEN `p`.`identificatie` IS NULL THEN NULL ELSE COALESCE(CASE WHEN locate('\\', CAST(`p`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`p`.`identificatie` AS STRING)) = 0 THEN CAST(`p`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`p`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS `_key`,
    CAST(CASE WHEN (trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS `_valid_from`,
    CASE WHEN `p`.`identificatie` IS NULL OR CAST(CAST(CASE WHEN (trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING) IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `p`.`identificatie`) = 0 AND locate('|', `p`.`identificatie`) = 0 THEN `p`.`identificatie` ELSE REPLACE(REPLACE(`p`.`identificatie`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN (trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`p`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING), '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_version_key`,
    substr(CAST(`p`.`identificatie` AS STRING), 1, 255) AS `identificatie`,
    CAST(`p`.`identificatie` AS STRING) AS `_in_identificatie`,
    CAST(CASE lower(`p`.`status`) WHEN 'bouwvergunning verleend' THEN 1 WHEN '3' THEN 1 WHEN 'niet gerealiseerd pand' THEN 2 WHEN '4' THEN 2 WHEN 'bouw gestart' THEN 3 WHEN '1' THEN 3 WHEN 'pand in gebruik (niet ingemeten)' THEN 4 WHEN '8' THEN 4 WHEN 'pand in gebruik' THEN 5 WHEN '7' THEN 5 WHEN 'sloopvergunning verleend' THEN 6 WHEN '10' THEN 6 WHEN 'pand gesloopt' THEN 7 WHEN '6' THEN 7 WHEN 'pand buiten gebruik' THEN 8 WHEN '5' THEN 8 WHEN 'verbouwing pand' THEN 9 WHEN '11' THEN 9 WHEN 'pand ten onrechte opgevoerd' THEN 10 WHEN '9' THEN 10 WHEN 'bouwaanvraag ontvangen' THEN 11 WHEN '2' THEN 11 WHEN 'Onbekend' THEN 12 WHEN '-1' THEN 12 WHEN 'Leeg' THEN 13 WHEN '-2' THEN 13 END AS INT) AS `status_enum_id`,
    lower(`p`.`status`) AS `_in_status_enum_id`,
    CAST(CASE WHEN (trim(`p`.`oorspronkelijkBouwjaar`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`p`.`oorspronkelijkBouwjaar`) AS BIGINT) END AS INT) AS `oorspronkelijk_bouwjaar`,
    `p`.`oorspronkelijkBouwjaar` AS `_in_oorspronkelijk_bouwjaar`,
    CAST(CASE WHEN lower(trim(`p`.`geconstateerd`)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(`p`.`geconstateerd`)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS `geconstateerd`,
    `p`.`geconstateerd` AS `_in_geconstateerd`,
    CAST(`p`.`geometrie` AS STRING) AS `geometrie_bovenaanzicht`,
    CAST(`p`.`documentnummer` AS STRING) AS `documentnummer`,
    CAST(CASE WHEN (trim(`p`.`documentdatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN try_to_timestamp(trim(`p`.`documentdatum`), 'yyyy-MM-dd') END AS TIMESTAMP) AS `documentdatum`,
    `p`.`documentdatum` AS `_in_documentdatum`,
    CAST(CASE WHEN (trim(`p`.`beginGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`p`.`beginGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `begin_geldigheid`,
    `p`.`beginGeldigheid` AS `_in_begin_geldigheid`,
    CAST(CASE WHEN (trim(`p`.`eindGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`p`.`eindGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `eind_geldigheid`,
    `p`.`eindGeldigheid` AS `_in_eind_geldigheid`,
    CAST(CASE WHEN (trim(`p`.`voorkomenidentificatie`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`p`.`voorkomenidentificatie`) AS BIGINT) END AS INT) AS `versie`,
    `p`.`voorkomenidentificatie` AS `_in_versie`
  FROM `bronze`.`bag_pand` `p`
  JOIN `ggm_batch` `_ggm_b` ON `p`.`_batch_id` = `_ggm_b`.batch_id
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'missing-key', NULL, '\\N', CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'duplicate-key', NULL, `_key`, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'truncated', 'identificatie', CAST(`_in_identificatie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_identificatie` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'missing-required', 'identificatie', NULL, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `identificatie` IS NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unmapped-code', 'status_enum_id', CAST(`_in_status_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_status_enum_id` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'oorspronkelijk_bouwjaar', CAST(`_in_oorspronkelijk_bouwjaar` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_oorspronkelijk_bouwjaar` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'geconstateerd', CAST(`_in_geconstateerd` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geconstateerd` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'documentdatum', CAST(`_in_documentdatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_documentdatum` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'begin_geldigheid', CAST(`_in_begin_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_begin_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'eind_geldigheid', CAST(`_in_eind_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_eind_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-pand', 'silver.pand', `_batch_text`, `_row_number`, 'unparsable', 'versie', CAST(`_in_versie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_versie` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT s.*, (s.`_valid_from` IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.`identificatie`, s.`_valid_from` ORDER BY s.`_batch_seq`) = 1) AS `_first_seen`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`;

INSERT INTO `silver`.`pand` (`geo_object_id`, `identificatie`, `status_enum_id`, `oorspronkelijk_bouwjaar`, `geconstateerd`, `geometrie_bovenaanzicht`, `documentnummer`, `documentdatum`, `begin_geldigheid`, `eind_geldigheid`, `versie`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_version_key`, s.`identificatie`, s.`status_enum_id`, s.`oorspronkelijk_bouwjaar`, s.`geconstateerd`, s.`geometrie_bovenaanzicht`, s.`documentnummer`, s.`documentdatum`, s.`begin_geldigheid`, s.`eind_geldigheid`, s.`versie`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'bag-pand', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_first_seen`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`pand` c WHERE c.`identificatie` = s.`identificatie` AND c.`valid_from` = s.`_valid_from`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-pand', 'silver.pand', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

