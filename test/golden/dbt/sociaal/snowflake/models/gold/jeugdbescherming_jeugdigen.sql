{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric jeugdbescherming_jeugdigen (examples/sociaal/gold/jeugdbescherming-jeugdigen.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (SELECT * FROM (VALUES
  ('2024H1', DATE '2024-01-01', DATE '2024-06-30', 'halfyear', DATE '2024-06-30'),
  ('2024H2', DATE '2024-07-01', DATE '2024-12-31', 'halfyear', DATE '2024-12-31'),
  ('2025H1', DATE '2025-01-01', DATE '2025-06-30', 'halfyear', DATE '2025-06-30'),
  ('2025H2', DATE '2025-07-01', DATE '2025-12-31', 'halfyear', DATE '2025-12-31'),
  ('2024', DATE '2024-01-01', DATE '2024-12-31', 'year', DATE '2024-12-31'),
  ('2025', DATE '2025-01-01', DATE '2025-12-31', 'year', DATE '2025-12-31'))),
ggm_facts AS (
  SELECT x.bsn AS ggm_person, t.datum_start_toewijzing AS ggm_start, t.datum_einde_toewijzing AS ggm_end, NULL AS ggm_measure, CASE WHEN REGEXP_LIKE(trim(n.datum_geboorte), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(n.datum_geboorte), 'YYYY-MM-DD') END AS ggm_birth
  FROM {{ ref('toewijzing') }} "t"
  LEFT JOIN {{ ref('leverancier_sociaal_domein_generiek') }} "a" ON "a"."rechtspersoon_id" = "t"."levert_voorziening_leverancier_sociaal_domein_generiek_id" AND "a"."valid_to" IS NULL
  LEFT JOIN {{ source('sociaal_ext', 'toewijzing_extensie') }} "x" ON ((((x.wet = CASE WHEN (CASE t.wet_enum_id WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 'WMO' WHEN (CASE t.wet_enum_id WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') THEN 'JW' END) AND (x.toewijzing_nummer = CAST(t.toewijzingnummer AS VARCHAR))) AND (x.aanbieder = a.agb_code)))
  LEFT JOIN {{ ref('natuurlijk_persoon') }} "n" ON ((n.burgerservicenummer = x.bsn)) AND "n"."valid_to" IS NULL
  WHERE "t"."valid_to" IS NULL AND ((((CASE t.wet_enum_id WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') AND (coalesce(t.reden_wijziging, 0) <> 13)) AND (x.bsn IS NOT NULL)) AND (substr(t.code, 1, 2) = '48'))
),
ggm_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, f.ggm_measure AS ggm_measure
  FROM ggm_periods p JOIN ggm_facts f ON f.ggm_start <= p.periode_eind AND (f.ggm_end IS NULL OR f.ggm_end >= p.periode_start) AND CAST(FLOOR(((EXTRACT(YEAR FROM p.peildatum) * 10000 + EXTRACT(MONTH FROM p.peildatum) * 100 + EXTRACT(DAY FROM p.peildatum)) - (EXTRACT(YEAR FROM f.ggm_birth) * 10000 + EXTRACT(MONTH FROM f.ggm_birth) * 100 + EXTRACT(DAY FROM f.ggm_birth))) / 10000) AS INTEGER) >= 0 AND CAST(FLOOR(((EXTRACT(YEAR FROM p.peildatum) * 10000 + EXTRACT(MONTH FROM p.peildatum) * 100 + EXTRACT(DAY FROM p.peildatum)) - (EXTRACT(YEAR FROM f.ggm_birth) * 10000 + EXTRACT(MONTH FROM f.ggm_birth) * 100 + EXTRACT(DAY FROM f.ggm_birth))) / 10000) AS INTEGER) <= 17
),
ggm_num AS (
  SELECT c.periode, c.periode_start, c.periode_eind, c.grain, COUNT(DISTINCT c.ggm_person) AS teller, COUNT(DISTINCT c.ggm_person) AS ggm_persons
  FROM ggm_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain
),
ggm_population AS (
  SELECT p.rechtspersoon_id AS ggm_person, p.datum_inschrijving_gemeente AS ggm_start, CASE WHEN ((CASE WHEN REGEXP_LIKE(trim(p__natuurlijk_persoon.datum_overlijden), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p__natuurlijk_persoon.datum_overlijden), 'YYYY-MM-DD') END IS NOT NULL) AND ((p.datum_opschorting_bijhouding IS NULL) OR (CASE WHEN REGEXP_LIKE(trim(p__natuurlijk_persoon.datum_overlijden), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p__natuurlijk_persoon.datum_overlijden), 'YYYY-MM-DD') END < p.datum_opschorting_bijhouding))) THEN CASE WHEN REGEXP_LIKE(trim(p__natuurlijk_persoon.datum_overlijden), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p__natuurlijk_persoon.datum_overlijden), 'YYYY-MM-DD') END ELSE p.datum_opschorting_bijhouding END AS ggm_end, CASE WHEN REGEXP_LIKE(trim(p__natuurlijk_persoon.datum_geboorte), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p__natuurlijk_persoon.datum_geboorte), 'YYYY-MM-DD') END AS ggm_birth
  FROM {{ ref('ingeschreven_persoon') }} "p"
  LEFT JOIN {{ ref('natuurlijk_persoon') }} "p__natuurlijk_persoon" ON "p__natuurlijk_persoon"."rechtspersoon_id" = "p"."rechtspersoon_id" AND "p__natuurlijk_persoon"."valid_to" IS NULL
  WHERE "p"."valid_to" IS NULL AND (p.datum_inschrijving_gemeente IS NOT NULL)
),
ggm_den_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person
  FROM ggm_periods p JOIN ggm_population f ON (f.ggm_start IS NULL OR f.ggm_start <= p.peildatum) AND (f.ggm_end IS NULL OR f.ggm_end > p.peildatum) AND CAST(FLOOR(((EXTRACT(YEAR FROM p.peildatum) * 10000 + EXTRACT(MONTH FROM p.peildatum) * 100 + EXTRACT(DAY FROM p.peildatum)) - (EXTRACT(YEAR FROM f.ggm_birth) * 10000 + EXTRACT(MONTH FROM f.ggm_birth) * 100 + EXTRACT(DAY FROM f.ggm_birth))) / 10000) AS INTEGER) >= 0 AND CAST(FLOOR(((EXTRACT(YEAR FROM p.peildatum) * 10000 + EXTRACT(MONTH FROM p.peildatum) * 100 + EXTRACT(DAY FROM p.peildatum)) - (EXTRACT(YEAR FROM f.ggm_birth) * 10000 + EXTRACT(MONTH FROM f.ggm_birth) * 100 + EXTRACT(DAY FROM f.ggm_birth))) / 10000) AS INTEGER) <= 17
),
ggm_den AS (
  SELECT c.periode, COUNT(DISTINCT c.ggm_person) AS noemer
  FROM ggm_den_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain
)
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.teller AS "teller", d.noemer AS "noemer", n.ggm_persons AS "personen"
FROM ggm_num n
LEFT JOIN ggm_den d ON d.periode = n.periode
ORDER BY n.grain, n.periode
