{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-declaratie → silver.declaratie_generiek_jeugd_en_wmo (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratie)
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
  i."declaratie_bedrag",
  i."datum_declaratie",
  CASE WHEN i."_in_datum_declaratie" IS NOT NULL AND i."datum_declaratie" IS NULL THEN i."_in_datum_declaratie" END AS "_in_datum_declaratie",
  i."ingediend_door_leverancier_sociaal_domein_generiek_id",
  md5(COALESCE(CAST("i"."declaratie_bedrag" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."datum_declaratie" AS TEXT), '\N') || '|' || COALESCE(CAST("i"."ingediend_door_leverancier_sociaal_domein_generiek_id" AS TEXT), '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_batch_seq", i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "_ggm_b"."seq" AS "_batch_seq",
    "_ggm_b"."batch_text" AS "_batch_text",
    "_ggm_b"."loaded_at" AS "_batch_loaded_at",
    "t"."_row_number" AS "_row_number",
    CASE WHEN "t"."afzender" IS NULL OR "t"."wet" IS NULL OR "t"."declaratie_nummer" IS NULL THEN NULL ELSE CAST(CAST(('x0' || substr(md5(COALESCE(CASE WHEN strpos("t"."afzender", '\') = 0 AND strpos("t"."afzender", '|') = 0 THEN "t"."afzender" ELSE REPLACE(REPLACE("t"."afzender", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."wet", '\') = 0 AND strpos("t"."wet", '|') = 0 THEN "t"."wet" ELSE REPLACE(REPLACE("t"."wet", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."declaratie_nummer", '\') = 0 AND strpos("t"."declaratie_nummer", '|') = 0 THEN "t"."declaratie_nummer" ELSE REPLACE(REPLACE("t"."declaratie_nummer", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIT(64)) AS BIGINT) END AS "_key",
    "t"."afzender" AS "_key_1",
    "t"."wet" AS "_key_2",
    "t"."declaratie_nummer" AS "_key_3",
    CAST("_ggm_b"."loaded_at" AS TIMESTAMP) AS "_valid_from",
    CAST(CASE WHEN ("t"."totaal_ingediend_dc" = 'C') THEN (0 - CASE WHEN (trim("t"."totaal_ingediend_cent") ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim("t"."totaal_ingediend_cent") AS BIGINT) END) ELSE CASE WHEN (trim("t"."totaal_ingediend_cent") ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim("t"."totaal_ingediend_cent") AS BIGINT) END END AS INTEGER) AS "declaratie_bedrag",
    CAST(CASE WHEN (trim(replace("t"."declaratie_dagtekening", '-', '')) ~ '^[+-]?[0-9]{1,18}$') THEN CAST(trim(replace("t"."declaratie_dagtekening", '-', '')) AS BIGINT) END AS INTEGER) AS "datum_declaratie",
    replace("t"."declaratie_dagtekening", '-', '') AS "_in_datum_declaratie",
    CASE WHEN "t"."afzender" IS NULL THEN NULL ELSE CAST(CAST(('x0' || substr(md5(COALESCE(CASE WHEN strpos("t"."afzender", '\') = 0 AND strpos("t"."afzender", '|') = 0 THEN "t"."afzender" ELSE REPLACE(REPLACE("t"."afzender", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIT(64)) AS BIGINT) END AS "ingediend_door_leverancier_sociaal_domein_generiek_id"
  FROM {{ source('bronze', 'istandaarden') }} "t"
  JOIN "ggm_batch" "_ggm_b" ON "t"."_batch_id" = "_ggm_b".batch_id
  WHERE ((("t"."regel_soort" = 'prestatie') AND ("t"."regel_index" = '1')))
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
  s."_key" AS "declaratie_generiek_jeugd_en_wmo_id",
  s."declaratie_bedrag" AS "declaratie_bedrag",
  s."datum_declaratie" AS "datum_declaratie",
  s."ingediend_door_leverancier_sociaal_domein_generiek_id" AS "ingediend_door_leverancier_sociaal_domein_generiek_id",
  s."_valid_from" AS "valid_from",
  NULL AS "valid_to",
  s."_batch_loaded_at" AS "registered_at",
  s."_batch_text" AS "load_batch_id",
  'istandaarden-declaratie' AS "load_source",
  LOCALTIMESTAMP AS "loaded_at",
  s."_row_hash" AS "row_hash"
FROM "ggm_chain" s
WHERE s."_last_change"
