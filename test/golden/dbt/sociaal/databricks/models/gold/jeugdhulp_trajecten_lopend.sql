{{ config(materialized='table', schema='gold_intern') }}

-- ggm export dbt: gold metric jeugdhulp_trajecten_lopend (examples/sociaal/gold/jeugdhulp-trajecten-lopend.yaml), periods 2024H1 … 2025
-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.
WITH ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (VALUES
  ('2024H1', DATE '2024-01-01', DATE '2024-06-30', 'halfyear', DATE '2024-06-30'),
  ('2024H2', DATE '2024-07-01', DATE '2024-12-31', 'halfyear', DATE '2024-12-31'),
  ('2025H1', DATE '2025-01-01', DATE '2025-06-30', 'halfyear', DATE '2025-06-30'),
  ('2025H2', DATE '2025-07-01', DATE '2025-12-31', 'halfyear', DATE '2025-12-31'),
  ('2024', DATE '2024-01-01', DATE '2024-12-31', 'year', DATE '2024-12-31'),
  ('2025', DATE '2025-01-01', DATE '2025-12-31', 'year', DATE '2025-12-31')),
ggm_facts AS (
  SELECT `x`.`bsn` AS ggm_person, `l`.`datum_start` AS ggm_start, `l`.`datum_stop` AS ggm_end, NULL AS ggm_measure, substr(`l`.`code`, 1, 2) AS ggm_by0, `la`.`agb_code` AS ggm_by1
  FROM {{ ref('levering') }} `l`
  LEFT JOIN {{ ref('toewijzing') }} `t` ON `t`.`toewijzing_id` = `l`.`geleverde_zorg_toewijzing_id` AND `t`.`valid_to` IS NULL
  LEFT JOIN {{ ref('leverancier_sociaal_domein_generiek') }} `la` ON `la`.`rechtspersoon_id` = `l`.`leverde_prestatie_leverancier_sociaal_domein_generiek_id` AND `la`.`valid_to` IS NULL
  LEFT JOIN {{ ref('leverancier_sociaal_domein_generiek') }} `a` ON `a`.`rechtspersoon_id` = `t`.`levert_voorziening_leverancier_sociaal_domein_generiek_id` AND `a`.`valid_to` IS NULL
  LEFT JOIN {{ source('sociaal_ext', 'toewijzing_extensie') }} `x` ON ((((`x`.`wet` = CASE WHEN (CASE `t`.`wet_enum_id` WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Wmo') THEN 'WMO' WHEN (CASE `t`.`wet_enum_id` WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') THEN 'JW' END) AND (`x`.`toewijzing_nummer` = CAST(`t`.`toewijzingnummer` AS STRING))) AND (`x`.`aanbieder` = `a`.`agb_code`)))
  WHERE `l`.`valid_to` IS NULL AND (((((CASE `t`.`wet_enum_id` WHEN '1' THEN 'Niet van toepassing' WHEN '2' THEN 'Wmo' WHEN '3' THEN 'Jeugdwet' WHEN '4' THEN 'Andere wet' WHEN '5' THEN 'Leeg' WHEN '6' THEN 'Onbekend' WHEN '7' THEN 'Participatiewet PW-I' WHEN '8' THEN 'I.O.A.W./I.O.A.Z.' WHEN '9' THEN 'Bijzondere Bijstand' END = 'Jeugdwet') AND (coalesce(`t`.`reden_wijziging`, 0) <> 13)) AND (`x`.`bsn` IS NOT NULL)) AND (substr(`l`.`code`, 1, 2) <> '47')) AND (substr(`l`.`code`, 1, 2) <> '48'))
),
ggm_ordered AS (
  SELECT ggm_person, ggm_by0, ggm_by1, ggm_start, COALESCE(ggm_end, DATE '9999-12-31') AS ggm_end_x,
    MAX(COALESCE(ggm_end, DATE '9999-12-31')) OVER (PARTITION BY ggm_person, ggm_by0, ggm_by1 ORDER BY ggm_start, COALESCE(ggm_end, DATE '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ggm_prev_end
  FROM ggm_facts WHERE ggm_start IS NOT NULL AND ggm_person IS NOT NULL
),
ggm_islands AS (
  SELECT *, SUM(CASE WHEN ggm_prev_end IS NOT NULL AND ggm_start <= date_add(ggm_prev_end, 1) THEN 0 ELSE 1 END) OVER (PARTITION BY ggm_person, ggm_by0, ggm_by1 ORDER BY ggm_start, ggm_end_x ROWS UNBOUNDED PRECEDING) AS ggm_island
  FROM ggm_ordered
),
ggm_trajectories AS (
  SELECT ggm_person, ggm_by0, ggm_by1, ggm_island, MIN(ggm_start) AS ggm_start, CASE WHEN MAX(ggm_end_x) = DATE '9999-12-31' THEN NULL ELSE MAX(ggm_end_x) END AS ggm_end, NULL AS ggm_measure
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
SELECT n.periode, n.periode_start, n.periode_eind, n.grain, n.teller AS `teller`, NULL AS `noemer`, n.ggm_persons AS `personen`
FROM ggm_num n
ORDER BY n.grain, n.periode
