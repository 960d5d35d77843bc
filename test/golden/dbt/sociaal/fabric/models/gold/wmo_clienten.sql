{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric wmo_clienten (examples/sociaal/gold/wmo-clienten.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (SELECT '2024H1', CAST('2024-01-01' AS DATE), CAST('2024-06-30' AS DATE), 'halfyear', CAST('2024-06-30' AS DATE)
  UNION ALL SELECT '2024H2', CAST('2024-07-01' AS DATE), CAST('2024-12-31' AS DATE), 'halfyear', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025H1', CAST('2025-01-01' AS DATE), CAST('2025-06-30' AS DATE), 'halfyear', CAST('2025-06-30' AS DATE)
  UNION ALL SELECT '2025H2', CAST('2025-07-01' AS DATE), CAST('2025-12-31' AS DATE), 'halfyear', CAST('2025-12-31' AS DATE)
  UNION ALL SELECT '2024', CAST('2024-01-01' AS DATE), CAST('2024-12-31' AS DATE), 'year', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025', CAST('2025-01-01' AS DATE), CAST('2025-12-31' AS DATE), 'year', CAST('2025-12-31' AS DATE)),
ggm_facts AS (
  SELECT [c].[rechtspersoon_id] AS ggm_person, [l].[datum_start] AS ggm_start, [l].[datum_stop] AS ggm_end, NULL AS ggm_measure, SUBSTRING([l].[code], 1, 2) AS [ggm_d_productcategorie]
  FROM {{ ref('levering') }} [l]
  LEFT JOIN {{ ref('toewijzing') }} [t] ON [t].[toewijzing_id] = [l].[geleverde_zorg_toewijzing_id] AND [t].[valid_to] IS NULL
  LEFT JOIN {{ ref('client') }} [c] ON [c].[rechtspersoon_id] = [l].[prestatie_voor_client_id] AND [c].[valid_to] IS NULL
  WHERE [l].[valid_to] IS NULL AND CASE WHEN (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 1 WHEN NOT (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 0 END
),
ggm_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, f.ggm_measure AS ggm_measure, COALESCE(NULLIF(CAST(f.[ggm_d_productcategorie] AS VARCHAR(MAX)), ''), 'Onbekend') AS [ggm_d_productcategorie]
  FROM ggm_periods p JOIN ggm_facts f ON f.ggm_start <= p.periode_eind AND (f.ggm_end IS NULL OR f.ggm_end >= p.periode_start)
),
ggm_num AS (
  SELECT c.periode, c.periode_start, c.periode_eind, c.grain, CASE WHEN GROUPING(c.[ggm_d_productcategorie]) = 1 THEN 'Totaal' ELSE c.[ggm_d_productcategorie] END AS [ggm_d_productcategorie], COUNT(DISTINCT c.ggm_person) AS teller, COUNT(DISTINCT c.ggm_person) AS ggm_persons
  FROM ggm_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain, CUBE(c.[ggm_d_productcategorie])
)
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.[ggm_d_productcategorie] AS [productcategorie], n.teller AS [teller], NULL AS [noemer], n.ggm_persons AS [personen]
FROM ggm_num n
ORDER BY n.grain, n.periode, n.[ggm_d_productcategorie]
