-- ggm load: mapping brp-ingeschreven-persoon → silver.ingeschreven_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/IngeschrevenPersoon)

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
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'brp-ingeschreven-persoon' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE `ggm_stage` AS SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_valid_from`,
  i.`anummer`,
  CASE WHEN length(i.`_in_anummer`) > 20 THEN i.`_in_anummer` END AS `_in_anummer`,
  i.`gemeente_van_inschrijving`,
  CASE WHEN length(i.`_in_gemeente_van_inschrijving`) > 80 THEN i.`_in_gemeente_van_inschrijving` END AS `_in_gemeente_van_inschrijving`,
  i.`datum_inschrijving_gemeente`,
  CASE WHEN i.`_in_datum_inschrijving_gemeente` IS NOT NULL AND i.`datum_inschrijving_gemeente` IS NULL THEN i.`_in_datum_inschrijving_gemeente` END AS `_in_datum_inschrijving_gemeente`,
  i.`datum_begin_geldigheid_verblijfplaats`,
  CASE WHEN i.`_in_datum_begin_geldigheid_verblijfplaats` IS NOT NULL AND i.`datum_begin_geldigheid_verblijfplaats` IS NULL THEN i.`_in_datum_begin_geldigheid_verblijfplaats` END AS `_in_datum_begin_geldigheid_verblijfplaats`,
  i.`ingezetene_enum_id`,
  CASE WHEN i.`_in_ingezetene_enum_id` IS NOT NULL AND i.`ingezetene_enum_id` IS NULL THEN i.`_in_ingezetene_enum_id` END AS `_in_ingezetene_enum_id`,
  i.`datum_opschorting_bijhouding`,
  CASE WHEN i.`_in_datum_opschorting_bijhouding` IS NOT NULL AND i.`datum_opschorting_bijhouding` IS NULL THEN i.`_in_datum_opschorting_bijhouding` END AS `_in_datum_opschorting_bijhouding`,
  i.`reden_opschorting_bijhouding`,
  CASE WHEN length(i.`_in_reden_opschorting_bijhouding`) > 200 THEN i.`_in_reden_opschorting_bijhouding` END AS `_in_reden_opschorting_bijhouding`,
  i.`ouder1`,
  CASE WHEN length(i.`_in_ouder1`) > 40 THEN i.`_in_ouder1` END AS `_in_ouder1`,
  i.`ouder2`,
  CASE WHEN length(i.`_in_ouder2`) > 40 THEN i.`_in_ouder2` END AS `_in_ouder2`,
  i.`partner_id`,
  CASE WHEN length(i.`_in_partner_id`) > 40 THEN i.`_in_partner_id` END AS `_in_partner_id`,
  i.`heeft_als_adres_nummeraanduiding_id`,
  CASE WHEN i.`_in_heeft_als_adres_nummeraanduiding_id` IS NOT NULL AND i.`heeft_als_adres_nummeraanduiding_id` IS NULL THEN i.`_in_heeft_als_adres_nummeraanduiding_id` END AS `_in_heeft_als_adres_nummeraanduiding_id`,
  i.`heeft_huishouden_id`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`anummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`anummer` AS STRING)) = 0 THEN CAST(`i`.`anummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`anummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`gemeente_van_inschrijving` AS STRING)) = 0 AND locate('|', CAST(`i`.`gemeente_van_inschrijving` AS STRING)) = 0 THEN CAST(`i`.`gemeente_van_inschrijving` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`gemeente_van_inschrijving` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`datum_inschrijving_gemeente` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_begin_geldigheid_verblijfplaats` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`ingezetene_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_opschorting_bijhouding` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`reden_opschorting_bijhouding` AS STRING)) = 0 AND locate('|', CAST(`i`.`reden_opschorting_bijhouding` AS STRING)) = 0 THEN CAST(`i`.`reden_opschorting_bijhouding` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`reden_opschorting_bijhouding` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`ouder1` AS STRING)) = 0 AND locate('|', CAST(`i`.`ouder1` AS STRING)) = 0 THEN CAST(`i`.`ouder1` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`ouder1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`ouder2` AS STRING)) = 0 AND locate('|', CAST(`i`.`ouder2` AS STRING)) = 0 THEN CAST(`i`.`ouder2` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`ouder2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`partner_id` AS STRING)) = 0 AND locate('|', CAST(`i`.`partner_id` AS STRING)) = 0 THEN CAST(`i`.`partner_id` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`partner_id` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`heeft_als_adres_nummeraanduiding_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`heeft_huishouden_id` AS STRING), '\\N')) AS `_row_hash`,
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
    substr(CAST(`p`.`01.01.10` AS STRING), 1, 20) AS `anummer`,
    CAST(`p`.`01.01.10` AS STRING) AS `_in_anummer`,
    substr(CAST(`p`.`08.09.10` AS STRING), 1, 80) AS `gemeente_van_inschrijving`,
    CAST(`p`.`08.09.10` AS STRING) AS `_in_gemeente_van_inschrijving`,
    CAST(CASE WHEN (trim(`p`.`08.09.20`) RLIKE '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`p`.`08.09.20`), 'yyyyMMdd') AS DATE) END AS DATE) AS `datum_inschrijving_gemeente`,
    `p`.`08.09.20` AS `_in_datum_inschrijving_gemeente`,
    CAST(CASE WHEN (trim(`p`.`08.10.30`) RLIKE '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`p`.`08.10.30`), 'yyyyMMdd') AS DATE) END AS DATE) AS `datum_begin_geldigheid_verblijfplaats`,
    `p`.`08.10.30` AS `_in_datum_begin_geldigheid_verblijfplaats`,
    CAST(CASE CASE WHEN ((`p`.`08.11.10` IS NOT NULL) OR (`p`.`08.11.60` IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END WHEN 'Ja' THEN 1 WHEN '1' THEN 1 WHEN 'Nee' THEN 2 WHEN '0' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INT) AS `ingezetene_enum_id`,
    CASE WHEN ((`p`.`08.11.10` IS NOT NULL) OR (`p`.`08.11.60` IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END AS `_in_ingezetene_enum_id`,
    CAST(CASE WHEN (trim(`p`.`07.67.10`) RLIKE '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`p`.`07.67.10`), 'yyyyMMdd') AS DATE) END AS DATE) AS `datum_opschorting_bijhouding`,
    `p`.`07.67.10` AS `_in_datum_opschorting_bijhouding`,
    substr(CAST(`p`.`07.67.20` AS STRING), 1, 200) AS `reden_opschorting_bijhouding`,
    CAST(`p`.`07.67.20` AS STRING) AS `_in_reden_opschorting_bijhouding`,
    substr(CAST(`p`.`02.01.20` AS STRING), 1, 40) AS `ouder1`,
    CAST(`p`.`02.01.20` AS STRING) AS `_in_ouder1`,
    substr(CAST(`p`.`03.01.20` AS STRING), 1, 40) AS `ouder2`,
    CAST(`p`.`03.01.20` AS STRING) AS `_in_ouder2`,
    substr(CAST(CASE WHEN (`p`.`05.07.10` IS NULL) THEN `p`.`05.01.20` END AS STRING), 1, 40) AS `partner_id`,
    CAST(CASE WHEN (`p`.`05.07.10` IS NULL) THEN `p`.`05.01.20` END AS STRING) AS `_in_partner_id`,
    (SELECT MIN(o.`nummeraanduiding_id`) FROM `silver`.`nummeraanduiding` o WHERE o.`identificatie` = `p`.`08.11.90` AND o.`valid_to` IS NULL) AS `heeft_als_adres_nummeraanduiding_id`,
    `p`.`08.11.90` AS `_in_heeft_als_adres_nummeraanduiding_id`,
    CASE WHEN CASE WHEN (`p`.`06.08.10` IS NULL) THEN `p`.`08.11.90` END IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', CASE WHEN (`p`.`06.08.10` IS NULL) THEN `p`.`08.11.90` END) = 0 AND locate('|', CASE WHEN (`p`.`06.08.10` IS NULL) THEN `p`.`08.11.90` END) = 0 THEN CASE WHEN (`p`.`06.08.10` IS NULL) THEN `p`.`08.11.90` END ELSE REPLACE(REPLACE(CASE WHEN (`p`.`06.08.10` IS NULL) THEN `p`.`08.11.90` END, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `heeft_huishouden_id`
  FROM `bronze`.`brp_personen` `p`
  JOIN `ggm_batch` `_ggm_b` ON `p`.`_batch_id` = `_ggm_b`.batch_id
  WHERE ((`p`.`column_1` IS NOT NULL))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'anummer', CAST(`_in_anummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_anummer` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'gemeente_van_inschrijving', CAST(`_in_gemeente_van_inschrijving` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_gemeente_van_inschrijving` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'unparsable', 'datum_inschrijving_gemeente', CAST(`_in_datum_inschrijving_gemeente` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_inschrijving_gemeente` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'unparsable', 'datum_begin_geldigheid_verblijfplaats', CAST(`_in_datum_begin_geldigheid_verblijfplaats` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_begin_geldigheid_verblijfplaats` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'unmapped-code', 'ingezetene_enum_id', CAST(`_in_ingezetene_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ingezetene_enum_id` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'unparsable', 'datum_opschorting_bijhouding', CAST(`_in_datum_opschorting_bijhouding` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_opschorting_bijhouding` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'reden_opschorting_bijhouding', CAST(`_in_reden_opschorting_bijhouding` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_reden_opschorting_bijhouding` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'ouder1', CAST(`_in_ouder1` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ouder1` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'ouder2', CAST(`_in_ouder2` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_ouder2` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'partner_id', CAST(`_in_partner_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_partner_id` IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'unresolved-reference', 'heeft_als_adres_nummeraanduiding_id', CAST(`_in_heeft_als_adres_nummeraanduiding_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_heeft_als_adres_nummeraanduiding_id` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`ingeschreven_persoon` t WHERE t.`rechtspersoon_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`ingeschreven_persoon`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`ingeschreven_persoon`.`rechtspersoon_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`ingeschreven_persoon`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`ingeschreven_persoon` (`rechtspersoon_id`, `anummer`, `gemeente_van_inschrijving`, `datum_inschrijving_gemeente`, `datum_begin_geldigheid_verblijfplaats`, `ingezetene_enum_id`, `datum_opschorting_bijhouding`, `reden_opschorting_bijhouding`, `ouder1`, `ouder2`, `partner_id`, `heeft_als_adres_nummeraanduiding_id`, `heeft_huishouden_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`anummer`, s.`gemeente_van_inschrijving`, s.`datum_inschrijving_gemeente`, s.`datum_begin_geldigheid_verblijfplaats`, s.`ingezetene_enum_id`, s.`datum_opschorting_bijhouding`, s.`reden_opschorting_bijhouding`, s.`ouder1`, s.`ouder2`, s.`partner_id`, s.`heeft_als_adres_nummeraanduiding_id`, s.`heeft_huishouden_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'brp-ingeschreven-persoon', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`ingeschreven_persoon` c WHERE c.`rechtspersoon_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

