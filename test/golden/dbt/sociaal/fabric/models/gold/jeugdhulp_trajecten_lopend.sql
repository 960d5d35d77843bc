{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric jeugdhulp_trajecten_lopend (examples/sociaal/gold/jeugdhulp-trajecten-lopend.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (SELECT '2024H1', CAST('2024-01-01' AS DATE), CAST('2024-06-30' AS DATE), 'halfyear', CAST('2024-06-30' AS DATE)
  UNION ALL SELECT '2024H2', CAST('2024-07-01' AS DATE), CAST('2024-12-31' AS DATE), 'halfyear', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025H1', CAST('2025-01-01' AS DATE), CAST('2025-06-30' AS DATE), 'halfyear', CAST('2025-06-30' AS DATE)
  UNION ALL SELECT '2025H2', CAST('2025-07-01' AS DATE), CAST('2025-12-31' AS DATE), 'halfyear', CAST('2025-12-31' AS DATE)
  UNION ALL SELECT '2024', CAST('2024-01-01' AS DATE), CAST('2024-12-31' AS DATE), 'year', CAST('2024-12-31' AS DATE)
  UNION ALL SELECT '2025', CAST('2025-01-01' AS DATE), CAST('2025-12-31' AS DATE), 'year', CAST('2025-12-31' AS DATE)),
ggm_facts AS (
  SELECT [x].[bsn] AS ggm_person, [l].[datum_start] AS ggm_start, [l].[datum_stop] AS ggm_end, NULL AS ggm_measure, SUBSTRING([l].[code], 1, 2) AS ggm_by0, [la].[agb_code] AS ggm_by1
  FROM {{ ref('levering') }} [l]
  LEFT JOIN {{ ref('toewijzing') }} [t] ON [t].[toewijzing_id] = [l].[geleverde_zorg_toewijzing_id] AND [t].[valid_to] IS NULL
  LEFT JOIN {{ ref('leverancier_sociaal_domein_generiek') }} [la] ON [la].[rechtspersoon_id] = [l].[leverde_prestatie_leverancier_sociaal_domein_generiek_id] AND [la].[valid_to] IS NULL
  LEFT JOIN {{ ref('leverancier_sociaal_domein_generiek') }} [a] ON [a].[rechtspersoon_id] = [t].[levert_voorziening_leverancier_sociaal_domein_generiek_id] AND [a].[valid_to] IS NULL
  LEFT JOIN {{ source('sociaal_ext', 'toewijzing_extensie') }} [x] ON (CASE WHEN ((([x].[wet] = CASE WHEN (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 'WMO' WHEN (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') THEN 'JW' END) AND ([x].[toewijzing_nummer] = CAST([t].[toewijzingnummer] AS VARCHAR(MAX)))) AND ([x].[aanbieder] = [a].[agb_code])) THEN 1 WHEN NOT ((([x].[wet] = CASE WHEN (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 'WMO' WHEN (CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') THEN 'JW' END) AND ([x].[toewijzing_nummer] = CAST([t].[toewijzingnummer] AS VARCHAR(MAX)))) AND ([x].[aanbieder] = [a].[agb_code])) THEN 0 END)
  WHERE [l].[valid_to] IS NULL AND CASE WHEN (((((CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') AND (coalesce([t].[reden_wijziging], 0) <> 13)) AND ([x].[bsn] IS NOT NULL)) AND (SUBSTRING([l].[code], 1, 2) <> '47')) AND (SUBSTRING([l].[code], 1, 2) <> '48')) THEN 1 WHEN NOT (((((CASE [t].[wet_enum_id] WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') AND (coalesce([t].[reden_wijziging], 0) <> 13)) AND ([x].[bsn] IS NOT NULL)) AND (SUBSTRING([l].[code], 1, 2) <> '47')) AND (SUBSTRING([l].[code], 1, 2) <> '48')) THEN 0 END
),
ggm_ordered AS (
  SELECT ggm_person, ggm_by0, ggm_by1, ggm_start, COALESCE(ggm_end, CAST('9999-12-31' AS DATE)) AS ggm_end_x,
    MAX(COALESCE(ggm_end, CAST('9999-12-31' AS DATE))) OVER (PARTITION BY ggm_person, ggm_by0, ggm_by1 ORDER BY ggm_start, COALESCE(ggm_end, CAST('9999-12-31' AS DATE)) ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ggm_prev_end
  FROM ggm_facts WHERE ggm_start IS NOT NULL AND ggm_person IS NOT NULL
),
ggm_islands AS (
  SELECT *, SUM(CASE WHEN ggm_prev_end IS NOT NULL AND ggm_start <= DATEADD(day, 1, ggm_prev_end) THEN 0 ELSE 1 END) OVER (PARTITION BY ggm_person, ggm_by0, ggm_by1 ORDER BY ggm_start, ggm_end_x ROWS UNBOUNDED PRECEDING) AS ggm_island
  FROM ggm_ordered
),
ggm_trajectories AS (
  SELECT ggm_person, ggm_by0, ggm_by1, ggm_island, MIN(ggm_start) AS ggm_start, CASE WHEN MAX(ggm_end_x) = CAST('9999-12-31' AS DATE) THEN NULL ELSE MAX(ggm_end_x) END AS ggm_end, NULL AS ggm_measure
  FROM ggm_islands GROUP BY ggm_person, ggm_by0, ggm_by1, ggm_island
),
ggm_cells AS (
  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, f.ggm_measure AS ggm_measure
  FROM ggm_periods p JOIN ggm_trajectories f ON f.ggm_start <= p.periode_eind AND (f.ggm_end IS NULL OR f.ggm_end >= p.periode_start)
),
ggm_num AS (
  SELECT c.periode, c.periode_start, c.periode_eind, c.grain, COUNT(*) AS teller, COUNT(DISTINCT c.ggm_person) AS ggm_persons
  FROM ggm_cells c
  GROUP BY c.periode, c.periode_start, c.periode_eind, c.grain
)
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.teller AS [teller], NULL AS [noemer], n.ggm_persons AS [personen]
FROM ggm_num n
ORDER BY n.grain, n.periode
