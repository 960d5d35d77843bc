{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric kosten (examples/sociaal/gold/kosten.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (SELECT '2024H1', CAST('2024-01-01' AS DATE), CAST('2024-06-30' AS DATE), 'halfyear', CAST('2024-06-30' AS DATE)
  UNION ALL SELECT '2024H2', CAST('2024-07-01' AS DATE), CAST('2024-12-31' AS DATE), 'halfyear', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025H1', CAST('2025-01-01' AS DATE), CAST('2025-06-30' AS DATE), 'halfyear', CAST('2025-06-30' AS DATE)
  UNION ALL SELECT '2025H2', CAST('2025-07-01' AS DATE), CAST('2025-12-31' AS DATE), 'halfyear', CAST('2025-12-31' AS DATE)
  UNION ALL SELECT '2024', CAST('2024-01-01' AS DATE), CAST('2024-12-31' AS DATE), 'year', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025', CAST('2025-01-01' AS DATE), CAST('2025-12-31' AS DATE), 'year', CAST('2025-12-31' AS DATE)),
ggm_facts AS (
  SELECT NULL AS ggm_person, [d].[datum_start] AS ggm_start, [d].[datum_start] AS ggm_end, [d].[bedrag] AS ggm_measure, CASE WHEN ((coalesce([t].[reden_wijziging], 0) <> 13) AND ((CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') OR (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet'))) THEN CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END END AS [ggm_d_wet], SUBSTRING([d].[code], 1, 2) AS [ggm_d_productcategorie]
  FROM {{ ref('declaratieregel') }} [d]
  LEFT JOIN {{ ref('toewijzing') }} [t] ON [t].[toewijzing_id] = [d].[is_op_basis_van_toewijzing_id] AND [t].[valid_to] IS NULL
  WHERE [d].[valid_to] IS NULL
),
ggm_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, f.ggm_measure AS ggm_measure, COALESCE(NULLIF(CAST(f.[ggm_d_wet] AS VARCHAR(MAX)), ''), 'Onbekend') AS [ggm_d_wet], COALESCE(NULLIF(CAST(f.[ggm_d_productcategorie] AS VARCHAR(MAX)), ''), 'Onbekend') AS [ggm_d_productcategorie]
  FROM ggm_periods p JOIN ggm_facts f ON f.ggm_start >= p.periode_start AND f.ggm_start <= p.periode_eind
),
ggm_num AS (
  SELECT c.periode, c.periode_start, c.periode_eind, c.grain, CASE WHEN GROUPING(c.[ggm_d_wet]) = 1 THEN 'Totaal' ELSE c.[ggm_d_wet] END AS [ggm_d_wet], CASE WHEN GROUPING(c.[ggm_d_productcategorie]) = 1 THEN 'Totaal' ELSE c.[ggm_d_productcategorie] END AS [ggm_d_productcategorie], SUM(c.ggm_measure) AS teller, NULL AS ggm_persons
  FROM ggm_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain, CUBE(c.[ggm_d_wet], c.[ggm_d_productcategorie])
)
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.[ggm_d_wet] AS [wet], n.[ggm_d_productcategorie] AS [productcategorie], n.teller AS [teller], NULL AS [noemer], n.ggm_persons AS [personen]
FROM ggm_num n
ORDER BY n.grain, n.periode, n.[ggm_d_wet], n.[ggm_d_productcategorie]
