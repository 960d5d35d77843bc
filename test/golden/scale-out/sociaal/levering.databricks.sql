-- ggm load: mapping istandaarden-levering → silver.levering (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Levering)

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
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'istandaarden-levering' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
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
  i.`_key_4`,
  i.`_key_5`,
  i.`_valid_from`,
  i.`_delete`,
  i.`datum_start`,
  CASE WHEN i.`_in_datum_start` IS NOT NULL AND i.`datum_start` IS NULL THEN i.`_in_datum_start` END AS `_in_datum_start`,
  i.`code`,
  CASE WHEN length(i.`_in_code`) > 20 THEN i.`_in_code` END AS `_in_code`,
  i.`datum_stop`,
  i.`stopreden`,
  i.`geleverde_zorg_toewijzing_id`,
  i.`leverde_prestatie_leverancier_sociaal_domein_generiek_id`,
  i.`prestatie_voor_client_id`,
  md5(COALESCE(CAST(`i`.`datum_start` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`code` AS STRING)) = 0 AND locate('|', CAST(`i`.`code` AS STRING)) = 0 THEN CAST(`i`.`code` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`code` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`datum_stop` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`stopreden` AS STRING)) = 0 AND locate('|', CAST(`i`.`stopreden` AS STRING)) = 0 THEN CAST(`i`.`stopreden` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`stopreden` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`geleverde_zorg_toewijzing_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`leverde_prestatie_leverancier_sociaal_domein_generiek_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`prestatie_voor_client_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `t`.`_row_number` AS `_row_number`,
    CASE WHEN `t`.`afzender` IS NULL OR `t`.`wet` IS NULL OR `t`.`bsn` IS NULL OR `t`.`toewijzing_nummer` IS NULL OR `t`.`begindatum` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`bsn`) = 0 AND locate('|', `t`.`bsn`) = 0 THEN `t`.`bsn` ELSE REPLACE(REPLACE(`t`.`bsn`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`toewijzing_nummer`) = 0 AND locate('|', `t`.`toewijzing_nummer`) = 0 THEN `t`.`toewijzing_nummer` ELSE REPLACE(REPLACE(`t`.`toewijzing_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`begindatum`) = 0 AND locate('|', `t`.`begindatum`) = 0 THEN `t`.`begindatum` ELSE REPLACE(REPLACE(`t`.`begindatum`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `t`.`afzender` AS `_key_1`,
    `t`.`wet` AS `_key_2`,
    `t`.`bsn` AS `_key_3`,
    `t`.`toewijzing_nummer` AS `_key_4`,
    `t`.`begindatum` AS `_key_5`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    COALESCE((`s`.`status_aanlevering` = '3'), FALSE) AS `_delete`,
    CAST(CASE WHEN (trim(`t`.`begindatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`begindatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_start`,
    `t`.`begindatum` AS `_in_datum_start`,
    substr(CAST(concat(`t`.`product_categorie`, `t`.`product_code`) AS STRING), 1, 20) AS `code`,
    CAST(concat(`t`.`product_categorie`, `t`.`product_code`) AS STRING) AS `_in_code`,
    CAST((cast((select b.einddatum from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc limit 1) as date)) AS DATE) AS `datum_stop`,
    CAST(((select b.reden_beeindiging from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc limit 1)) AS STRING) AS `stopreden`,
    CASE WHEN `t`.`ontvanger` IS NULL OR `t`.`wet` IS NULL OR `t`.`toewijzing_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`ontvanger`) = 0 AND locate('|', `t`.`ontvanger`) = 0 THEN `t`.`ontvanger` ELSE REPLACE(REPLACE(`t`.`ontvanger`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`toewijzing_nummer`) = 0 AND locate('|', `t`.`toewijzing_nummer`) = 0 THEN `t`.`toewijzing_nummer` ELSE REPLACE(REPLACE(`t`.`toewijzing_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `geleverde_zorg_toewijzing_id`,
    CASE WHEN `t`.`afzender` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `leverde_prestatie_leverancier_sociaal_domein_generiek_id`,
    CASE WHEN `t`.`bsn` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`bsn`) = 0 AND locate('|', `t`.`bsn`) = 0 THEN `t`.`bsn` ELSE REPLACE(REPLACE(`t`.`bsn`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `prestatie_voor_client_id`
  FROM `bronze`.`istandaarden` `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  LEFT JOIN (SELECT `s`.* FROM `bronze`.`istandaarden` `s` WHERE (`s`.`regel_soort` = 'start') QUALIFY ROW_NUMBER() OVER (PARTITION BY `s`.`afzender`, `s`.`wet`, `s`.`bsn`, `s`.`toewijzing_nummer`, `s`.`begindatum` ORDER BY `s`.`dagtekening` DESC NULLS LAST, `s`.`identificatie` DESC NULLS LAST, `s`.`_loaded_at` DESC, CAST(`s`.`_batch_id` AS STRING) DESC, `s`.`_row_number` DESC) = 1) `s` ON (((((`s`.`afzender` = `t`.`afzender`) AND (`s`.`wet` = `t`.`wet`)) AND (`s`.`bsn` = `t`.`bsn`)) AND (`s`.`toewijzing_nummer` = `t`.`toewijzing_nummer`)) AND (`s`.`begindatum` = `t`.`begindatum`))
  WHERE (((`t`.`regel_soort` = 'start') OR (`t`.`regel_soort` = 'stop')))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-levering', 'silver.levering', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_4` AS STRING)) = 0 AND locate('|', CAST(`_key_4` AS STRING)) = 0 THEN CAST(`_key_4` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_4` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_5` AS STRING)) = 0 AND locate('|', CAST(`_key_5` AS STRING)) = 0 THEN CAST(`_key_5` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_5` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'istandaarden-levering', 'silver.levering', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_4` AS STRING)) = 0 AND locate('|', CAST(`_key_4` AS STRING)) = 0 THEN CAST(`_key_4` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_4` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_5` AS STRING)) = 0 AND locate('|', CAST(`_key_5` AS STRING)) = 0 THEN CAST(`_key_5` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_5` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'istandaarden-levering', 'silver.levering', `_batch_text`, `_row_number`, 'unparsable', 'datum_start', CAST(`_in_datum_start` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_start` IS NOT NULL AND NOT `_delete`
UNION ALL
SELECT 'istandaarden-levering', 'silver.levering', `_batch_text`, `_row_number`, 'truncated', 'code', CAST(`_in_code` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_code` IS NOT NULL AND NOT `_delete`;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`levering` t WHERE t.`levering_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, CASE WHEN s.`_delete` THEN 'tombstone' ELSE s.`_row_hash` END AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(CASE WHEN s.`_delete` THEN 'tombstone' ELSE s.`_row_hash` END) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`levering`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`levering`.`levering_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`levering`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`levering` (`levering_id`, `datum_start`, `code`, `datum_stop`, `stopreden`, `geleverde_zorg_toewijzing_id`, `leverde_prestatie_leverancier_sociaal_domein_generiek_id`, `prestatie_voor_client_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`datum_start`, s.`code`, s.`datum_stop`, s.`stopreden`, s.`geleverde_zorg_toewijzing_id`, s.`leverde_prestatie_leverancier_sociaal_domein_generiek_id`, s.`prestatie_voor_client_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'istandaarden-levering', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change` AND NOT s.`_delete`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`levering` c WHERE c.`levering_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-levering', 'silver.levering', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

