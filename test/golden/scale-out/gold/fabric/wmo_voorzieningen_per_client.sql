WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR(8000)) AS periode, CAST('2024-07-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR(8000)) AS periode, CAST('2025-07-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain),
per_client AS (SELECT p.periode, v.bsn, count(DISTINCT v.toewijzing_id) AS n FROM perioden p JOIN gold_intern.sd_voorziening v ON v.datum_start <= p.periode_eind AND (v.datum_einde IS NULL OR v.datum_einde >= p.periode_start) WHERE v.wet = 'Wmo' GROUP BY p.periode, v.bsn),
cellen AS (SELECT periode, CASE WHEN n >= 6 THEN '6+' ELSE CAST(n AS VARCHAR(8000)) END AS aantal_voorzieningen, count(*) AS teller, CAST(NULL AS BIGINT) AS noemer
FROM per_client GROUP BY periode, CASE WHEN n >= 6 THEN '6+' ELSE CAST(n AS VARCHAR(8000)) END
UNION ALL SELECT periode, 'Totaal', count(*), CAST(NULL AS BIGINT) FROM per_client GROUP BY periode)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.aantal_voorzieningen,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
