WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR(8000)) AS periode, CAST('2024-07-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR(8000)) AS periode, CAST('2025-07-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain),
eerste AS (SELECT v.toewijzing_id, v.wet, v.datum_toewijzing, min(l.datum_start) AS start_zorg FROM gold_intern.sd_voorziening v JOIN gold_intern.sd_levering l ON l.toewijzing_id = v.toewijzing_id GROUP BY v.toewijzing_id, v.wet, v.datum_toewijzing),
tijden AS (SELECT p.periode, e.wet, DATEDIFF(day, e.datum_toewijzing, e.start_zorg) AS dagen FROM perioden p JOIN eerste e ON e.start_zorg BETWEEN p.periode_start AND p.periode_eind),
cellen AS (SELECT periode, wet, sum(dagen) AS teller, count(*) AS noemer FROM tijden GROUP BY periode, wet
UNION ALL SELECT periode, 'Totaal', sum(dagen), count(*) FROM tijden GROUP BY periode)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.wet,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE CASE WHEN c.noemer > 0 THEN round(CAST(CAST(c.teller AS FLOAT) * 1 / c.noemer + sign(CAST(c.teller AS FLOAT) * 1 / c.noemer) * 0.000000001 AS DECIMAL(38, 6)), 2) END END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
