{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-declaratieregel → silver.declaratieregel (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratieregel)
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
  i.code,
  CASE WHEN length(i."_IN_CODE") > 20 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.bedrag,
  i.datum_start,
  CASE WHEN i."_IN_DATUM_START" IS NOT NULL AND i.datum_start IS NULL THEN i."_IN_DATUM_START" END AS "_IN_DATUM_START",
  i.datum_einde,
  CASE WHEN i."_IN_DATUM_EINDE" IS NOT NULL AND i.datum_einde IS NULL THEN i."_IN_DATUM_EINDE" END AS "_IN_DATUM_EINDE",
  i.valt_binnen_declaratie_generiek_jeugd_en_wmo_id,
  i.betreft_client_id,
  i.is_op_basis_van_toewijzing_id,
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.bedrag AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_start AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_einde AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.valt_binnen_declaratie_generiek_jeugd_en_wmo_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.betreft_client_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.is_op_basis_van_toewijzing_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.referentie_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.referentie_nummer) = 0 AND POSITION('|', t.referentie_nummer) = 0 THEN t.referentie_nummer ELSE REPLACE(REPLACE(t.referentie_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.afzender AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.referentie_nummer AS "_KEY_3",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(concat(t.product_categorie, t.product_code) AS VARCHAR), 1, 20) AS code,
    CAST(concat(t.product_categorie, t.product_code) AS VARCHAR) AS "_IN_CODE",
    CAST((CAST(CASE WHEN (t.debet_credit = 'C') THEN (0 - CASE WHEN REGEXP_LIKE(trim(t.ingediend_bedrag_cent), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.ingediend_bedrag_cent) AS BIGINT) END) ELSE CASE WHEN REGEXP_LIKE(trim(t.ingediend_bedrag_cent), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.ingediend_bedrag_cent) AS BIGINT) END END AS NUMBER(38, 10)) / 100) AS NUMBER(12,2)) AS bedrag,
    CAST(CASE WHEN REGEXP_LIKE(trim(t.begindatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.begindatum), 'YYYY-MM-DD') END AS DATE) AS datum_start,
    t.begindatum AS "_IN_DATUM_START",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.einddatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.einddatum), 'YYYY-MM-DD') END AS DATE) AS datum_einde,
    t.einddatum AS "_IN_DATUM_EINDE",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.declaratie_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.declaratie_nummer) = 0 AND POSITION('|', t.declaratie_nummer) = 0 THEN t.declaratie_nummer ELSE REPLACE(REPLACE(t.declaratie_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS valt_binnen_declaratie_generiek_jeugd_en_wmo_id,
    CASE WHEN t.bsn IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS betreft_client_id,
    CASE WHEN t.ontvanger IS NULL OR t.wet IS NULL OR t.toewijzing_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.toewijzing_nummer) = 0 AND POSITION('|', t.toewijzing_nummer) = 0 THEN t.toewijzing_nummer ELSE REPLACE(REPLACE(t.toewijzing_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS is_op_basis_van_toewijzing_id
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  WHERE ((t.regel_soort = 'prestatie'))
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
  s."_KEY" AS declaratieregel_id,
  s.code AS code,
  s.bedrag AS bedrag,
  s.datum_start AS datum_start,
  s.datum_einde AS datum_einde,
  s.valt_binnen_declaratie_generiek_jeugd_en_wmo_id AS valt_binnen_declaratie_generiek_jeugd_en_wmo_id,
  s.betreft_client_id AS betreft_client_id,
  s.is_op_basis_van_toewijzing_id AS is_op_basis_van_toewijzing_id,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-declaratieregel' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
