-- ggm load: mapping ssd-inkomensvoorziening → silver.inkomensvoorziening (6 Sociaal Domein/Inkomen/Model Inkomen/Inkomensvoorziening)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`szdos` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'ssd-inkomensvoorziening' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_valid_from`,
  i.`toekenningsdatum`,
  CASE WHEN i.`_in_toekenningsdatum` IS NOT NULL AND i.`toekenningsdatum` IS NULL THEN i.`_in_toekenningsdatum` END AS `_in_toekenningsdatum`,
  i.`datum_toekenning`,
  CASE WHEN i.`_in_datum_toekenning` IS NOT NULL AND i.`datum_toekenning` IS NULL THEN i.`_in_datum_toekenning` END AS `_in_datum_toekenning`,
  i.`ingangsdatum`,
  CASE WHEN i.`_in_ingangsdatum` IS NOT NULL AND i.`ingangsdatum` IS NULL THEN i.`_in_ingangsdatum` END AS `_in_ingangsdatum`,
  i.`einddatum`,
  CASE WHEN i.`_in_einddatum` IS NOT NULL AND i.`einddatum` IS NULL THEN i.`_in_einddatum` END AS `_in_einddatum`,
  i.`groep`,
  CASE WHEN length(i.`_in_groep`) > 100 THEN i.`_in_groep` END AS `_in_groep`,
  i.`code`,
  CASE WHEN length(i.`_in_code`) > 4 THEN i.`_in_code` END AS `_in_code`,
  i.`is_soort_voorziening_inkomensvoorzieningsoort_id`,
  i.`heeft_uitkering_ingeschreven_persoon_id`,
  md5(COALESCE(CAST(`i`.`toekenningsdatum` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_toekenning` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`ingangsdatum` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`einddatum` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`groep` AS STRING)) = 0 AND locate('|', CAST(`i`.`groep` AS STRING)) = 0 THEN CAST(`i`.`groep` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`groep` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`code` AS STRING)) = 0 AND locate('|', CAST(`i`.`code` AS STRING)) = 0 THEN CAST(`i`.`code` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`code` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`is_soort_voorziening_inkomensvoorzieningsoort_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`heeft_uitkering_ingeschreven_persoon_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `d`.`_row_number` AS `_row_number`,
    CASE WHEN `d`.`dossiernr` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `d`.`dossiernr`) = 0 AND locate('|', `d`.`dossiernr`) = 0 THEN `d`.`dossiernr` ELSE REPLACE(REPLACE(`d`.`dossiernr`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `d`.`dossiernr` AS `_key_1`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    CAST(CASE WHEN (trim(`d`.`dd_beschik`) RLIKE '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_to_timestamp(trim(`d`.`dd_beschik`), 'dd-MM-yyyy') AS DATE) END AS DATE) AS `toekenningsdatum`,
    `d`.`dd_beschik` AS `_in_toekenningsdatum`,
    CAST(CASE WHEN (trim(`d`.`dd_beschik`) RLIKE '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_to_timestamp(trim(`d`.`dd_beschik`), 'dd-MM-yyyy') AS DATE) END AS DATE) AS `datum_toekenning`,
    `d`.`dd_beschik` AS `_in_datum_toekenning`,
    CAST(CASE WHEN (trim(`d`.`dd_st_per_alg`) RLIKE '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_to_timestamp(trim(`d`.`dd_st_per_alg`), 'dd-MM-yyyy') AS DATE) END AS DATE) AS `ingangsdatum`,
    `d`.`dd_st_per_alg` AS `_in_ingangsdatum`,
    CAST(CASE WHEN (trim(`d`.`dd_end_per_alg`) RLIKE '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_to_timestamp(trim(`d`.`dd_end_per_alg`), 'dd-MM-yyyy') AS DATE) END AS DATE) AS `einddatum`,
    `d`.`dd_end_per_alg` AS `_in_einddatum`,
    substr(CAST(concat(`d`.`kode_groep`, '-', `g`.`omschryving`) AS STRING), 1, 100) AS `groep`,
    CAST(concat(`d`.`kode_groep`, '-', `g`.`omschryving`) AS STRING) AS `_in_groep`,
    substr(CAST(`d`.`kode_regeling` AS STRING), 1, 4) AS `code`,
    CAST(`d`.`kode_regeling` AS STRING) AS `_in_code`,
    CASE WHEN `d`.`kode_regeling` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `d`.`kode_regeling`) = 0 AND locate('|', `d`.`kode_regeling`) = 0 THEN `d`.`kode_regeling` ELSE REPLACE(REPLACE(`d`.`kode_regeling`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `is_soort_voorziening_inkomensvoorzieningsoort_id`,
    CASE WHEN `c`.`sofi_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `c`.`sofi_nummer`) = 0 AND locate('|', `c`.`sofi_nummer`) = 0 THEN `c`.`sofi_nummer` ELSE REPLACE(REPLACE(`c`.`sofi_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `heeft_uitkering_ingeschreven_persoon_id`
  FROM `bronze`.`szdos` `d`
  JOIN `ggm_batch` `_ggm_b` ON `d`.`_batch_id` = `_ggm_b`.batch_id
  JOIN (SELECT x.seq, (SELECT l.`_batch_id` FROM `bronze`.`szclient` l WHERE CAST(l.`_loaded_at` AS TIMESTAMP) <= x.loaded_at ORDER BY l.`_loaded_at` DESC, CAST(l.`_batch_id` AS STRING) DESC LIMIT 1) AS batch_id FROM `ggm_batch` x) `_ggm_latest_c` ON `_ggm_latest_c`.seq = `_ggm_b`.seq
  JOIN (SELECT x.seq, (SELECT l.`_batch_id` FROM `bronze`.`szgroep` l WHERE CAST(l.`_loaded_at` AS TIMESTAMP) <= x.loaded_at ORDER BY l.`_loaded_at` DESC, CAST(l.`_batch_id` AS STRING) DESC LIMIT 1) AS batch_id FROM `ggm_batch` x) `_ggm_latest_g` ON `_ggm_latest_g`.seq = `_ggm_b`.seq
  LEFT JOIN `bronze`.`szclient` `c` ON (`c`.`clientnr` = `d`.`clientnr`) AND `c`.`_batch_id` = `_ggm_latest_c`.batch_id
  LEFT JOIN `bronze`.`szgroep` `g` ON (`g`.`kode_groep` = `d`.`kode_groep`) AND `g`.`_batch_id` = `_ggm_latest_g`.batch_id
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'unparsable', 'toekenningsdatum', CAST(`_in_toekenningsdatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_toekenningsdatum` IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'unparsable', 'datum_toekenning', CAST(`_in_datum_toekenning` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_toekenning` IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'unparsable', 'ingangsdatum', CAST(`_in_ingangsdatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ingangsdatum` IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'unparsable', 'einddatum', CAST(`_in_einddatum` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_einddatum` IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'truncated', 'groep', CAST(`_in_groep` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_groep` IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', `_batch_text`, `_row_number`, 'truncated', 'code', CAST(`_in_code` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_code` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`inkomensvoorziening` t WHERE t.`inkomensvoorziening_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`inkomensvoorziening`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`inkomensvoorziening`.`inkomensvoorziening_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`inkomensvoorziening`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`inkomensvoorziening` (`inkomensvoorziening_id`, `toekenningsdatum`, `datum_toekenning`, `ingangsdatum`, `einddatum`, `groep`, `code`, `is_soort_voorziening_inkomensvoorzieningsoort_id`, `heeft_uitkering_ingeschreven_persoon_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`toekenningsdatum`, s.`datum_toekenning`, s.`ingangsdatum`, s.`einddatum`, s.`groep`, s.`code`, s.`is_soort_voorziening_inkomensvoorzieningsoort_id`, s.`heeft_uitkering_ingeschreven_persoon_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'ssd-inkomensvoorziening', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`inkomensvoorziening` c WHERE c.`inkomensvoorziening_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

