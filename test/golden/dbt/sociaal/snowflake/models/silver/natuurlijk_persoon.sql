{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-natuurlijk-persoon → silver.natuurlijk_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/NatuurlijkPersoon)
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
  i.burgerservicenummer,
  CASE WHEN length(i."_IN_BURGERSERVICENUMMER") > 9 THEN i."_IN_BURGERSERVICENUMMER" END AS "_IN_BURGERSERVICENUMMER",
  i.geslachtsnaam,
  CASE WHEN length(i."_IN_GESLACHTSNAAM") > 200 THEN i."_IN_GESLACHTSNAAM" END AS "_IN_GESLACHTSNAAM",
  i.voorvoegsel_geslachtsnaam,
  CASE WHEN length(i."_IN_VOORVOEGSEL_GESLACHTSNAAM") > 80 THEN i."_IN_VOORVOEGSEL_GESLACHTSNAAM" END AS "_IN_VOORVOEGSEL_GESLACHTSNAAM",
  i.voornamen,
  CASE WHEN length(i."_IN_VOORNAMEN") > 200 THEN i."_IN_VOORNAMEN" END AS "_IN_VOORNAMEN",
  i.voorletters_aanschrijving,
  CASE WHEN length(i."_IN_VOORLETTERS_AANSCHRIJVING") > 20 THEN i."_IN_VOORLETTERS_AANSCHRIJVING" END AS "_IN_VOORLETTERS_AANSCHRIJVING",
  i.datum_geboorte,
  CASE WHEN length(i."_IN_DATUM_GEBOORTE") > 22 THEN i."_IN_DATUM_GEBOORTE" END AS "_IN_DATUM_GEBOORTE",
  i.geslachtsaanduiding,
  CASE WHEN length(i."_IN_GESLACHTSAANDUIDING") > 1 THEN i."_IN_GESLACHTSAANDUIDING" END AS "_IN_GESLACHTSAANDUIDING",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.burgerservicenummer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.burgerservicenummer AS VARCHAR)) = 0 THEN CAST(i.burgerservicenummer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.burgerservicenummer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geslachtsnaam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geslachtsnaam AS VARCHAR)) = 0 THEN CAST(i.geslachtsnaam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geslachtsnaam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR)) = 0 THEN CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.voornamen AS VARCHAR)) = 0 AND POSITION('|', CAST(i.voornamen AS VARCHAR)) = 0 THEN CAST(i.voornamen AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.voornamen AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.voorletters_aanschrijving AS VARCHAR)) = 0 AND POSITION('|', CAST(i.voorletters_aanschrijving AS VARCHAR)) = 0 THEN CAST(i.voorletters_aanschrijving AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.voorletters_aanschrijving AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.datum_geboorte AS VARCHAR)) = 0 AND POSITION('|', CAST(i.datum_geboorte AS VARCHAR)) = 0 THEN CAST(i.datum_geboorte AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.datum_geboorte AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geslachtsaanduiding AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geslachtsaanduiding AS VARCHAR)) = 0 THEN CAST(i.geslachtsaanduiding AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geslachtsaanduiding AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.bsn IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.bsn AS "_KEY_1",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(t.bsn AS VARCHAR), 1, 9) AS burgerservicenummer,
    CAST(t.bsn AS VARCHAR) AS "_IN_BURGERSERVICENUMMER",
    substr(CAST(l.achternaam AS VARCHAR), 1, 200) AS geslachtsnaam,
    CAST(l.achternaam AS VARCHAR) AS "_IN_GESLACHTSNAAM",
    substr(CAST(l.voorvoegsel AS VARCHAR), 1, 80) AS voorvoegsel_geslachtsnaam,
    CAST(l.voorvoegsel AS VARCHAR) AS "_IN_VOORVOEGSEL_GESLACHTSNAAM",
    substr(CAST(l.voornamen AS VARCHAR), 1, 200) AS voornamen,
    CAST(l.voornamen AS VARCHAR) AS "_IN_VOORNAMEN",
    substr(CAST(l.voorletters AS VARCHAR), 1, 20) AS voorletters_aanschrijving,
    CAST(l.voorletters AS VARCHAR) AS "_IN_VOORLETTERS_AANSCHRIJVING",
    substr(CAST(l.geboortedatum AS VARCHAR), 1, 22) AS datum_geboorte,
    CAST(l.geboortedatum AS VARCHAR) AS "_IN_DATUM_GEBOORTE",
    substr(CAST(l.geslacht AS VARCHAR), 1, 1) AS geslachtsaanduiding,
    CAST(l.geslacht AS VARCHAR) AS "_IN_GESLACHTSAANDUIDING"
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  LEFT JOIN (SELECT l.* FROM {{ source('bronze', 'istandaarden') }} l WHERE ((l.regel_soort = 'toewijzing') OR (l.regel_soort = 'aanvraag')) QUALIFY ROW_NUMBER() OVER (PARTITION BY l.bsn ORDER BY l.dagtekening DESC NULLS LAST, l.berichttype ASC NULLS LAST, l.identificatie DESC NULLS LAST, l.afzender DESC NULLS LAST, l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC, l."_ROW_NUMBER" DESC) = 1) l ON (l.bsn = t.bsn)
  WHERE ((((t.regel_soort = 'toewijzing') OR (t.regel_soort = 'aanvraag')) AND (t.regel_index = '1')))
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
  s.burgerservicenummer AS burgerservicenummer,
  s.geslachtsnaam AS geslachtsnaam,
  s.voorvoegsel_geslachtsnaam AS voorvoegsel_geslachtsnaam,
  s.voornamen AS voornamen,
  s.voorletters_aanschrijving AS voorletters_aanschrijving,
  s.datum_geboorte AS datum_geboorte,
  s.geslachtsaanduiding AS geslachtsaanduiding,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-natuurlijk-persoon' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
