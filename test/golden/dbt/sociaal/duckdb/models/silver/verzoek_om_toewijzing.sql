{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-verzoek-om-toewijzing → silver.verzoek_om_toewijzing (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Verzoek om Toewijzing)
-- history: none; generated from the load plan for duckdb (ggm compile --engine duckdb); do not edit
WITH "ggm_batch" AS (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_batch_id" AS batch_id, MIN(CAST("_loaded_at" AS TIMESTAMP)) AS loaded_at FROM {{ source('bronze', 'istandaarden') }} GROUP BY "_batch_id") b) p
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
  i."referentie_aanbieder",
  CASE WHEN length(i."_in_referentie_aanbieder") > 40 THEN i."_in_referentie_aanbieder" END AS "_in_referentie_aanbieder",
  i."beschikkingsnummer",
  CASE WHEN length(i."_in_beschikkingsnummer") > 40 THEN i."_in_beschikkingsnummer" END AS "_in_beschikkingsnummer",
  i."datum_ingang_beschikking",
  CASE WHEN i."_in_datum_ingang_beschikking" IS NOT NULL AND i."datum_ingang_beschikking" IS NULL THEN i."_in_datum_ingang_beschikking" END AS "_in_datum_ingang_beschikking",
  i."datum_ingang_toewijzing",
  CASE WHEN i."_in_datum_ingang_toewijzing" IS NOT NULL AND i."datum_ingang_toewijzing" IS NULL THEN i."_in_datum_ingang_toewijzing" END AS "_in_datum_ingang_toewijzing",
  i."datum_einde_toewijzing",
  CASE WHEN i."_in_datum_einde_toewijzing" IS NOT NULL AND i."datum_einde_toewijzing" IS NULL THEN i."_in_datum_einde_toewijzing" END AS "_in_datum_einde_toewijzing",
  i."datum_ontvangst",
  CASE WHEN i."_in_datum_ontvangst" IS NOT NULL AND i."datum_ontvangst" IS NULL THEN i."_in_datum_ontvangst" END AS "_in_datum_ontvangst",
  i."volume",
  CASE WHEN i."_in_volume" IS NOT NULL AND i."volume" IS NULL THEN i."_in_volume" END AS "_in_volume",
  i."eenheid_enum_id",
  CASE WHEN i."_in_eenheid_enum_id" IS NOT NULL AND i."eenheid_enum_id" IS NULL THEN i."_in_eenheid_enum_id" END AS "_in_eenheid_enum_id",
  i."frequentie_enum_id",
  CASE WHEN i."_in_frequentie_enum_id" IS NOT NULL AND i."frequentie_enum_id" IS NULL THEN i."_in_frequentie_enum_id" END AS "_in_frequentie_enum_id",
  i."verwijzer",
  CASE WHEN length(i."_in_verwijzer") > 200 THEN i."_in_verwijzer" END AS "_in_verwijzer",
  i."soort_verwijzer_enum_id",
  CASE WHEN i."_in_soort_verwijzer_enum_id" IS NOT NULL AND i."soort_verwijzer_enum_id" IS NULL THEN i."_in_soort_verwijzer_enum_id" END AS "_in_soort_verwijzer_enum_id",
  i."raamcontract",
  i."leverancier_leverancier_sociaal_domein_generiek_id",
  i."betreft_client_id",
  i."leidt_tot_beschikking_id",
  md5(COALESCE(CASE WHEN strpos(CAST("i"."referentie_aanbieder" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."referentie_aanbieder" AS VARCHAR), '|') = 0 THEN CAST("i"."referentie_aanbieder" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."referentie_aanbieder" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."beschikkingsnummer" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."beschikkingsnummer" AS VARCHAR), '|') = 0 THEN CAST("i"."beschikkingsnummer" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."beschikkingsnummer" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST("i"."datum_ingang_beschikking" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."datum_ingang_toewijzing" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."datum_einde_toewijzing" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."datum_ontvangst" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."volume" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."eenheid_enum_id" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."frequentie_enum_id" AS VARCHAR), '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."verwijzer" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."verwijzer" AS VARCHAR), '|') = 0 THEN CAST("i"."verwijzer" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."verwijzer" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST("i"."soort_verwijzer_enum_id" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."raamcontract" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."leverancier_leverancier_sociaal_domein_generiek_id" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."betreft_client_id" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."leidt_tot_beschikking_id" AS VARCHAR), '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_batch_seq", i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "_ggm_b"."seq" AS "_batch_seq",
    "_ggm_b"."batch_text" AS "_batch_text",
    "_ggm_b"."loaded_at" AS "_batch_loaded_at",
    "t"."_row_number" AS "_row_number",
    CASE WHEN "t"."afzender" IS NULL OR "t"."wet" IS NULL OR "t"."referentie_aanbieder" IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("t"."afzender", '\') = 0 AND strpos("t"."afzender", '|') = 0 THEN "t"."afzender" ELSE REPLACE(REPLACE("t"."afzender", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."wet", '\') = 0 AND strpos("t"."wet", '|') = 0 THEN "t"."wet" ELSE REPLACE(REPLACE("t"."wet", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."referentie_aanbieder", '\') = 0 AND strpos("t"."referentie_aanbieder", '|') = 0 THEN "t"."referentie_aanbieder" ELSE REPLACE(REPLACE("t"."referentie_aanbieder", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIGINT) END AS "_key",
    "t"."afzender" AS "_key_1",
    "t"."wet" AS "_key_2",
    "t"."referentie_aanbieder" AS "_key_3",
    CAST("_ggm_b"."loaded_at" AS TIMESTAMP) AS "_valid_from",
    substr(CAST("t"."referentie_aanbieder" AS VARCHAR), 1, 40) AS "referentie_aanbieder",
    CAST("t"."referentie_aanbieder" AS VARCHAR) AS "_in_referentie_aanbieder",
    substr(CAST("t"."beschikking_nummer" AS VARCHAR), 1, 40) AS "beschikkingsnummer",
    CAST("t"."beschikking_nummer" AS VARCHAR) AS "_in_beschikkingsnummer",
    CAST(CASE WHEN regexp_matches(trim("t"."ingangsdatum"), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_strptime(trim("t"."ingangsdatum"), '%Y-%m-%d') AS DATE) END AS DATE) AS "datum_ingang_beschikking",
    "t"."ingangsdatum" AS "_in_datum_ingang_beschikking",
    CAST(CASE WHEN regexp_matches(trim("t"."toewijzing_ingangsdatum"), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_strptime(trim("t"."toewijzing_ingangsdatum"), '%Y-%m-%d') AS DATE) END AS DATE) AS "datum_ingang_toewijzing",
    "t"."toewijzing_ingangsdatum" AS "_in_datum_ingang_toewijzing",
    CAST(CASE WHEN regexp_matches(trim("t"."einddatum"), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_strptime(trim("t"."einddatum"), '%Y-%m-%d') AS DATE) END AS DATE) AS "datum_einde_toewijzing",
    "t"."einddatum" AS "_in_datum_einde_toewijzing",
    CAST(CASE WHEN regexp_matches(trim("t"."dagtekening"), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN CAST(try_strptime(trim("t"."dagtekening"), '%Y-%m-%d') AS DATE) END AS DATE) AS "datum_ontvangst",
    "t"."dagtekening" AS "_in_datum_ontvangst",
    CAST(CASE WHEN regexp_matches(trim("t"."omvang_volume"), '^[+-]?[0-9]{1,18}$') THEN CAST(trim("t"."omvang_volume") AS BIGINT) END AS INTEGER) AS "volume",
    "t"."omvang_volume" AS "_in_volume",
    CAST(CASE "t"."omvang_eenheid" WHEN '01' THEN 1 WHEN '04' THEN 2 WHEN '14' THEN 3 WHEN '16' THEN 4 WHEN '82' THEN 5 WHEN '83' THEN 6 WHEN '84' THEN 5 END AS INTEGER) AS "eenheid_enum_id",
    "t"."omvang_eenheid" AS "_in_eenheid_enum_id",
    CAST(CASE "t"."omvang_frequentie" WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '4' THEN 4 WHEN '6' THEN 6 END AS INTEGER) AS "frequentie_enum_id",
    "t"."omvang_frequentie" AS "_in_frequentie_enum_id",
    substr(CAST(coalesce("t"."verwijzer_naam", "t"."verwijzer_zorgverlenercode") AS VARCHAR), 1, 200) AS "verwijzer",
    CAST(coalesce("t"."verwijzer_naam", "t"."verwijzer_zorgverlenercode") AS VARCHAR) AS "_in_verwijzer",
    CAST(CASE "t"."verwijzer_type" WHEN '01' THEN 1 WHEN '02' THEN 2 WHEN '03' THEN 3 WHEN '04' THEN 4 WHEN '05' THEN 5 WHEN '06' THEN 6 WHEN '08' THEN 7 END AS INTEGER) AS "soort_verwijzer_enum_id",
    "t"."verwijzer_type" AS "_in_soort_verwijzer_enum_id",
    CAST(CASE WHEN ("t"."raamcontract" = '1') THEN TRUE WHEN ("t"."raamcontract" = '2') THEN FALSE END AS BOOLEAN) AS "raamcontract",
    CASE WHEN "t"."afzender" IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("t"."afzender", '\') = 0 AND strpos("t"."afzender", '|') = 0 THEN "t"."afzender" ELSE REPLACE(REPLACE("t"."afzender", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIGINT) END AS "leverancier_leverancier_sociaal_domein_generiek_id",
    CASE WHEN "t"."bsn" IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("t"."bsn", '\') = 0 AND strpos("t"."bsn", '|') = 0 THEN "t"."bsn" ELSE REPLACE(REPLACE("t"."bsn", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIGINT) END AS "betreft_client_id",
    CASE WHEN "t"."ontvanger" IS NULL OR "t"."wet" IS NULL OR "t"."beschikking_nummer" IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("t"."ontvanger", '\') = 0 AND strpos("t"."ontvanger", '|') = 0 THEN "t"."ontvanger" ELSE REPLACE(REPLACE("t"."ontvanger", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."wet", '\') = 0 AND strpos("t"."wet", '|') = 0 THEN "t"."wet" ELSE REPLACE(REPLACE("t"."wet", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos("t"."beschikking_nummer", '\') = 0 AND strpos("t"."beschikking_nummer", '|') = 0 THEN "t"."beschikking_nummer" ELSE REPLACE(REPLACE("t"."beschikking_nummer", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIGINT) END AS "leidt_tot_beschikking_id"
  FROM {{ source('bronze', 'istandaarden') }} "t"
  JOIN "ggm_batch" "_ggm_b" ON "t"."_batch_id" = "_ggm_b".batch_id
  WHERE (("t"."regel_soort" = 'aanvraag'))
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
  s."_key" AS "verzoek_om_toewijzing_id",
  s."referentie_aanbieder" AS "referentie_aanbieder",
  s."beschikkingsnummer" AS "beschikkingsnummer",
  s."datum_ingang_beschikking" AS "datum_ingang_beschikking",
  s."datum_ingang_toewijzing" AS "datum_ingang_toewijzing",
  s."datum_einde_toewijzing" AS "datum_einde_toewijzing",
  s."datum_ontvangst" AS "datum_ontvangst",
  s."volume" AS "volume",
  s."eenheid_enum_id" AS "eenheid_enum_id",
  s."frequentie_enum_id" AS "frequentie_enum_id",
  s."verwijzer" AS "verwijzer",
  s."soort_verwijzer_enum_id" AS "soort_verwijzer_enum_id",
  s."raamcontract" AS "raamcontract",
  s."leverancier_leverancier_sociaal_domein_generiek_id" AS "leverancier_leverancier_sociaal_domein_generiek_id",
  s."betreft_client_id" AS "betreft_client_id",
  s."leidt_tot_beschikking_id" AS "leidt_tot_beschikking_id",
  s."_valid_from" AS "valid_from",
  NULL AS "valid_to",
  s."_batch_loaded_at" AS "registered_at",
  s."_batch_text" AS "load_batch_id",
  'istandaarden-verzoek-om-toewijzing' AS "load_source",
  CAST(current_timestamp AS TIMESTAMP) AS "loaded_at",
  s."_row_hash" AS "row_hash"
FROM "ggm_chain" s
WHERE s."_last_change"
