{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-verzoek-om-toewijzing → silver.verzoek_om_toewijzing (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Verzoek om Toewijzing)
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
  i.referentie_aanbieder,
  CASE WHEN length(i."_IN_REFERENTIE_AANBIEDER") > 40 THEN i."_IN_REFERENTIE_AANBIEDER" END AS "_IN_REFERENTIE_AANBIEDER",
  i.beschikkingsnummer,
  CASE WHEN length(i."_IN_BESCHIKKINGSNUMMER") > 40 THEN i."_IN_BESCHIKKINGSNUMMER" END AS "_IN_BESCHIKKINGSNUMMER",
  i.datum_ingang_beschikking,
  CASE WHEN i."_IN_DATUM_INGANG_BESCHIKKING" IS NOT NULL AND i.datum_ingang_beschikking IS NULL THEN i."_IN_DATUM_INGANG_BESCHIKKING" END AS "_IN_DATUM_INGANG_BESCHIKKING",
  i.datum_ingang_toewijzing,
  CASE WHEN i."_IN_DATUM_INGANG_TOEWIJZING" IS NOT NULL AND i.datum_ingang_toewijzing IS NULL THEN i."_IN_DATUM_INGANG_TOEWIJZING" END AS "_IN_DATUM_INGANG_TOEWIJZING",
  i.datum_einde_toewijzing,
  CASE WHEN i."_IN_DATUM_EINDE_TOEWIJZING" IS NOT NULL AND i.datum_einde_toewijzing IS NULL THEN i."_IN_DATUM_EINDE_TOEWIJZING" END AS "_IN_DATUM_EINDE_TOEWIJZING",
  i.datum_ontvangst,
  CASE WHEN i."_IN_DATUM_ONTVANGST" IS NOT NULL AND i.datum_ontvangst IS NULL THEN i."_IN_DATUM_ONTVANGST" END AS "_IN_DATUM_ONTVANGST",
  i.volume,
  CASE WHEN i."_IN_VOLUME" IS NOT NULL AND i.volume IS NULL THEN i."_IN_VOLUME" END AS "_IN_VOLUME",
  i.eenheid_enum_id,
  CASE WHEN i."_IN_EENHEID_ENUM_ID" IS NOT NULL AND i.eenheid_enum_id IS NULL THEN i."_IN_EENHEID_ENUM_ID" END AS "_IN_EENHEID_ENUM_ID",
  i.frequentie_enum_id,
  CASE WHEN i."_IN_FREQUENTIE_ENUM_ID" IS NOT NULL AND i.frequentie_enum_id IS NULL THEN i."_IN_FREQUENTIE_ENUM_ID" END AS "_IN_FREQUENTIE_ENUM_ID",
  i.verwijzer,
  CASE WHEN length(i."_IN_VERWIJZER") > 200 THEN i."_IN_VERWIJZER" END AS "_IN_VERWIJZER",
  i.soort_verwijzer_enum_id,
  CASE WHEN i."_IN_SOORT_VERWIJZER_ENUM_ID" IS NOT NULL AND i.soort_verwijzer_enum_id IS NULL THEN i."_IN_SOORT_VERWIJZER_ENUM_ID" END AS "_IN_SOORT_VERWIJZER_ENUM_ID",
  i.raamcontract,
  i.leverancier_leverancier_sociaal_domein_generiek_id,
  i.betreft_client_id,
  i.leidt_tot_beschikking_id,
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.referentie_aanbieder AS VARCHAR)) = 0 AND POSITION('|', CAST(i.referentie_aanbieder AS VARCHAR)) = 0 THEN CAST(i.referentie_aanbieder AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.referentie_aanbieder AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.beschikkingsnummer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.beschikkingsnummer AS VARCHAR)) = 0 THEN CAST(i.beschikkingsnummer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.beschikkingsnummer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.datum_ingang_beschikking AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_ingang_toewijzing AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_einde_toewijzing AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_ontvangst AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.volume AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.eenheid_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.frequentie_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.verwijzer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.verwijzer AS VARCHAR)) = 0 THEN CAST(i.verwijzer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.verwijzer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.soort_verwijzer_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.raamcontract AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.leverancier_leverancier_sociaal_domein_generiek_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.betreft_client_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.leidt_tot_beschikking_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.afzender IS NULL OR t.wet IS NULL OR t.referentie_aanbieder IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.referentie_aanbieder) = 0 AND POSITION('|', t.referentie_aanbieder) = 0 THEN t.referentie_aanbieder ELSE REPLACE(REPLACE(t.referentie_aanbieder, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.afzender AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.referentie_aanbieder AS "_KEY_3",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(t.referentie_aanbieder AS VARCHAR), 1, 40) AS referentie_aanbieder,
    CAST(t.referentie_aanbieder AS VARCHAR) AS "_IN_REFERENTIE_AANBIEDER",
    substr(CAST(t.beschikking_nummer AS VARCHAR), 1, 40) AS beschikkingsnummer,
    CAST(t.beschikking_nummer AS VARCHAR) AS "_IN_BESCHIKKINGSNUMMER",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.ingangsdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.ingangsdatum), 'YYYY-MM-DD') END AS DATE) AS datum_ingang_beschikking,
    t.ingangsdatum AS "_IN_DATUM_INGANG_BESCHIKKING",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.toewijzing_ingangsdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.toewijzing_ingangsdatum), 'YYYY-MM-DD') END AS DATE) AS datum_ingang_toewijzing,
    t.toewijzing_ingangsdatum AS "_IN_DATUM_INGANG_TOEWIJZING",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.einddatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.einddatum), 'YYYY-MM-DD') END AS DATE) AS datum_einde_toewijzing,
    t.einddatum AS "_IN_DATUM_EINDE_TOEWIJZING",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.dagtekening), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(t.dagtekening), 'YYYY-MM-DD') END AS DATE) AS datum_ontvangst,
    t.dagtekening AS "_IN_DATUM_ONTVANGST",
    CAST(CASE WHEN REGEXP_LIKE(trim(t.omvang_volume), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(t.omvang_volume) AS BIGINT) END AS INTEGER) AS volume,
    t.omvang_volume AS "_IN_VOLUME",
    CAST(CASE t.omvang_eenheid WHEN '01' THEN 1 WHEN '04' THEN 2 WHEN '14' THEN 3 WHEN '16' THEN 4 WHEN '82' THEN 5 WHEN '83' THEN 6 WHEN '84' THEN 5 END AS INTEGER) AS eenheid_enum_id,
    t.omvang_eenheid AS "_IN_EENHEID_ENUM_ID",
    CAST(CASE t.omvang_frequentie WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '4' THEN 4 WHEN '6' THEN 6 END AS INTEGER) AS frequentie_enum_id,
    t.omvang_frequentie AS "_IN_FREQUENTIE_ENUM_ID",
    substr(CAST(coalesce(t.verwijzer_naam, t.verwijzer_zorgverlenercode) AS VARCHAR), 1, 200) AS verwijzer,
    CAST(coalesce(t.verwijzer_naam, t.verwijzer_zorgverlenercode) AS VARCHAR) AS "_IN_VERWIJZER",
    CAST(CASE t.verwijzer_type WHEN '01' THEN 1 WHEN '02' THEN 2 WHEN '03' THEN 3 WHEN '04' THEN 4 WHEN '05' THEN 5 WHEN '06' THEN 6 WHEN '08' THEN 7 END AS INTEGER) AS soort_verwijzer_enum_id,
    t.verwijzer_type AS "_IN_SOORT_VERWIJZER_ENUM_ID",
    CAST(CASE WHEN (t.raamcontract = '1') THEN TRUE WHEN (t.raamcontract = '2') THEN FALSE END AS BOOLEAN) AS raamcontract,
    CASE WHEN t.afzender IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.afzender) = 0 AND POSITION('|', t.afzender) = 0 THEN t.afzender ELSE REPLACE(REPLACE(t.afzender, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS leverancier_leverancier_sociaal_domein_generiek_id,
    CASE WHEN t.bsn IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS betreft_client_id,
    CASE WHEN t.ontvanger IS NULL OR t.wet IS NULL OR t.beschikking_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.beschikking_nummer) = 0 AND POSITION('|', t.beschikking_nummer) = 0 THEN t.beschikking_nummer ELSE REPLACE(REPLACE(t.beschikking_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS leidt_tot_beschikking_id
  FROM {{ source('bronze', 'istandaarden') }} t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  WHERE ((t.regel_soort = 'aanvraag'))
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
  s."_KEY" AS verzoek_om_toewijzing_id,
  s.referentie_aanbieder AS referentie_aanbieder,
  s.beschikkingsnummer AS beschikkingsnummer,
  s.datum_ingang_beschikking AS datum_ingang_beschikking,
  s.datum_ingang_toewijzing AS datum_ingang_toewijzing,
  s.datum_einde_toewijzing AS datum_einde_toewijzing,
  s.datum_ontvangst AS datum_ontvangst,
  s.volume AS volume,
  s.eenheid_enum_id AS eenheid_enum_id,
  s.frequentie_enum_id AS frequentie_enum_id,
  s.verwijzer AS verwijzer,
  s.soort_verwijzer_enum_id AS soort_verwijzer_enum_id,
  s.raamcontract AS raamcontract,
  s.leverancier_leverancier_sociaal_domein_generiek_id AS leverancier_leverancier_sociaal_domein_generiek_id,
  s.betreft_client_id AS betreft_client_id,
  s.leidt_tot_beschikking_id AS leidt_tot_beschikking_id,
  s."_VALID_FROM" AS valid_from,
  NULL AS valid_to,
  s."_BATCH_LOADED_AT" AS registered_at,
  s."_BATCH_TEXT" AS load_batch_id,
  'istandaarden-verzoek-om-toewijzing' AS load_source,
  CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) AS loaded_at,
  s."_ROW_HASH" AS row_hash
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
