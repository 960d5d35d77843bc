{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-client → silver.client (6 Sociaal Domein/Sociaal Domein Generiek/Model Sociaal Domein Generiek/Client)
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
  i.`_valid_from`,
  i.`juridische_status`,
  CASE WHEN length(i.`_in_juridische_status`) > 80 THEN i.`_in_juridische_status` END AS `_in_juridische_status`,
  i.`wettelijke_vertegenwoordiging`,
  CASE WHEN length(i.`_in_wettelijke_vertegenwoordiging`) > 80 THEN i.`_in_wettelijke_vertegenwoordiging` END AS `_in_wettelijke_vertegenwoordiging`,
  md5(COALESCE(CASE WHEN locate('\\', CAST(`i`.`juridische_status` AS STRING)) = 0 AND locate('|', CAST(`i`.`juridische_status` AS STRING)) = 0 THEN CAST(`i`.`juridische_status` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`juridische_status` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN locate('\\', CAST(`i`.`wettelijke_vertegenwoordiging` AS STRING)) = 0 AND locate('|', CAST(`i`.`wettelijke_vertegenwoordiging` AS STRING)) = 0 THEN CAST(`i`.`wettelijke_vertegenwoordiging` AS STRING) ELSE REPLACE(REPLACE(CAST(`i`.`wettelijke_vertegenwoordiging` AS STRING), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS `_row_hash`,
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
    substr(CAST(`l`.`juridische_status` AS STRING), 1, 80) AS `juridische_status`,
    CAST(`l`.`juridische_status` AS STRING) AS `_in_juridische_status`,
    substr(CAST(`l`.`wettelijke_vertegenwoordiging` AS STRING), 1, 80) AS `wettelijke_vertegenwoordiging`,
    CAST(`l`.`wettelijke_vertegenwoordiging` AS STRING) AS `_in_wettelijke_vertegenwoordiging`
  FROM {{ source('bronze', 'istandaarden') }} `t`
  JOIN `ggm_batch` `_ggm_b` ON `t`.`_batch_id` = `_ggm_b`.batch_id
  LEFT JOIN (SELECT `l`.* FROM {{ source('bronze', 'istandaarden') }} `l` WHERE (`l`.`regel_soort` = 'toewijzing') QUALIFY ROW_NUMBER() OVER (PARTITION BY `l`.`bsn` ORDER BY `l`.`dagtekening` DESC NULLS LAST, `l`.`identificatie` DESC NULLS LAST, `l`.`_loaded_at` DESC, CAST(`l`.`_batch_id` AS STRING) DESC, `l`.`_row_number` DESC) = 1) `l` ON (`l`.`bsn` = `t`.`bsn`)
  WHERE ((((`t`.`regel_soort` = 'toewijzing') OR (`t`.`regel_soort` = 'aanvraag')) AND (`t`.`regel_index` = '1')))
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
  s.`_key` AS `rechtspersoon_id`,
  s.`juridische_status` AS `juridische_status`,
  s.`wettelijke_vertegenwoordiging` AS `wettelijke_vertegenwoordiging`,
  s.`_valid_from` AS `valid_from`,
  NULL AS `valid_to`,
  s.`_batch_loaded_at` AS `registered_at`,
  s.`_batch_text` AS `load_batch_id`,
  'istandaarden-client' AS `load_source`,
  CAST(current_timestamp() AS TIMESTAMP) AS `loaded_at`,
  s.`_row_hash` AS `row_hash`
FROM `ggm_chain` s
WHERE s.`_last_change`
