{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric kosten_per_inwoner (examples/sociaal/gold/kosten-per-inwoner.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (SELECT '2024H1', CAST('2024-01-01' AS DATE), CAST('2024-06-30' AS DATE), 'halfyear', CAST('2024-06-30' AS DATE)
  UNION ALL SELECT '2024H2', CAST('2024-07-01' AS DATE), CAST('2024-12-31' AS DATE), 'halfyear', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025H1', CAST('2025-01-01' AS DATE), CAST('2025-06-30' AS DATE), 'halfyear', CAST('2025-06-30' AS DATE)
  UNION ALL SELECT '2025H2', CAST('2025-07-01' AS DATE), CAST('2025-12-31' AS DATE), 'halfyear', CAST('2025-12-31' AS DATE)
  UNION ALL SELECT '2024', CAST('2024-01-01' AS DATE), CAST('2024-12-31' AS DATE), 'year', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025', CAST('2025-01-01' AS DATE), CAST('2025-12-31' AS DATE), 'year', CAST('2025-12-31' AS DATE)),
ggm_facts AS (
  SELECT NULL AS ggm_person, [d].[datum_start] AS ggm_start, [d].[datum_start] AS ggm_end, [d].[bedrag] AS ggm_measure, CASE WHEN ((coalesce([t].[reden_wijziging], 0) <> 13) AND ((CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') OR (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet'))) THEN CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END END AS [ggm_d_wet]
  FROM {{ ref('declaratieregel') }} [d]
  LEFT JOIN {{ ref('toewijzing') }} [t] ON [t].[toewijzing_id] = [d].[is_op_basis_van_toewijzing_id] AND [t].[valid_to] IS NULL
  WHERE [d].[valid_to] IS NULL
),
ggm_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, f.ggm_measure AS ggm_measure, COALESCE(NULLIF(CAST(f.[ggm_d_wet] AS VARCHAR(MAX)), ''), 'Onbekend') AS [ggm_d_wet]
  FROM ggm_periods p JOIN ggm_facts f ON f.ggm_start >= p.periode_start AND f.ggm_start <= p.periode_eind
),
ggm_num AS (
  SELECT c.periode, c.periode_start, c.periode_eind, c.grain, CASE WHEN GROUPING(c.[ggm_d_wet]) = 1 THEN 'Totaal' ELSE c.[ggm_d_wet] END AS [ggm_d_wet], SUM(c.ggm_measure) AS teller, NULL AS ggm_persons
  FROM ggm_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain, CUBE(c.[ggm_d_wet])
),
ggm_population AS (
  SELECT [p].[rechtspersoon_id] AS ggm_person, [p].[datum_inschrijving_gemeente] AS ggm_start, CASE WHEN ((CASE WHEN REGEXP_LIKE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END IS NOT NULL) AND (([p].[datum_opschorting_bijhouding] IS NULL) OR (CASE WHEN REGEXP_LIKE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END < [p].[datum_opschorting_bijhouding]))) THEN CASE WHEN REGEXP_LIKE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p__natuurlijk_persoon].[datum_overlijden]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END ELSE [p].[datum_opschorting_bijhouding] END AS ggm_end, NULL AS ggm_birth
  FROM {{ ref('ingeschreven_persoon') }} [p]
  LEFT JOIN {{ ref('natuurlijk_persoon') }} [p__natuurlijk_persoon] ON [p__natuurlijk_persoon].[rechtspersoon_id] = [p].[rechtspersoon_id] AND [p__natuurlijk_persoon].[valid_to] IS NULL
  WHERE [p].[valid_to] IS NULL AND CASE WHEN ([p].[datum_inschrijving_gemeente] IS NOT NULL) THEN 1 WHEN NOT ([p].[datum_inschrijving_gemeente] IS NOT NULL) THEN 0 END
),
ggm_den_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person
  FROM ggm_periods p JOIN ggm_population f ON (f.ggm_start IS NULL OR f.ggm_start <= p.peildatum) AND (f.ggm_end IS NULL OR f.ggm_end > p.peildatum)
),
ggm_den AS (
  SELECT c.periode, COUNT(DISTINCT c.ggm_person) AS noemer
  FROM ggm_den_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain
)
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.[ggm_d_wet] AS [wet], n.teller AS [teller], d.noemer AS [noemer], n.ggm_persons AS [personen]
FROM ggm_num n
LEFT JOIN ggm_den d ON d.periode = n.periode
ORDER BY n.grain, n.periode, n.[ggm_d_wet]
