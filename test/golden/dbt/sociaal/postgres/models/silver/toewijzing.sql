{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-toewijzing → silver.toewijzing (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Toewijzing)
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
  i."_key_2",
  i."_key_3",
  i."_valid_from",
  i."toewijzingnummer",
  CASE WHEN i."_in_toewijzingnummer" IS NOT NULL AND i."toewijzingnummer" IS NULL THEN i."_in_toewijzingnummer" END AS "_in_toewijzingnummer",
  i."datum_toewijzing",
  CASE WHEN i."_in_datum_toewijzing" IS NOT NULL AND i."datum_toewijzing" IS NULL THEN i."_in_datum_toewijzing" END AS "_in_datum_toewijzing",
  i."datum_start_toewijzing",
  CASE WHEN i."_in_datum_start_toewijzing" IS NOT NULL AND i."datum_start_toewijzing" IS NULL THEN i."_in_datum_start_toewijzing" END AS "_in_datum_start_toewijzing",
  i."datum_einde_toewijzing",
  CASE WHEN i."_in_datum_einde_toewijzing" IS NOT NULL AND i."datum_einde_toewijzing" IS NULL THEN i."_in_datum_einde_toewijzing" END AS "_in_datum_einde_toewijzing",
  i."reden_wijziging",
  CASE WHEN i."_in_reden_wijziging" IS NOT NULL AND i."reden_wijziging" IS NULL THEN i."_in_reden_wijziging" END AS "_in_reden_wijziging",
  i."omvang",
  CASE WHEN i."_in_omvang" IS NOT NULL AND i."omvang" IS NULL THEN i."_in_omvang" END AS "_in_omvang",
  i."commentaar",
  i."code",
  CASE WHEN length(i."_in_code") > 20 THEN i."_in_code" END AS "_in_code",
  i."eenheid_enum_id",
  CASE WHEN i."_in_eenheid_enum_id" IS NOT NULL AND i."eenheid_enum_id" IS NULL THEN i."_in_eenheid_enum_id" END AS "_in_eenheid_enum_id",
  i."frequentie_enum_id",
  CASE WHEN i."_in_frequentie_enum_id" IS NOT NULL AND i."frequentie_enum_id" IS NULL THEN i."_in_frequentie_enum_id" END AS "_in_frequentie_enum_id",
  i."wet_enum_id",
  CASE WHEN i."_in_wet_enum_id" IS NOT NULL AND i."wet_enum_id" IS NULL THEN i."_in_wet_enum_id" END AS "_in_wet_enum_id",
  i."levert_voorziening_leverancier_sociaal_domein_generiek_id",
  md5(COALESCE(CAST("i"."toewijzingnummer" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."datum_toewijzing" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."datum_start_toewijzing" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."datum_einde_toewijzing" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."reden_wijziging" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."omvang" AS TEXT), '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."commentaar" AS TEXT), '\') = 0 AND strpos(CAST("i"."commentaar" AS TEXT), '|') = 0 THEN CAST("i"."commentaar" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."commentaar" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."code" AS TEXT), '\') = 0 AND strpos(CAST("i"."code" AS TEXT), '|') = 0 THEN CAST("i"."code" AS TEXT) ELSE REPLACE(REPLACE(CAST("i"."code" AS TEXT), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST("i"."eenheid_enum_id" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."frequentie_enum_id" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."wet_enum_id" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."levert_voorziening_leverancier_sociaal_domein_generiek_id" AS TEXT), '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_batch_seq", i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "_ggm_b"."seq" AS "_batch_seq",
    "_ggm_b"."batch_text" AS "_batch_text",
    "_ggm_b"."loaded_at" AS "_batch_loaded_at",
    "t"."_row_number" AS "_row_number",
    CASE WHEN "t"."afzender" IS NULL OR "t"."wet" IS NULL OR "t"."toewijzing_nummer" IS NULL THEN NULL ELSE CAST(CAST(('x0' || substr(md5(COALESCE(CASE WHEN strpos("t"."afzender", '\') = 0 AND strpos("t"."afzender", '|') = 0 THEN "t"."afzender" ELSE REPLACE(REPLACE("t"."afzender", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."wet", '\') = 0 AND strpos("t"."wet", '|') = 0 THEN "t"."wet" ELSE REPLACE(REPLACE("t"."wet", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."toewijzing_nummer", '\') = 0 AND strpos("t"."toewijzing_nummer", '|') = 0 THEN "t"."toewijzing_nummer" ELSE REPLACE(REPLACE("t"."toewijzing_nummer", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIT(64)) AS BIGINT) END AS "_key",
    "t"."afzender" AS "_key_1",
    "t"."wet" AS "_key_2",
    "t"."toewijzing_nummer" AS "_key_3",
    CAST("_ggm_b"."loaded_at" AS TIMESTAMP) AS "_valid_from",
    CAST(CASE WHEN (trim("t"."toewijzing_nummer") ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim("t"."toewijzing_nummer") AS BIGINT) END AS INTEGER) AS "toewijzingnummer",
    "t"."toewijzing_nummer" AS "_in_toewijzingnummer",
    CAST(CASE WHEN (trim("l"."toewijzingsdatum") ~ '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN "meta"."ggm_try_date"(trim("l"."toewijzingsdatum"), 'YYYY-MM-DD') END AS DATE) AS "datum_toewijzing",
    "l"."toewijzingsdatum" AS "_in_datum_toewijzing",
    CAST(CASE WHEN (trim("l"."ingangsdatum") ~ '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN "meta"."ggm_try_date"(trim("l"."ingangsdatum"), 'YYYY-MM-DD') END AS DATE) AS "datum_start_toewijzing",
    "l"."ingangsdatum" AS "_in_datum_start_toewijzing",
    CAST(CASE WHEN (trim("l"."einddatum") ~ '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN "meta"."ggm_try_date"(trim("l"."einddatum"), 'YYYY-MM-DD') END AS DATE) AS "datum_einde_toewijzing",
    "l"."einddatum" AS "_in_datum_einde_toewijzing",
    CAST(CASE WHEN (trim("l"."reden_wijziging") ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim("l"."reden_wijziging") AS BIGINT) END AS INTEGER) AS "reden_wijziging",
    "l"."reden_wijziging" AS "_in_reden_wijziging",
    CAST(CASE WHEN (trim("l"."omvang_volume") ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim("l"."omvang_volume") AS BIGINT) END AS INTEGER) AS "omvang",
    "l"."omvang_volume" AS "_in_omvang",
    CAST("l"."commentaar" AS TEXT) AS "commentaar",
    substr(CAST(concat("l"."product_categorie", "l"."product_code") AS TEXT), 1, 20) AS "code",
    CAST(concat("l"."product_categorie", "l"."product_code") AS TEXT) AS "_in_code",
    CAST(CASE "l"."omvang_eenheid" WHEN '01' THEN 1 WHEN '04' THEN 2 WHEN '14' THEN 3 WHEN '16' THEN 4 WHEN '82' THEN 5 WHEN '83' THEN 6 WHEN '84' THEN 5 END AS INTEGER) AS "eenheid_enum_id",
    "l"."omvang_eenheid" AS "_in_eenheid_enum_id",
    CAST(CASE "l"."omvang_frequentie" WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '4' THEN 4 WHEN '6' THEN 6 END AS INTEGER) AS "frequentie_enum_id",
    "l"."omvang_frequentie" AS "_in_frequentie_enum_id",
    CAST(CASE "t"."wet" WHEN 'WMO' THEN 2 WHEN 'JW' THEN 3 END AS INTEGER) AS "wet_enum_id",
    "t"."wet" AS "_in_wet_enum_id",
    CASE WHEN "t"."ontvanger" IS NULL THEN NULL ELSE CAST(CAST(('x0' || substr(md5(COALESCE(CASE WHEN strpos("t"."ontvanger", '\') = 0 AND strpos("t"."ontvanger", '|') = 0 THEN "t"."ontvanger" ELSE REPLACE(REPLACE("t"."ontvanger", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIT(64)) AS BIGINT) END AS "levert_voorziening_leverancier_sociaal_domein_generiek_id"
  FROM {{ source('bronze', 'istandaarden') }} "t"
  JOIN "ggm_batch" "_ggm_b" ON "t"."_batch_id" = "_ggm_b".batch_id
  LEFT JOIN (SELECT DISTINCT ON ("l"."afzender", "l"."wet", "l"."toewijzing_nummer") "l".* FROM {{ source('bronze', 'istandaarden') }} "l" WHERE ("l"."regel_soort" = 'toewijzing') ORDER BY "l"."afzender", "l"."wet", "l"."toewijzing_nummer", "l"."toewijzingsdatum" DESC NULLS LAST, "l"."toewijzingstijd" DESC NULLS LAST, "l"."identificatie" DESC NULLS LAST, "l"."_loaded_at" DESC, CAST("l"."_batch_id" AS TEXT) DESC, "l"."_row_number" DESC) "l" ON ((("l"."afzender" = "t"."afzender") AND ("l"."wet" = "t"."wet")) AND ("l"."toewijzing_nummer" = "t"."toewijzing_nummer"))
  WHERE (("t"."regel_soort" = 'toewijzing'))
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
  s."_key" AS "toewijzing_id",
  s."toewijzingnummer" AS "toewijzingnummer",
  s."datum_toewijzing" AS "datum_toewijzing",
  s."datum_start_toewijzing" AS "datum_start_toewijzing",
  s."datum_einde_toewijzing" AS "datum_einde_toewijzing",
  s."reden_wijziging" AS "reden_wijziging",
  s."omvang" AS "omvang",
  s."commentaar" AS "commentaar",
  s."code" AS "code",
  s."eenheid_enum_id" AS "eenheid_enum_id",
  s."frequentie_enum_id" AS "frequentie_enum_id",
  s."wet_enum_id" AS "wet_enum_id",
  s."levert_voorziening_leverancier_sociaal_domein_generiek_id" AS "levert_voorziening_leverancier_sociaal_domein_generiek_id",
  s."_valid_from" AS "valid_from",
  NULL AS "valid_to",
  s."_batch_loaded_at" AS "registered_at",
  s."_batch_text" AS "load_batch_id",
  'istandaarden-toewijzing' AS "load_source",
  LOCALTIMESTAMP AS "loaded_at",
  s."_row_hash" AS "row_hash"
FROM "ggm_chain" s
WHERE s."_last_change"
