{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-natuurlijk-persoon → silver.natuurlijk_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/NatuurlijkPersoon)
-- history: none; generated from the load plan for postgres (ggm compile --engine postgres); do not edit
WITH "ggm_batch" AS (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq
FROM (SELECT b.batch_id, CAST(b.batch_id AS TEXT) AS batch_text, b.loaded_at FROM (SELECT "_batch_id" AS batch_id, MIN(CAST("_loaded_at" AS TIMESTAMP)) AS loaded_at FROM {{ source('bronze', 'istandaarden') }} GROUP BY "_batch_id") b) p
),
"ggm_stage" AS (
SELECT
  i."_batch_seq",
  i."_batch_text",
  i."_batch_loaded_at",
  i."_row_number",
  i."_key",
  i."_key_1",
  i."_valid_from",
  i."burgerservicenummer",
  CASE WHEN length(i."_in_burgerservicenummer") > 9 THEN i."_in_burgerservicenummer" END AS "_in_burgerservicenummer",
  i."geslachtsnaam",
  CASE WHEN length(i."_in_geslachtsnaam") > 200 THEN i."_in_geslachtsnaam" END AS "_in_geslachtsnaam",
  i."voorvoegsel_geslachtsnaam",
  CASE WHEN length(i."_in_voorvoegsel_geslachtsnaam") > 80 THEN i."_in_voorvoegsel_geslachtsnaam" END AS "_in_voorvoegsel_geslachtsnaam",
  i."voornamen",
  CASE WHEN length(i."_in_voornamen") > 200 THEN i."_in_voornamen" END AS "_in_voornamen",
  i."voorletters_aanschrijving",
  CASE WHEN length(i."_in_voorletters_aanschrijving") > 20 THEN i."_in_voorletters_aanschrijving" END AS "_in_voorletters_aanschrijving",
  i."datum_geboorte",
  CASE WHEN length(i."_in_datum_geboorte") > 22 THEN i."_in_datum_geboorte" END AS "_in_datum_geboorte",
  i."geslachtsaanduiding",
  CASE WHEN length(i."_in_geslachtsaanduiding") > 1 THEN i."_in_geslachtsaanduiding" END AS "_in_geslachtsaanduiding",
  md5(COALESCE(CASE WHEN strpos(CAST("i"."burgerservicenummer" AS TEXT), '\') = 0 AND strpos(CAST("i"."burgerservicenummer" AS TEXT), '|') = 0 THEN CAST("i"."burgerservicenummer" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."burgerservicenummer" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."geslachtsnaam" AS TEXT), '\') = 0 AND strpos(CAST("i"."geslachtsnaam" AS TEXT), '|') = 0 THEN CAST("i"."geslachtsnaam" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."geslachtsnaam" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."voorvoegsel_geslachtsnaam" AS TEXT), '\') = 0 AND strpos(CAST("i"."voorvoegsel_geslachtsnaam" AS TEXT), '|') = 0 THEN CAST("i"."voorvoegsel_geslachtsnaam" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."voorvoegsel_geslachtsnaam" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."voornamen" AS TEXT), '\') = 0 AND strpos(CAST("i"."voornamen" AS TEXT), '|') = 0 THEN CAST("i"."voornamen" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."voornamen" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."voorletters_aanschrijving" AS TEXT), '\') = 0 AND strpos(CAST("i"."voorletters_aanschrijving" AS TEXT), '|') = 0 THEN CAST("i"."voorletters_aanschrijving" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."voorletters_aanschrijving" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."datum_geboorte" AS TEXT), '\') = 0 AND strpos(CAST("i"."datum_geboorte" AS TEXT), '|') = 0 THEN CAST("i"."datum_geboorte" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."datum_geboorte" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."geslachtsaanduiding" AS TEXT), '\') = 0 AND strpos(CAST("i"."geslachtsaanduiding" AS TEXT), '|') = 0 THEN CAST("i"."geslachtsaanduiding" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."geslachtsaanduiding" AS TEXT), '\', '\\'), '|', '\|') END, '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_batch_seq", i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "_ggm_b"."seq" AS "_batch_seq",
    "_ggm_b"."batch_text" AS "_batch_text",
    "_ggm_b"."loaded_at" AS "_batch_loaded_at",
    "t"."_row_number" AS "_row_number",
    CASE WHEN "t"."bsn" IS NULL THEN NULL ELSE CAST(CAST(('x0' || substr(md5(COALESCE(CASE WHEN strpos("t"."bsn", '\') = 0 AND strpos("t"."bsn", '|') = 0 THEN "t"."bsn" ELSE REPLACE(REPLACE("t"."bsn", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIT(64)) AS BIGINT) END AS "_key",
    "t"."bsn" AS "_key_1",
    CAST("_ggm_b"."loaded_at" AS TIMESTAMP) AS "_valid_from",
    substr(CAST("t"."bsn" AS TEXT), 1, 9) AS "burgerservicenummer",
    CAST("t"."bsn" AS TEXT) AS "_in_burgerservicenummer",
    substr(CAST("l"."achternaam" AS TEXT), 1, 200) AS "geslachtsnaam",
    CAST("l"."achternaam" AS TEXT) AS "_in_geslachtsnaam",
    substr(CAST("l"."voorvoegsel" AS TEXT), 1, 80) AS "voorvoegsel_geslachtsnaam",
    CAST("l"."voorvoegsel" AS TEXT) AS "_in_voorvoegsel_geslachtsnaam",
    substr(CAST("l"."voornamen" AS TEXT), 1, 200) AS "voornamen",
    CAST("l"."voornamen" AS TEXT) AS "_in_voornamen",
    substr(CAST("l"."voorletters" AS TEXT), 1, 20) AS "voorletters_aanschrijving",
    CAST("l"."voorletters" AS TEXT) AS "_in_voorletters_aanschrijving",
    substr(CAST("l"."geboortedatum" AS TEXT), 1, 22) AS "datum_geboorte",
    CAST("l"."geboortedatum" AS TEXT) AS "_in_datum_geboorte",
    substr(CAST("l"."geslacht" AS TEXT), 1, 1) AS "geslachtsaanduiding",
    CAST("l"."geslacht" AS TEXT) AS "_in_geslachtsaanduiding"
  FROM {{ source('bronze', 'istandaarden') }} "t"
  JOIN "ggm_batch" "_ggm_b" ON "t"."_batch_id" = "_ggm_b".batch_id
  LEFT JOIN (SELECT DISTINCT ON ("l"."bsn") "l".* FROM {{ source('bronze', 'istandaarden') }} "l" WHERE (("l"."regel_soort" = 'toewijzing') OR ("l"."regel_soort" = 'aanvraag')) ORDER BY "l"."bsn", "l"."dagtekening" DESC NULLS LAST, "l"."berichttype" ASC NULLS LAST, "l"."identificatie" DESC NULLS LAST, "l"."afzender" DESC NULLS LAST, "l"."_loaded_at" DESC, CAST("l"."_batch_id" AS TEXT) DESC, "l"."_row_number" DESC) "l" ON ("l"."bsn" = "t"."bsn")
  WHERE (((("t"."regel_soort" = 'toewijzing') OR ("t"."regel_soort" = 'aanvraag')) AND ("t"."regel_index" = '1')))
) i
),
"ggm_chain" AS (
SELECT c.*,
  c."_changes" AND ROW_NUMBER() OVER (PARTITION BY c."_changes", c."_key" ORDER BY c."_batch_seq") = 1 AS "_first_change",
  c."_changes" AND ROW_NUMBER() OVER (PARTITION BY c."_changes", c."_key" ORDER BY c."_batch_seq" DESC) = 1 AS "_last_change",
  CASE WHEN c."_changes" THEN LEAD(c."_valid_from") OVER (PARTITION BY c."_changes", c."_key" ORDER BY c."_batch_seq") END AS "_next_valid_from"
FROM (SELECT p.*, ((p."_first_row" AND NOT FALSE) OR (NOT p."_first_row" AND p."_prev_hash" <> p."_chain_hash")) AS "_changes"
FROM (SELECT s.*, s."_row_hash" AS "_chain_hash", ROW_NUMBER() OVER (PARTITION BY s."_key" ORDER BY s."_batch_seq") = 1 AS "_first_row", LAG(s."_row_hash") OVER (PARTITION BY s."_key" ORDER BY s."_batch_seq") AS "_prev_hash"
FROM "ggm_stage" s WHERE s."_accepted" AND NOT s."_duplicate") p) c
)
SELECT
  s."_key" AS "rechtspersoon_id",
  s."burgerservicenummer" AS "burgerservicenummer",
  s."geslachtsnaam" AS "geslachtsnaam",
  s."voorvoegsel_geslachtsnaam" AS "voorvoegsel_geslachtsnaam",
  s."voornamen" AS "voornamen",
  s."voorletters_aanschrijving" AS "voorletters_aanschrijving",
  s."datum_geboorte" AS "datum_geboorte",
  s."geslachtsaanduiding" AS "geslachtsaanduiding",
  s."_valid_from" AS "valid_from",
  NULL AS "valid_to",
  s."_batch_loaded_at" AS "registered_at",
  s."_batch_text" AS "load_batch_id",
  'istandaarden-natuurlijk-persoon' AS "load_source",
  LOCALTIMESTAMP AS "loaded_at",
  s."_row_hash" AS "row_hash"
FROM "ggm_chain" s
WHERE s."_last_change"
