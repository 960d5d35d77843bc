{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-declaratie → silver.declaratie_generiek_jeugd_en_wmo (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratie)
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
  i."_KEY_2",
  i."_KEY_3",
  i."_VALID_FROM",
  i.declaratie_bedrag,
  i.datum_declaratie,
  CASE WHEN i."_IN_DATUM_DECLARATIE" IS NOT NULL AND i.datum_declaratie IS NULL THEN i."_IN_DATUM_DECLARATIE" END AS "_IN_DATUM_DECLARATIE",
  i.ingediend_door_leverancier_sociaal_domein_generiek_id,
  MD5(COALESCE(CAST(i.declaratie_bedrag AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_declaratie AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.ingediend_door_leverancier_sociaal_domein_generiek_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.declaratie_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.declaratie_nummer) = 0 AND POSITION('|', t.declaratie_nummer) = 0 THEN t.declaratie_nummer ELSE REPLACE(REPLACE(t.declaratie_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.afzender AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.declaratie_nummer AS "_KEY_3",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CAST(CASE WHEN (t.totaal_ingediend_dc = 'C') THEN (0 - CASE WHEN REGEXP_LIKE(trim(t.totaal_ingediend_cent), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.totaal_ingediend_cent) AS BIGINT) END) ELSE CASE WHEN REGEXP_LIKE(trim(t.totaal_ingediend_cent), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.totaal_ingediend_cent) AS BIGINT) END END AS INTEGER) AS declaratie_bedrag,
    CAST(CASE WHEN REGEXP_LIKE(trim(replace(t.declaratie_dagtekening, '-', '')), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(replace(t.declaratie_dagtekening, '-', '')) AS BIGINT) END AS INTEGER) AS datum_declaratie,
    replace(t.declaratie_dagtekening, '-', '') AS "_IN_DATUM_DECLARATIE",
    CASE WHEN t.afzender IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS ingediend_door_leverancier_sociaal_domein_generiek_id
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  WHERE (((t.regel_soort = 'prestatie') AND (t.regel_index = '1')))
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
  s."_KEY" AS declaratie_generiek_jeugd_en_wmo_id,
  s.declaratie_bedrag AS declaratie_bedrag,
  s.datum_declaratie AS datum_declaratie,
  s.ingediend_door_leverancier_sociaal_domein_generiek_id AS ingediend_door_leverancier_sociaal_domein_generiek_id,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-declaratie' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
