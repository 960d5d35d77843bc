WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR(8000)) AS periode, CAST('2024-07-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR(8000)) AS periode, CAST('2025-07-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain),
stappen AS (SELECT p.periode, z.wet, CAST('verzoek → toewijzing' AS VARCHAR(8000)) AS stap, DATEDIFF(day, z.datum_verzoek, z.datum_toewijzing) AS dagen FROM perioden p JOIN gold_intern.zorgpad z ON z.datum_verzoek IS NOT NULL AND z.datum_toewijzing IS NOT NULL AND z.datum_toewijzing BETWEEN p.periode_start AND p.periode_eind
UNION ALL SELECT p.periode, z.wet, CAST('toewijzing → start levering' AS VARCHAR(8000)) AS stap, DATEDIFF(day, z.datum_toewijzing, z.start_levering) AS dagen FROM perioden p JOIN gold_intern.zorgpad z ON z.datum_toewijzing IS NOT NULL AND z.start_levering IS NOT NULL AND z.start_levering BETWEEN p.periode_start AND p.periode_eind
UNION ALL SELECT p.periode, z.wet, CAST('verzoek → start levering' AS VARCHAR(8000)) AS stap, DATEDIFF(day, z.datum_verzoek, z.start_levering) AS dagen FROM perioden p JOIN gold_intern.zorgpad z ON z.datum_verzoek IS NOT NULL AND z.start_levering IS NOT NULL AND z.start_levering BETWEEN p.periode_start AND p.periode_eind),
cellen AS (SELECT periode, wet, stap, sum(dagen) AS teller, count(*) AS noemer FROM stappen GROUP BY periode, wet, stap)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.wet, c.stap,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE CASE WHEN c.noemer > 0 THEN round(CAST(CAST(c.teller AS FLOAT) * 1 / c.noemer + sign(CAST(c.teller AS FLOAT) * 1 / c.noemer) * 0.000000001 AS DECIMAL(38, 6)), 2) END END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
