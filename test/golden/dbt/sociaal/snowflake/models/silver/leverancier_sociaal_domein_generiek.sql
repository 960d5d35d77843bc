{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-leverancier → silver.leverancier_sociaal_domein_generiek (6 Sociaal Domein/Sociaal Domein Generiek/Model Sociaal Domein Generiek/Leverancier)
-- history: none; generated from the load plan for snowflake (ggm compile --engine snowflake); do not edit
WITH ggm_batch AS (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at FROM {{ source('bronze', 'istandaarden') }} GROUP BY "_BATCH_ID") b) p
),
ggm_stage AS (
SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.agb_code,
  CASE WHEN length(i."_IN_AGB_CODE") > 40 THEN i."_IN_AGB_CODE" END AS "_IN_AGB_CODE",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.agb_code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.agb_code AS VARCHAR)) = 0 THEN CAST(i.agb_code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.agb_code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.ontvanger IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.ontvanger AS "_KEY_1",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(t.ontvanger AS VARCHAR), 1, 40) AS agb_code,
    CAST(t.ontvanger AS VARCHAR) AS "_IN_AGB_CODE"
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  WHERE (((t.regel_soort = 'toewijzing') AND (t.regel_index = '1')))
) i
),
ggm_chain AS (
SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT FALSE) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c
)
SELECT
  s."_KEY" AS rechtspersoon_id,
  s.agb_code AS agb_code,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-leverancier' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
