{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-toewijzing → silver.toewijzing (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Toewijzing)
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
  i.toewijzingnummer,
  CASE WHEN i."_IN_TOEWIJZINGNUMMER" IS NOT NULL AND i.toewijzingnummer IS NULL THEN i."_IN_TOEWIJZINGNUMMER" END AS "_IN_TOEWIJZINGNUMMER",
  i.datum_toewijzing,
  CASE WHEN i."_IN_DATUM_TOEWIJZING" IS NOT NULL AND i.datum_toewijzing IS NULL THEN i."_IN_DATUM_TOEWIJZING" END AS "_IN_DATUM_TOEWIJZING",
  i.datum_start_toewijzing,
  CASE WHEN i."_IN_DATUM_START_TOEWIJZING" IS NOT NULL AND i.datum_start_toewijzing IS NULL THEN i."_IN_DATUM_START_TOEWIJZING" END AS "_IN_DATUM_START_TOEWIJZING",
  i.datum_einde_toewijzing,
  CASE WHEN i."_IN_DATUM_EINDE_TOEWIJZING" IS NOT NULL AND i.datum_einde_toewijzing IS NULL THEN i."_IN_DATUM_EINDE_TOEWIJZING" END AS "_IN_DATUM_EINDE_TOEWIJZING",
  i.reden_wijziging,
  CASE WHEN i."_IN_REDEN_WIJZIGING" IS NOT NULL AND i.reden_wijziging IS NULL THEN i."_IN_REDEN_WIJZIGING" END AS "_IN_REDEN_WIJZIGING",
  i.omvang,
  CASE WHEN i."_IN_OMVANG" IS NOT NULL AND i.omvang IS NULL THEN i."_IN_OMVANG" END AS "_IN_OMVANG",
  i.commentaar,
  i.code,
  CASE WHEN length(i."_IN_CODE") > 20 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.eenheid_enum_id,
  CASE WHEN i."_IN_EENHEID_ENUM_ID" IS NOT NULL AND i.eenheid_enum_id IS NULL THEN i."_IN_EENHEID_ENUM_ID" END AS "_IN_EENHEID_ENUM_ID",
  i.frequentie_enum_id,
  CASE WHEN i."_IN_FREQUENTIE_ENUM_ID" IS NOT NULL AND i.frequentie_enum_id IS NULL THEN i."_IN_FREQUENTIE_ENUM_ID" END AS "_IN_FREQUENTIE_ENUM_ID",
  i.wet_enum_id,
  CASE WHEN i."_IN_WET_ENUM_ID" IS NOT NULL AND i.wet_enum_id IS NULL THEN i."_IN_WET_ENUM_ID" END AS "_IN_WET_ENUM_ID",
  i.levert_voorziening_leverancier_sociaal_domein_generiek_id,
  MD5(COALESCE(CAST(i.toewijzingnummer AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_toewijzing AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_start_toewijzing AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_einde_toewijzing AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.reden_wijziging AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.omvang AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.commentaar AS VARCHAR)) = 0 AND POSITION('|', CAST(i.commentaar AS VARCHAR)) = 0 THEN CAST(i.commentaar AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.commentaar AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.eenheid_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.frequentie_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.wet_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.levert_voorziening_leverancier_sociaal_domein_generiek_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.toewijzing_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.toewijzing_nummer) = 0 AND POSITION('|', t.toewijzing_nummer) = 0 THEN t.toewijzing_nummer ELSE REPLACE(REPLACE(t.toewijzing_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.afzender AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.toewijzing_nummer AS "_KEY_3",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.toewijzing_nummer), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.toewijzing_nummer) AS BIGINT) END AS INTEGER) AS toewijzingnummer,
    t.toewijzing_nummer AS "_IN_TOEWIJZINGNUMMER",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.toewijzingsdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(l.toewijzingsdatum), 'YYYY-MM-DD') END AS DATE) AS datum_toewijzing,
    l.toewijzingsdatum AS "_IN_DATUM_TOEWIJZING",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.ingangsdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(l.ingangsdatum), 'YYYY-MM-DD') END AS DATE) AS datum_start_toewijzing,
    l.ingangsdatum AS "_IN_DATUM_START_TOEWIJZING",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.einddatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(l.einddatum), 'YYYY-MM-DD') END AS DATE) AS datum_einde_toewijzing,
    l.einddatum AS "_IN_DATUM_EINDE_TOEWIJZING",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.reden_wijziging), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(l.reden_wijziging) AS BIGINT) END AS INTEGER) AS reden_wijziging,
    l.reden_wijziging AS "_IN_REDEN_WIJZIGING",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.omvang_volume), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(l.omvang_volume) AS BIGINT) END AS INTEGER) AS omvang,
    l.omvang_volume AS "_IN_OMVANG",
    CAST(l.commentaar AS VARCHAR) AS commentaar,
    substr(CAST(concat(l.product_categorie, l.product_code) AS VARCHAR), 1, 20) AS code,
    CAST(concat(l.product_categorie, l.product_code) AS VARCHAR) AS "_IN_CODE",
    CAST(CASE l.omvang_eenheid WHEN '01' THEN 1 WHEN '04' THEN 2 WHEN '14' THEN 3 WHEN '16' THEN 4 WHEN '82' THEN 5 WHEN '83' THEN 6 WHEN '84' THEN 5 END AS INTEGER) AS eenheid_enum_id,
    l.omvang_eenheid AS "_IN_EENHEID_ENUM_ID",
    CAST(CASE l.omvang_frequentie WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '4' THEN 4 WHEN '6' THEN 6 END AS INTEGER) AS frequentie_enum_id,
    l.omvang_frequentie AS "_IN_FREQUENTIE_ENUM_ID",
    CAST(CASE t.wet WHEN 'WMO' THEN 2 WHEN 'JW' THEN 3 END AS INTEGER) AS wet_enum_id,
    t.wet AS "_IN_WET_ENUM_ID",
    CASE WHEN t.ontvanger IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS levert_voorziening_leverancier_sociaal_domein_generiek_id
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  LEFT JOIN (SELECT l.* FROM {{ source('bronze', 'istandaarden') }} l WHERE (l.regel_soort = 'toewijzing') QUALIFY ROW_NUMBER() OVER (PARTITION BY l.afzender, l.wet, l.toewijzing_nummer ORDER BY l.toewijzingsdatum DESC NULLS LAST, l.toewijzingstijd DESC NULLS LAST, l.identificatie DESC NULLS LAST, l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC, l."_ROW_NUMBER" DESC) = 1) l ON (((l.afzender = t.afzender) AND (l.wet = t.wet)) AND (l.toewijzing_nummer = t.toewijzing_nummer))
  WHERE ((t.regel_soort = 'toewijzing'))
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
  s."_KEY" AS toewijzing_id,
  s.toewijzingnummer AS toewijzingnummer,
  s.datum_toewijzing AS datum_toewijzing,
  s.datum_start_toewijzing AS datum_start_toewijzing,
  s.datum_einde_toewijzing AS datum_einde_toewijzing,
  s.reden_wijziging AS reden_wijziging,
  s.omvang AS omvang,
  s.commentaar AS commentaar,
  s.code AS code,
  s.eenheid_enum_id AS eenheid_enum_id,
  s.frequentie_enum_id AS frequentie_enum_id,
  s.wet_enum_id AS wet_enum_id,
  s.levert_voorziening_leverancier_sociaal_domein_generiek_id AS levert_voorziening_leverancier_sociaal_domein_generiek_id,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-toewijzing' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
