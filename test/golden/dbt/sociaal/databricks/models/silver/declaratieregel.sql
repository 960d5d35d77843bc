{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-declaratieregel → silver.declaratieregel (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratieregel)
-- history: none; generated from the load plan for databricks (ggm compile --engine databricks); do not edit
WITH `ggm_batch` AS (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq
FROM (SELECT b.batch_id, CAST(b.batch_id AS STRING) AS batch_text, b.loaded_at FROM (SELECT `_batch_id` AS batch_id, MIN(CAST(`_loaded_at` AS TIMESTAMP)) AS loaded_at FROM {{ source('bronze', 'istandaarden') }} GROUP BY `_batch_id`) b) p
),
`ggm_stage` AS (
SELECT
  i.`_batch_seq`,
  i.`_batch_text`,
  i.`_batch_loaded_at`,
  i.`_row_number`,
  i.`_key`,
  i.`_key_1`,
  i.`_key_2`,
  i.`_key_3`,
  i.`_valid_from`,
  i.`code`,
  CASE WHEN length(i.`_in_code`) > 20 THEN i.`_in_code` END AS `_in_code`,
  i.`bedrag`,
  i.`datum_start`,
  CASE WHEN i.`_in_datum_start` IS NOT NULL AND i.`datum_start` IS NULL THEN i.`_in_datum_start` END AS `_in_datum_start`,
  i.`datum_einde`,
  CASE WHEN i.`_in_datum_einde` IS NOT NULL AND i.`datum_einde` IS NULL THEN i.`_in_datum_einde` END AS `_in_datum_einde`,
  i.`valt_binnen_declaratie_generiek_jeugd_en_wmo_id`,
  i.`betreft_client_id`,
  i.`is_op_basis_van_toewijzing_id`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`code` AS STRING)) = 0 AND locate('|', CAST(`i`.`code` AS STRING)) = 0 THEN CAST(`i`.`code` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`code` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(`i`.`bedrag` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_start` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`datum_einde` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`valt_binnen_declaratie_generiek_jeugd_en_wmo_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`betreft_client_id` AS STRING), '\\N') || '|' || COALESCE(CAST(`i`.`is_op_basis_van_toewijzing_id` AS STRING), '\\N')) AS `_row_hash`,
  (i.`_key` IS NOT NULL) AS `_accepted`,
  ROW_NUMBER() OVER (PARTITION BY i.`_batch_seq`, i.`_key` ORDER BY i.`_row_number` DESC) > 1 AS `_duplicate`
