-- ggm load: mapping istandaarden-ingeschreven-persoon → silver.ingeschreven_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/IngeschrevenPersoon)

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
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'istandaarden-ingeschreven-persoon' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
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
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`anummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`anummer` AS STRING)) = 0 THEN CAST(`i`.`anummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`anummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `t`.`_row_number` AS `_row_number`,
    CASE WHEN `t`.`bsn` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`bsn`) = 0 AND locate('|', `t`.`bsn`) = 0 THEN `t`.`bsn` ELSE REPLACE(REPLACE(`t`.`bsn`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `t`.`bsn` AS `_key_1`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    substr(CAST(NULL AS STRING), 1, 20) AS `anummer`,
    CAST(NULL AS STRING) AS `_in_anummer`
  FROM `bronze`.`istandaarden` `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  WHERE ((((`t`.`regel_soort` = 'toewijzing') OR (`t`.`regel_soort` = 'aanvraag')) AND (`t`.`regel_index` = '1')))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'istandaarden-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'istandaarden-ingeschreven-persoon', 'silver.ingeschreven_persoon', `_batch_text`, `_row_number`, 'truncated', 'anummer', CAST(`_in_anummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_anummer` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`ingeschreven_persoon` t WHERE t.`rechtspersoon_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`ingeschreven_persoon`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`ingeschreven_persoon`.`rechtspersoon_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`ingeschreven_persoon`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`ingeschreven_persoon` (`rechtspersoon_id`, `anummer`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`anummer`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'istandaarden-ingeschreven-persoon', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`ingeschreven_persoon` c WHERE c.`rechtspersoon_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-ingeschreven-persoon', 'silver.ingeschreven_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

