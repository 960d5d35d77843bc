-- ggm load: mapping istandaarden-verzoek-om-toewijzing → silver.verzoek_om_toewijzing (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Verzoek om Toewijzing)

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
WHERE NOT EXISTS (SELECT 1 FROM `meta`.`applied_batches` a WHERE a.mapping = 'istandaarden-verzoek-om-toewijzing' AND a.batch_id = CAST(b.batch_id AS STRING))) p) q
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
  i.`referentie_aanbieder`,
  CASE WHEN length(i.`_in_referentie_aanbieder`) > 40 THEN i.`_in_referentie_aanbieder` END AS `_in_referentie_aanbieder`,
  i.`beschikkingsnummer`,
  CASE WHEN length(i.`_in_beschikkingsnummer`) > 40 THEN i.`_in_beschikkingsnummer` END AS `_in_beschikkingsnummer`,
  i.`datum_ingang_beschikking`,
  CASE WHEN i.`_in_datum_ingang_beschikking` IS NOT NULL AND i.`datum_ingang_beschikking` IS NULL THEN i.`_in_datum_ingang_beschikking` END AS `_in_datum_ingang_beschikking`,
  i.`datum_ingang_toewijzing`,
  CASE WHEN i.`_in_datum_ingang_toewijzing` IS NOT NULL AND i.`datum_ingang_toewijzing` IS NULL THEN i.`_in_datum_ingang_toewijzing` END AS `_in_datum_ingang_toewijzing`,
  i.`datum_einde_toewijzing`,
  CASE WHEN i.`_in_datum_einde_toewijzing` IS NOT NULL AND i.`datum_einde_toewijzing` IS NULL THEN i.`_in_datum_einde_toewijzing` END AS `_in_datum_einde_toewijzing`,
  i.`datum_ontvangst`,
  CASE WHEN i.`_in_datum_ontvangst` IS NOT NULL AND i.`datum_ontvangst` IS NULL THEN i.`_in_datum_ontvangst` END AS `_in_datum_ontvangst`,
  i.`volume`,
  CASE WHEN i.`_in_volume` IS NOT NULL AND i.`volume` IS NULL THEN i.`_in_volume` END AS `_in_volume`,
  i.`eenheid_enum_id`,
  CASE WHEN i.`_in_eenheid_enum_id` IS NOT NULL AND i.`eenheid_enum_id` IS NULL THEN i.`_in_eenheid_enum_id` END AS `_in_eenheid_enum_id`,
  i.`frequentie_enum_id`,
  CASE WHEN i.`_in_frequentie_enum_id` IS NOT NULL AND i.`frequentie_enum_id` IS NULL THEN i.`_in_frequentie_enum_id` END AS `_in_frequentie_enum_id`,
  i.`verwijzer`,
  CASE WHEN length(i.`_in_verwijzer`) > 200 THEN i.`_in_verwijzer` END AS `_in_verwijzer`,
  i.`soort_verwijzer_enum_id`,
  CASE WHEN i.`_in_soort_verwijzer_enum_id` IS NOT NULL AND i.`soort_verwijzer_enum_id` IS NULL THEN i.`_in_soort_verwijzer_enum_id` END AS `_in_soort_verwijzer_enum_id`,
  i.`raamcontract`,
  i.`leverancier_leverancier_sociaal_domein_generiek_id`,
  i.`betreft_client_id`,
  i.`leidt_tot_beschikking_id`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`referentie_aanbieder` AS STRING)) = 0 AND locate('|', CAST(`i`.`referentie_aanbieder` AS STRING)) = 0 THEN CAST(`i`.`referentie_aanbieder` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`referentie_aanbieder` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`beschikkingsnummer` AS STRING)) = 0 AND locate('|', CAST(`i`.`beschikkingsnummer` AS STRING)) = 0 THEN CAST(`i`.`beschikkingsnummer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`beschikkingsnummer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`datum_ingang_beschikking` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_ingang_toewijzing` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_einde_toewijzing` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_ontvangst` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`volume` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`eenheid_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`frequentie_enum_id` AS STRING), '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`verwijzer` AS STRING)) = 0 AND locate('|', CAST(`i`.`verwijzer` AS STRING)) = 0 THEN CAST(`i`.`verwijzer` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`verwijzer` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`soort_verwijzer_enum_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`raamcontract` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`leverancier_leverancier_sociaal_domein_generiek_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`betreft_client_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`leidt_tot_beschikking_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `t`.`_row_number` AS `_row_number`,
    CASE WHEN `t`.`afzender` IS NULL OR `t`.`wet` IS NULL OR `t`.`referentie_aanbieder` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`referentie_aanbieder`) = 0 AND locate('|', `t`.`referentie_aanbieder`) = 0 THEN `t`.`referentie_aanbieder` ELSE REPLACE(REPLACE(`t`.`referentie_aanbieder`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `t`.`afzender` AS `_key_1`,
    `t`.`wet` AS `_key_2`,
    `t`.`referentie_aanbieder` AS `_key_3`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    substr(CAST(`t`.`referentie_aanbieder` AS STRING), 1, 40) AS `referentie_aanbieder`,
    CAST(`t`.`referentie_aanbieder` AS STRING) AS `_in_referentie_aanbieder`,
    substr(CAST(`t`.`beschikking_nummer` AS STRING), 1, 40) AS `beschikkingsnummer`,
    CAST(`t`.`beschikking_nummer` AS STRING) AS `_in_beschikkingsnummer`,
    CAST(CASE WHEN (trim(`t`.`ingangsdatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`ingangsdatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_ingang_beschikking`,
    `t`.`ingangsdatum` AS `_in_datum_ingang_beschikking`,
    CAST(CASE WHEN (trim(`t`.`toewijzing_ingangsdatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`toewijzing_ingangsdatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_ingang_toewijzing`,
    `t`.`toewijzing_ingangsdatum` AS `_in_datum_ingang_toewijzing`,
    CAST(CASE WHEN (trim(`t`.`einddatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`einddatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_einde_toewijzing`,
    `t`.`einddatum` AS `_in_datum_einde_toewijzing`,
    CAST(CASE WHEN (trim(`t`.`dagtekening`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`dagtekening`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_ontvangst`,
    `t`.`dagtekening` AS `_in_datum_ontvangst`,
    CAST(CASE WHEN (trim(`t`.`omvang_volume`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`t`.`omvang_volume`) AS BIGINT) END AS INT) AS `volume`,
    `t`.`omvang_volume` AS `_in_volume`,
    CAST(CASE `t`.`omvang_eenheid` WHEN '01' THEN 1 WHEN '04' THEN 2 WHEN '14' THEN 3 WHEN '16' THEN 4 WHEN '82' THEN 5 WHEN '83' THEN 6 WHEN '84' THEN 5 END AS INT) AS `eenheid_enum_id`,
    `t`.`omvang_eenheid` AS `_in_eenheid_enum_id`,
    CAST(CASE `t`.`omvang_frequentie` WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '4' THEN 4 WHEN '6' THEN 6 END AS INT) AS `frequentie_enum_id`,
    `t`.`omvang_frequentie` AS `_in_frequentie_enum_id`,
    substr(CAST(coalesce(`t`.`verwijzer_naam`, `t`.`verwijzer_zorgverlenercode`) AS STRING), 1, 200) AS `verwijzer`,
    CAST(coalesce(`t`.`verwijzer_naam`, `t`.`verwijzer_zorgverlenercode`) AS STRING) AS `_in_verwijzer`,
    CAST(CASE `t`.`verwijzer_type` WHEN '01' THEN 1 WHEN '02' THEN 2 WHEN '03' THEN 3 WHEN '04' THEN 4 WHEN '05' THEN 5 WHEN '06' THEN 6 WHEN '08' THEN 7 END AS INT) AS `soort_verwijzer_enum_id`,
    `t`.`verwijzer_type` AS `_in_soort_verwijzer_enum_id`,
    CAST(CASE WHEN (`t`.`raamcontract` = '1') THEN TRUE WHEN (`t`.`raamcontract` = '2') THEN FALSE END AS BOOLEAN) AS `raamcontract`,
    CASE WHEN `t`.`afzender` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `leverancier_leverancier_sociaal_domein_generiek_id`,
    CASE WHEN `t`.`bsn` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`bsn`) = 0 AND locate('|', `t`.`bsn`) = 0 THEN `t`.`bsn` ELSE REPLACE(REPLACE(`t`.`bsn`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `betreft_client_id`,
    CASE WHEN `t`.`ontvanger` IS NULL OR `t`.`wet` IS NULL OR `t`.`beschikking_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`ontvanger`) = 0 AND locate('|', `t`.`ontvanger`) = 0 THEN `t`.`ontvanger` ELSE REPLACE(REPLACE(`t`.`ontvanger`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`beschikking_nummer`) = 0 AND locate('|', `t`.`beschikking_nummer`) = 0 THEN `t`.`beschikking_nummer` ELSE REPLACE(REPLACE(`t`.`beschikking_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `leidt_tot_beschikking_id`
  FROM `bronze`.`istandaarden` `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  WHERE ((`t`.`regel_soort` = 'aanvraag'))
) i;

INSERT INTO `meta`.`load_findings` (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'missing-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'duplicate-key', NULL, COALESCE(CASE WHEN locate('\\', CAST(`_key_1` AS STRING)) = 0 AND locate('|', CAST(`_key_1` AS STRING)) = 0 THEN CAST(`_key_1` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_1` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_2` AS STRING)) = 0 AND locate('|', CAST(`_key_2` AS STRING)) = 0 THEN CAST(`_key_2` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_2` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`_key_3` AS STRING)) = 0 AND locate('|', CAST(`_key_3` AS STRING)) = 0 THEN CAST(`_key_3` AS STRING) ELSE REPLACE(REPLACE(CAST(`_key_3` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_key` IS NOT NULL AND `_duplicate`
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'truncated', 'referentie_aanbieder', CAST(`_in_referentie_aanbieder` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_referentie_aanbieder` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'truncated', 'beschikkingsnummer', CAST(`_in_beschikkingsnummer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_beschikkingsnummer` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unparsable', 'datum_ingang_beschikking', CAST(`_in_datum_ingang_beschikking` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_ingang_beschikking` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unparsable', 'datum_ingang_toewijzing', CAST(`_in_datum_ingang_toewijzing` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_ingang_toewijzing` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unparsable', 'datum_einde_toewijzing', CAST(`_in_datum_einde_toewijzing` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_einde_toewijzing` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unparsable', 'datum_ontvangst', CAST(`_in_datum_ontvangst` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_datum_ontvangst` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unparsable', 'volume', CAST(`_in_volume` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_volume` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unmapped-code', 'eenheid_enum_id', CAST(`_in_eenheid_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_eenheid_enum_id` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unmapped-code', 'frequentie_enum_id', CAST(`_in_frequentie_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_frequentie_enum_id` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'truncated', 'verwijzer', CAST(`_in_verwijzer` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_verwijzer` IS NOT NULL
UNION ALL
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', `_batch_text`, `_row_number`, 'unmapped-code', 'soort_verwijzer_enum_id', CAST(`_in_soort_verwijzer_enum_id` AS STRING), CAST(current_timestamp() AS TIMESTAMP) FROM `ggm_stage` WHERE `_in_soort_verwijzer_enum_id` IS NOT NULL;

CREATE TEMPORARY TABLE `ggm_chain` AS SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT EXISTS (SELECT 1 FROM `silver`.`verzoek_om_toewijzing` t WHERE t.`verzoek_om_toewijzing_id` = p.`_key` AND t.`row_hash` = p.`_chain_hash`)) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c;

DELETE FROM `silver`.`verzoek_om_toewijzing`
WHERE EXISTS (SELECT 1 FROM `ggm_chain` s WHERE `silver`.`verzoek_om_toewijzing`.`verzoek_om_toewijzing_id` = s.`_key` AND ((s.`_first_row` AND s.`_chain_hash` <> `silver`.`verzoek_om_toewijzing`.`row_hash`) OR (s.`_changes` AND NOT s.`_first_row`)));

INSERT INTO `silver`.`verzoek_om_toewijzing` (`verzoek_om_toewijzing_id`, `referentie_aanbieder`, `beschikkingsnummer`, `datum_ingang_beschikking`, `datum_ingang_toewijzing`, `datum_einde_toewijzing`, `datum_ontvangst`, `volume`, `eenheid_enum_id`, `frequentie_enum_id`, `verwijzer`, `soort_verwijzer_enum_id`, `raamcontract`, `leverancier_leverancier_sociaal_domein_generiek_id`, `betreft_client_id`, `leidt_tot_beschikking_id`, `valid_from`, `valid_to`, `registered_at`, `load_batch_id`, `load_source`, `loaded_at`, `row_hash`)
SELECT s.`_key`, s.`referentie_aanbieder`, s.`beschikkingsnummer`, s.`datum_ingang_beschikking`, s.`datum_ingang_toewijzing`, s.`datum_einde_toewijzing`, s.`datum_ontvangst`, s.`volume`, s.`eenheid_enum_id`, s.`frequentie_enum_id`, s.`verwijzer`, s.`soort_verwijzer_enum_id`, s.`raamcontract`, s.`leverancier_leverancier_sociaal_domein_generiek_id`, s.`betreft_client_id`, s.`leidt_tot_beschikking_id`, s.`_valid_from`, NULL, s.`_batch_loaded_at`, s.`_batch_text`, 'istandaarden-verzoek-om-toewijzing', CAST(current_timestamp() AS TIMESTAMP), s.`_row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
  AND NOT EXISTS (SELECT 1 FROM `silver`.`verzoek_om_toewijzing` c WHERE c.`verzoek_om_toewijzing_id` = s.`_key`);

INSERT INTO `meta`.`applied_batches` (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-verzoek-om-toewijzing', 'silver.verzoek_om_toewijzing', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(current_timestamp() AS TIMESTAMP)
FROM `ggm_batch` b LEFT JOIN (SELECT `_batch_seq` AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT `_accepted` THEN 1 END) AS rows_rejected FROM `ggm_stage` GROUP BY `_batch_seq`) n ON n.seq = b.seq;

DROP TABLE `ggm_chain`;

DROP TABLE `ggm_stage`;

DROP TABLE `ggm_batch`;

COMMIT;