FROM (
  SELECT
    `_ggm_b`.`seq` AS `_batch_seq`,
    `_ggm_b`.`batch_text` AS `_batch_text`,
    `_ggm_b`.`loaded_at` AS `_batch_loaded_at`,
    `t`.`_row_number` AS `_row_number`,
    CASE WHEN `t`.`afzender` IS NULL OR `t`.`wet` IS NULL OR `t`.`referentie_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`referentie_nummer`) = 0 AND locate('|', `t`.`referentie_nummer`) = 0 THEN `t`.`referentie_nummer` ELSE REPLACE(REPLACE(`t`.`referentie_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `_key`,
    `t`.`afzender` AS `_key_1`,
    `t`.`wet` AS `_key_2`,
    `t`.`referentie_nummer` AS `_key_3`,
    CAST(`_ggm_b`.`loaded_at` AS TIMESTAMP) AS `_valid_from`,
    substr(CAST(concat(`t`.`product_categorie`, `t`.`product_code`) AS STRING), 1, 20) AS `code`,
    CAST(concat(`t`.`product_categorie`, `t`.`product_code`) AS STRING) AS `_in_code`,
    CAST((CAST(CASE WHEN (`t`.`debet_credit` = 'C') THEN (0 - CASE WHEN (trim(`t`.`ingediend_bedrag_cent`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`t`.`ingediend_bedrag_cent`) AS BIGINT) END) ELSE CASE WHEN (trim(`t`.`ingediend_bedrag_cent`) RLIKE '^[+-]?[0-9]{1,18}$') THEN CAST(trim(`t`.`ingediend_bedrag_cent`) AS BIGINT) END END AS DECIMAL(38, 10)) / 100) AS DECIMAL(12,2)) AS `bedrag`,
    CAST(CASE WHEN (trim(`t`.`begindatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`begindatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_start`,
    `t`.`begindatum` AS `_in_datum_start`,
    CAST(CASE WHEN (trim(`t`.`einddatum`) RLIKE '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_to_timestamp(trim(`t`.`einddatum`), 'yyyy-MM-dd') AS DATE) END AS DATE) AS `datum_einde`,
    `t`.`einddatum` AS `_in_datum_einde`,
    CASE WHEN `t`.`afzender` IS NULL OR `t`.`wet` IS NULL OR `t`.`declaratie_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`afzender`) = 0 AND locate('|', `t`.`afzender`) = 0 THEN `t`.`afzender` ELSE REPLACE(REPLACE(`t`.`afzender`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`declaratie_nummer`) = 0 AND locate('|', `t`.`declaratie_nummer`) = 0 THEN `t`.`declaratie_nummer` ELSE REPLACE(REPLACE(`t`.`declaratie_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `valt_binnen_declaratie_generiek_jeugd_en_wmo_id`,
    CASE WHEN `t`.`bsn` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`bsn`) = 0 AND locate('|', `t`.`bsn`) = 0 THEN `t`.`bsn` ELSE REPLACE(REPLACE(`t`.`bsn`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `betreft_client_id`,
    CASE WHEN `t`.`ontvanger` IS NULL OR `t`.`wet` IS NULL OR `t`.`toewijzing_nummer` IS NULL THEN NULL ELSE CAST(conv(substr(md5(COALESCE(CASE WHEN locate('\\', `t`.`ontvanger`) = 0 AND locate('|', `t`.`ontvanger`) = 0 THEN `t`.`ontvanger` ELSE REPLACE(REPLACE(`t`.`ontvanger`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`wet`) = 0 AND locate('|', `t`.`wet`) = 0 THEN `t`.`wet` ELSE REPLACE(REPLACE(`t`.`wet`, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', `t`.`toewijzing_nummer`) = 0 AND locate('|', `t`.`toewijzing_nummer`) = 0 THEN `t`.`toewijzing_nummer` ELSE REPLACE(REPLACE(`t`.`toewijzing_nummer`, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15), 16, 10) AS BIGINT) END AS `is_op_basis_van_toewijzing_id`
  FROM {{ source('bronze', 'istandaarden') }} `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  WHERE ((`t`.`regel_soort` = 'prestatie'))
) i
),
`ggm_chain` AS (
SELECT c.*,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) = 1 AS `_first_change`,
  c.`_changes` AND ROW_NUMBER() OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq` DESC) = 1 AS `_last_change`,
  CASE WHEN c.`_changes` THEN LEAD(c.`_valid_from`) OVER (PARTITION BY c.`_changes`, c.`_key` ORDER BY c.`_batch_seq`) END AS `_next_valid_from`
FROM (SELECT p.*, ((p.`_first_row` AND NOT FALSE) OR (NOT p.`_first_row` AND p.`_prev_hash` <> p.`_chain_hash`)) AS `_changes`
FROM (SELECT s.*, s.`_row_hash` AS `_chain_hash`, ROW_NUMBER() OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) = 1 AS `_first_row`, LAG(s.`_row_hash`) OVER (PARTITION BY s.`_key` ORDER BY s.`_batch_seq`) AS `_prev_hash`
FROM `ggm_stage` s WHERE s.`_accepted` AND NOT s.`_duplicate`) p) c
)
SELECT
  s.`_key` AS `declaratieregel_id`,
  s.`code` AS `code`,
  s.`bedrag` AS `bedrag`,
  s.`datum_start` AS `datum_start`,
  s.`datum_einde` AS `datum_einde`,
  s.`valt_binnen_declaratie_generiek_jeugd_en_wmo_id` AS `valt_binnen_declaratie_generiek_jeugd_en_wmo_id`,
  s.`betreft_client_id` AS `betreft_client_id`,
  s.`is_op_basis_van_toewijzing_id` AS `is_op_basis_van_toewijzing_id`,
  s.`_valid_from` AS `valid_from`,
  NULL AS `valid_to`,
  s.`_batch_loaded_at` AS `registered_at`,
  s.`_batch_text` AS `load_batch_id`,
  'istandaarden-declaratieregel' AS `load_source`,
  CAST(current_timestamp() AS TIMESTAMP) AS `loaded_at`,
  s.`_row_hash` AS `row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
