-- ggm load: mapping bag-nummeraanduiding → silver.nummeraanduiding (99 Kern/BAG/Model BAG/Nummeraanduiding)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`bag_nummeraanduiding` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'bag-nummeraanduiding' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
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
  i.`huisnummer`,
  CASE WHEN i.`_in_huisnummer` IS NOT NULL AND i.`huisnummer` IS NULL THEN i.`_in_huisnummer` END AS `_in_huisnummer`,
  i.`huisletter`,
  CASE WHEN length(i.`_in_huisletter`) > 1 THEN i.`_in_huisletter` END AS `_in_huisletter`,
  i.`huisnummertoevoeging`,
  CASE WHEN length(i.`_in_huisnummertoevoeging`) > 4 THEN i.`_in_huisnummertoevoeging` END AS `_in_huisnummertoevoeging`,
  i.`postcode`,
  CASE WHEN length(i.`_in_postcode`) > 6 THEN i.`_in_postcode` END AS `_in_postcode`,
  i.`type_adresseerbaar_object_enum_id`,
  CASE WHEN i.`_in_type_adresseerbaar_object_enum_id` IS NOT NULL AND i.`type_adresseerbaar_object_enum_id` IS NULL THEN i.`_in_type_adresseerbaar_object_enum_id` END AS `_in_type_adresseerbaar_object_enum_id`,
  i.`status_enum_id`,
  CASE WHEN i.`_in_status_enum_id` IS NOT NULL AND i.`status_enum_id` IS NULL THEN i.`_in_status_enum_id` END AS `_in_status_enum_id`,
  i.`geconstateerd`,
  CASE WHEN i.`_in_geconstateerd` IS NOT NULL AND i.`geconstateerd` IS NULL THEN i.`_in_geconstateerd` END AS `_in_geconstateerd`,
  i.`documentdatum`,
  CASE WHEN i.`_in_documentdatum` IS NOT NULL AND i.`documentdatum` IS NULL THEN i.`_in_documentdatum` END AS `_in_documentdatum`,
  i.`begin_geldigheid`,
  CASE WHEN i.`_in_begin_geldigheid` IS NOT NULL AND i.`begin_geldigheid` IS NULL THEN i.`_in_begin_geldigheid` END AS `_in_begin_geldigheid`,
  i.`einde_geldigheid`,
  CASE WHEN i.`_in_einde_geldigheid` IS NOT NULL AND i.`einde_geldigheid` IS NULL THEN i.`_in_einde_geldigheid` END AS `_in_einde_geldigheid`,
  i.`versie`,
  CASE WHEN i.`_in_versie` IS NOT NULL AND i.`versie` IS NULL THEN i.`_in_versie` END AS `_in_versie`,
  i.`ligt_aan_openbare_ruimte_id`,
  CASE WHEN i.`_in_ligt_aan_openbare_ruimte_id` IS NOT NULL AND i.`ligt_aan_openbare_ruimte_id` IS NULL THEN i.`_in_ligt_aan_openbare_ruimte_id` END AS `_in_ligt_aan_openbare_ruimte_id`,
  i.`ligt_in_woonplaats_id`,
  CASE WHEN i.`_in_ligt_in_woonplaats_id` IS NOT NULL AND i.`ligt_in_woonplaats_id` IS NULL THEN i.`_in_ligt_in_woonplaats_id` END AS `_in_ligt_in_woonplaats_id`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`i`.`identificatie` AS STRING)) = 0 THEN CAST(`i`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`huisnummer` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`huisletter` AS STRING)) = 0 AND locate('|', CAST(`i`.`huisletter` AS STRING)) = 0 THEN CAST(`i`.`huisletter` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`huisletter` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`huisnummertoevoeging` AS STRING)) = 0 AND locate('|', CAST(`i`.`huisnummertoevoeging` AS STRING)) = 0 THEN CAST(`i`.`huisnummertoevoeging` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`huisnummertoevoeging` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`postcode` AS STRING)) = 0 AND locate('|', CAST(`i`.`postcode` AS STRING)) = 0 THEN CAST(`i`.`postcode` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`postcode` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`type_adresseerbaar_object_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`status_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`geconstateerd` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`documentdatum` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`begin_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`einde_geldigheid` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`versie` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`ligt_aan_openbare_ruimte_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`ligt_in_woonplaats_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL AND i.`identificatie` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key`, i.`_valid_from` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `n`.`_row_number` AS `_row_number`,
    CASE WHEN `n`.`identificatie` IS NULL THEN NULL ELSE COALESCE(CASE WHEN locate('\\', CAST(`n`.`identificatie` AS STRING)) = 0 AND locate('|', CAST(`n`.`identificatie` AS STRING)) = 0 THEN CAST(`n`.`identificatie` AS STRING) ELSE REPLACE(REPLACE(CAST(`n`.`identificatie` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS `_key`,
    CAST(CASE WHEN (trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS `_valid_from`,
    CASE WHEN `n`.`identificatie` IS NULL OR CAST(CAST(CASE WHEN (trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING) IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `n`.`identificatie`) = 0 AND locate('|', `n`.`identificatie`) = 0 THEN `n`.`identificatie` ELSE REPLACE(REPLACE(`n`.`identificatie`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN (trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN try_to_timestamp(trim(replace(substr(`n`.`tijdstipRegistratie`, 1, 19), 'T', ' ')), 'yyyy-MM-dd HH:mm:ss') END AS TIMESTAMP) AS STRING), '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_version_key`,
    substr(CAST(`n`.`identificatie` AS STRING), 1, 255) AS `identificatie`,
    CAST(`n`.`identificatie` AS STRING) AS `_in_identificatie`,
    CAST(CASE WHEN (trim(`n`.`huisnummer`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`n`.`huisnummer`) AS BIGINT) END AS INT) AS `huisnummer`,
    `n`.`huisnummer` AS `_in_huisnummer`,
    substr(CAST(`n`.`huisletter` AS STRING), 1, 1) AS `huisletter`,
    CAST(`n`.`huisletter` AS STRING) AS `_in_huisletter`,
    substr(CAST(`n`.`huisnummertoevoeging` AS STRING), 1, 4) AS `huisnummertoevoeging`,
    CAST(`n`.`huisnummertoevoeging` AS STRING) AS `_in_huisnummertoevoeging`,
    substr(CAST(`n`.`postcode` AS STRING), 1, 6) AS `postcode`,
    CAST(`n`.`postcode` AS STRING) AS `_in_postcode`,
    CAST(CASE `n`.`typeAdresseerbaarObject` WHEN 'Verblijfsobject' THEN 1 WHEN 'Ligplaats' THEN 2 WHEN 'Standplaats' THEN 3 END AS INT) AS `type_adresseerbaar_object_enum_id`,
    `n`.`typeAdresseerbaarObject` AS `_in_type_adresseerbaar_object_enum_id`,
    CAST(CASE lower(`n`.`status`) WHEN 'naamgeving uitgegeven' THEN 1 WHEN '2' THEN 1 WHEN 'naamgeving ingetrokken' THEN 2 WHEN '1' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INT) AS `status_enum_id`,
    lower(`n`.`status`) AS `_in_status_enum_id`,
    CAST(CASE WHEN lower(trim(`n`.`geconstateerd`)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(`n`.`geconstateerd`)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS `geconstateerd`,
    `n`.`geconstateerd` AS `_in_geconstateerd`,
    CAST(CASE WHEN (trim(`n`.`documentdatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`n`.`documentdatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `documentdatum`,
    `n`.`documentdatum` AS `_in_documentdatum`,
    CAST(CASE WHEN (trim(`n`.`beginGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`n`.`beginGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `begin_geldigheid`,
    `n`.`beginGeldigheid` AS `_in_begin_geldigheid`,
    CAST(CASE WHEN (trim(`n`.`eindGeldigheid`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`n`.`eindGeldigheid`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `einde_geldigheid`,
    `n`.`eindGeldigheid` AS `_in_einde_geldigheid`,
    CAST(CASE WHEN (trim(`n`.`voorkomenidentificatie`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`n`.`voorkomenidentificatie`) AS BIGINT) END AS INT) AS `versie`,
    `n`.`voorkomenidentificatie` AS `_in_versie`,
    (SELECT MIN(o.`openbare_ruimte_id`) FROM `silver`.`openbare_ruimte` o WHERE o.`identificatie` = `n`.`ligtAan` AND o.`valid_to` IS NULL) AS `ligt_aan_openbare_ruimte_id`,
    `n`.`ligtAan` AS `_in_ligt_aan_openbare_ruimte_id`,
    (SELECT MIN(o.`woonplaats_id`) FROM `silver`.`woonplaats` o WHERE o.`identificatie` = `n`.`ligtIn` AND o.`valid_to` IS NULL) AS `ligt_in_woonplaats_id`,
    `n`.`ligtIn` AS `_in_ligt_in_woonplaats_id`
  FROM `bronze`.`bag_nummeraanduiding` `n`
  JOIN `ggm_batch` `_ggm_b` ON `n`.`_batch_id` = `_ggm_b`.batch_id
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'missing-key', NULL, '\\N', CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'duplicate-key', NULL, `_key`, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'truncated', 'identificatie', CAST(`_in_identificatie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_identificatie` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'missing-required', 'identificatie', NULL, CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `identificatie` IS NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'huisnummer', CAST(`_in_huisnummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_huisnummer` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'truncated', 'huisletter', CAST(`_in_huisletter` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_huisletter` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'truncated', 'huisnummertoevoeging', CAST(`_in_huisnummertoevoeging` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_huisnummertoevoeging` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'truncated', 'postcode', CAST(`_in_postcode` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_postcode` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unmapped-code', 'type_adresseerbaar_object_enum_id', CAST(`_in_type_adresseerbaar_object_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_type_adresseerbaar_object_enum_id` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unmapped-code', 'status_enum_id', CAST(`_in_status_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_status_enum_id` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'geconstateerd', CAST(`_in_geconstateerd` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geconstateerd` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'documentdatum', CAST(`_in_documentdatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_documentdatum` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'begin_geldigheid', CAST(`_in_begin_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_begin_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'einde_geldigheid', CAST(`_in_einde_geldigheid` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_einde_geldigheid` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unparsable', 'versie', CAST(`_in_versie` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_versie` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unresolved-reference', 'ligt_aan_openbare_ruimte_id', CAST(`_in_ligt_aan_openbare_ruimte_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ligt_aan_openbare_ruimte_id` IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', `_batch_text`, `_row_number`, 'unresolved-reference', 'ligt_in_woonplaats_id', CAST(`_in_ligt_in_woonplaats_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ligt_in_woonplaats_id` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT s.*, (s.`_valid_from` IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.`identificatie`, s.`_valid_from` ORDER BY s.`_batch_seq`) = 1) AS `_first_seen`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`;

INSERT INTO `silver`.`nummeraanduiding` (`nummeraanduiding_id`, `identificatie`, `huisnummer`, `huisletter`, `huisnummertoevoeging`, `postcode`, `type_adresseerbaar_object_enum_id`, `status_enum_id`, `geconstateerd`, `documentdatum`, `begin_geldigheid`, `einde_geldigheid`, `versie`, `ligt_aan_openbare_ruimte_id`, `ligt_in_woonplaats_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_version_key`, s.`identificatie`, s.`huisnummer`, s.`huisletter`, s.`huisnummertoevoeging`, s.`postcode`, s.`type_adresseerbaar_object_enum_id`, s.`status_enum_id`, s.`geconstateerd`, s.`documentdatum`, s.`begin_geldigheid`, s.`einde_geldigheid`, s.`versie`, s.`ligt_aan_openbare_ruimte_id`, s.`ligt_in_woonplaats_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'bag-nummeraanduiding', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_first_seen`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`nummeraanduiding` c WHERE c.`identificatie` = s.`identificatie` AND c.`valid_from` = s.`_valid_from`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

