{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-levering → silver.levering (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Levering)
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
  i."_KEY_4",
  i."_KEY_5",
  i."_VALID_FROM",
  i."_DELETE",
  i.datum_start,
  CASE WHEN i."_IN_DATUM_START" IS NOT NULL AND i.datum_start IS NULL THEN i."_IN_DATUM_START" END AS "_IN_DATUM_START",
  i.code,
  CASE WHEN length(i."_IN_CODE") > 20 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.datum_stop,
  i.stopreden,
  i.geleverde_zorg_toewijzing_id,
  i.leverde_prestatie_leverancier_sociaal_domein_generiek_id,
  i.prestatie_voor_client_id,
  MD5(COALESCE(CAST(i.datum_start AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.datum_stop AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.stopreden AS VARCHAR)) = 0 AND POSITION('|', CAST(i.stopreden AS VARCHAR)) = 0 THEN CAST(i.stopreden AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.stopreden AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.geleverde_zorg_toewijzing_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.leverde_prestatie_leverancier_sociaal_domein_generiek_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.prestatie_voor_client_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.bsn IS NULL OR t.toewijzing_nummer IS NULL OR t.begindatum IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.toewijzing_nummer) = 0 AND POSITION('|', t.toewijzing_nummer) = 0 THEN t.toewijzing_nummer ELSE REPLACE(REPLACE(t.toewijzing_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.begindatum) = 0 AND POSITION('|', t.begindatum) = 0 THEN t.begindatum ELSE REPLACE(REPLACE(t.begindatum, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.afzender AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.bsn AS "_KEY_3",
    t.toewijzing_nummer AS "_KEY_4",
    t.begindatum AS "_KEY_5",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    COALESCE((s.status_aanlevering = '3'), FALSE) AS "_DELETE",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.begindatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.begindatum), 'YYYY-MM-DD') END AS DATE) AS datum_start,
    t.begindatum AS "_IN_DATUM_START",
    substr(CAST(concat(t.product_categorie, t.product_code) AS VARCHAR), 1, 20) AS code,
    CAST(concat(t.product_categorie, t.product_code) AS VARCHAR) AS "_IN_CODE",
    CAST((cast((select b.einddatum from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc limit 1) as date)) AS DATE) AS datum_stop,
    CAST(((select b.reden_beeindiging from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc limit 1)) AS VARCHAR) AS stopreden,
    CASE WHEN t.ontvanger IS NULL OR t.wet IS NULL OR t.toewijzing_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.toewijzing_nummer) = 0 AND POSITION('|', t.toewijzing_nummer) = 0 THEN t.toewijzing_nummer ELSE REPLACE(REPLACE(t.toewijzing_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS geleverde_zorg_toewijzing_id,
    CASE WHEN t.afzender IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS leverde_prestatie_leverancier_sociaal_domein_generiek_id,
    CASE WHEN t.bsn IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS prestatie_voor_client_id
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  LEFT JOIN (SELECT s.* FROM {{ source('bronze', 'istandaarden') }} s WHERE (s.regel_soort = 'start') QUALIFY ROW_NUMBER() OVER (PARTITION BY s.afzender, s.wet, s.bsn, s.toewijzing_nummer, s.begindatum ORDER BY s.dagtekening DESC NULLS LAST, s.identificatie DESC NULLS LAST, s."_LOADED_AT" DESC, CAST(s."_BATCH_ID" AS VARCHAR) DESC, s."_ROW_NUMBER" DESC) = 1) s ON (((((s.afzender = t.afzender) AND (s.wet = t.wet)) AND (s.bsn = t.bsn)) AND (s.toewijzing_nummer = t.toewijzing_nummer)) AND (s.begindatum = t.begindatum))
  WHERE (((t.regel_soort = 'start') OR (t.regel_soort = 'stop')))
) i
),
ggm_chain AS (
SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT FALSE) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, CASE WHEN s."_DELETE" THEN 'tombstone' ELSE s."_ROW_HASH" END AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(CASE WHEN s."_DELETE" THEN 'tombstone' ELSE s."_ROW_HASH" END) OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c
)
SELECT
  s."_KEY" AS levering_id,
  s.datum_start AS datum_start,
  s.code AS code,
  s.datum_stop AS datum_stop,
  s.stopreden AS stopreden,
  s.geleverde_zorg_toewijzing_id AS geleverde_zorg_toewijzing_id,
  s.leverde_prestatie_leverancier_sociaal_domein_generiek_id AS leverde_prestatie_leverancier_sociaal_domein_generiek_id,
  s.prestatie_voor_client_id AS prestatie_voor_client_id,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-levering' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE" AND NOT s."_DELETE"
