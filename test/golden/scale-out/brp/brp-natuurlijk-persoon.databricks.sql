-- ggm load: mapping brp-natuurlijk-persoon → silver.natuurlijk_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/NatuurlijkPersoon)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at, b.row_count FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at, COUNT(*) AS row_count FROM `bronze`.`brp_personen` GROUP BY `_batch_id`) b
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'brp-natuurlijk-persoon' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_valid_from`,
  i.`burgerservicenummer`,
  CASE WHEN length(i.`_in_burgerservicenummer`) > 9 THEN i.`_in_burgerservicenummer` END AS `_in_burgerservicenummer`,
  i.`anummer`,
  CASE WHEN length(i.`_in_anummer`) > 20 THEN i.`_in_anummer` END AS `_in_anummer`,
  i.`voornamen`,
  CASE WHEN length(i.`_in_voornamen`) > 200 THEN i.`_in_voornamen` END AS `_in_voornamen`,
  i.`voorvoegsel_geslachtsnaam`,
  CASE WHEN length(i.`_in_voorvoegsel_geslachtsnaam`) > 80 THEN i.`_in_voorvoegsel_geslachtsnaam` END AS `_in_voorvoegsel_geslachtsnaam`,
  i.`geslachtsnaam`,
  CASE WHEN length(i.`_in_geslachtsnaam`) > 200 THEN i.`_in_geslachtsnaam` END AS `_in_geslachtsnaam`,
  i.`datum_geboorte`,
  CASE WHEN length(i.`_in_datum_geboorte`) > 22 THEN i.`_in_datum_geboorte` END AS `_in_datum_geboorte`,
  i.`geboorteplaats`,
  CASE WHEN length(i.`_in_geboorteplaats`) > 200 THEN i.`_in_geboorteplaats` END AS `_in_geboorteplaats`,
  i.`geslachtsaanduiding`,
  CASE WHEN length(i.`_in_geslachtsaanduiding`) > 1 THEN i.`_in_geslachtsaanduiding` END AS `_in_geslachtsaanduiding`,
  i.`datum_overlijden`,
  CASE WHEN length(i.`_in_datum_overlijden`) > 22 THEN i.`_in_datum_overlijden` END AS `_in_datum_overlijden`,
  i.`indicatie_overleden`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`burgerservicenummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`burgerservicenummer` AS STRING)) = 0 THEN CAST(`i`.`burgerservicenummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`burgerservicenummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`anummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`anummer` AS STRING)) = 0 THEN CAST(`i`.`anummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`anummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`voornamen` AS STRING)) = 0 AND locate('|', CAST(`i`.`voornamen` AS STRING)) = 0 THEN CAST(`i`.`voornamen` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`voornamen` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`voorvoegsel_geslachtsnaam` AS STRING)) = 0 AND locate('|', CAST(`i`.`voorvoegsel_geslachtsnaam` AS STRING)) = 0 THEN CAST(`i`.`voorvoegsel_geslachtsnaam` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`voorvoegsel_geslachtsnaam` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`geslachtsnaam` AS STRING)) = 0 AND locate('|', CAST(`i`.`geslachtsnaam` AS STRING)) = 0 THEN CAST(`i`.`geslachtsnaam` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`geslachtsnaam` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`datum_geboorte` AS STRING)) = 0 AND locate('|', CAST(`i`.`datum_geboorte` AS STRING)) = 0 THEN CAST(`i`.`datum_geboorte` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`datum_geboorte` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`geboorteplaats` AS STRING)) = 0 AND locate('|', CAST(`i`.`geboorteplaats` AS STRING)) = 0 THEN CAST(`i`.`geboorteplaats` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`geboorteplaats` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`geslachtsaanduiding` AS STRING)) = 0 AND locate('|', CAST(`i`.`geslachtsaanduiding` AS STRING)) = 0 THEN CAST(`i`.`geslachtsaanduiding` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`geslachtsaanduiding` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`datum_overlijden` AS STRING)) = 0 AND locate('|', CAST(`i`.`datum_overlijden` AS STRING)) = 0 THEN CAST(`i`.`datum_overlijden` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`datum_overlijden` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`indicatie_overleden` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `p`.`_row_number` AS `_row_number`,
    CASE WHEN `p`.`01.01.20` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `p`.`01.01.20`) = 0 AND locate('|', `p`.`01.01.20`) = 0 THEN `p`.`01.01.20` ELSE REPLACE(REPLACE(`p`.`01.01.20`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `p`.`01.01.20` AS `_key_1`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    substr(CAST(`p`.`01.01.20` AS STRING), 1, 9) AS `burgerservicenummer`,
    CAST(`p`.`01.01.20` AS STRING) AS `_in_burgerservicenummer`,
    substr(CAST(`p`.`01.01.10` AS STRING), 1, 20) AS `anummer`,
    CAST(`p`.`01.01.10` AS STRING) AS `_in_anummer`,
    substr(CAST(`p`.`01.02.10` AS STRING), 1, 200) AS `voornamen`,
    CAST(`p`.`01.02.10` AS STRING) AS `_in_voornamen`,
    substr(CAST(`p`.`01.02.30` AS STRING), 1, 80) AS `voorvoegsel_geslachtsnaam`,
    CAST(`p`.`01.02.30` AS STRING) AS `_in_voorvoegsel_geslachtsnaam`,
    substr(CAST(`p`.`01.02.40` AS STRING), 1, 200) AS `geslachtsnaam`,
    CAST(`p`.`01.02.40` AS STRING) AS `_in_geslachtsnaam`,
    substr(CAST(CASE WHEN (`p`.`01.03.10` IS NULL) THEN NULL ELSE concat(substr(`p`.`01.03.10`, 1, 4), '-', substr(`p`.`01.03.10`, 5, 2), '-', substr(`p`.`01.03.10`, 7, 2)) END AS STRING), 1, 22) AS `datum_geboorte`,
    CAST(CASE WHEN (`p`.`01.03.10` IS NULL) THEN NULL ELSE concat(substr(`p`.`01.03.10`, 1, 4), '-', substr(`p`.`01.03.10`, 5, 2), '-', substr(`p`.`01.03.10`, 7, 2)) END AS STRING) AS `_in_datum_geboorte`,
    substr(CAST(`p`.`01.03.20` AS STRING), 1, 200) AS `geboorteplaats`,
    CAST(`p`.`01.03.20` AS STRING) AS `_in_geboorteplaats`,
    substr(CAST(`p`.`01.04.10` AS STRING), 1, 1) AS `geslachtsaanduiding`,
    CAST(`p`.`01.04.10` AS STRING) AS `_in_geslachtsaanduiding`,
    substr(CAST(CASE WHEN (`p`.`06.08.10` IS NULL) THEN NULL ELSE concat(substr(`p`.`06.08.10`, 1, 4), '-', substr(`p`.`06.08.10`, 5, 2), '-', substr(`p`.`06.08.10`, 7, 2)) END AS STRING), 1, 22) AS `datum_overlijden`,
    CAST(CASE WHEN (`p`.`06.08.10` IS NULL) THEN NULL ELSE concat(substr(`p`.`06.08.10`, 1, 4), '-', substr(`p`.`06.08.10`, 5, 2), '-', substr(`p`.`06.08.10`, 7, 2)) END AS STRING) AS `_in_datum_overlijden`,
    CAST((`p`.`06.08.10` IS NOT NULL) AS BOOLEAN) AS `indicatie_overleden`
  FROM `bronze`.`brp_personen` `p`
  JOIN `ggm_batch` `_ggm_b` ON `p`.`_batch_id` = `_ggm_b`.batch_id
  WHERE ((`p`.`column_1` IS NOT NULL))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'burgerservicenummer', CAST(`_in_burgerservicenummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_burgerservicenummer` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'anummer', CAST(`_in_anummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_anummer` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'voornamen', CAST(`_in_voornamen` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_voornamen` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'voorvoegsel_geslachtsnaam', CAST(`_in_voorvoegsel_geslachtsnaam` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_voorvoegsel_geslachtsnaam` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'geslachtsnaam', CAST(`_in_geslachtsnaam` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geslachtsnaam` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'datum_geboorte', CAST(`_in_datum_geboorte` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_geboorte` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'geboorteplaats', CAST(`_in_geboorteplaats` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geboorteplaats` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'geslachtsaanduiding', CAST(`_in_geslachtsaanduiding` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_geslachtsaanduiding` IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', `_batch_text`, `_row_number`, 'truncated', 'datum_overlijden', CAST(`_in_datum_overlijden` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_overlijden` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`natuurlijk_persoon` t WHERE t.`rechtspersoon_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`natuurlijk_persoon`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`natuurlijk_persoon`.`rechtspersoon_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`natuurlijk_persoon`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`natuurlijk_persoon` (`rechtspersoon_id`, `burgerservicenummer`, `anummer`, `voornamen`, `voorvoegsel_geslachtsnaam`, `geslachtsnaam`, `datum_geboorte`, `geboorteplaats`, `geslachtsaanduiding`, `datum_overlijden`, `indicatie_overleden`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`burgerservicenummer`, s.`anummer`, s.`voornamen`, s.`voorvoegsel_geslachtsnaam`, s.`geslachtsnaam`, s.`datum_geboorte`, s.`geboorteplaats`, s.`geslachtsaanduiding`, s.`datum_overlijden`, s.`indicatie_overleden`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'brp-natuurlijk-persoon', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`natuurlijk_persoon` c WHERE c.`rechtspersoon_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

