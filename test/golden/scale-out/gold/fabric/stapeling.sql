WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain),
vlaggen AS (SELECT p.periode, x.bsn AS eenheid,
  max(CASE WHEN x.wet = 'Wmo' THEN 1 ELSE 0 END) AS wmo,
  max(CASE WHEN x.wet = 'Jeugdwet' THEN 1 ELSE 0 END) AS jw,
  max(CASE WHEN x.wet = 'Participatiewet' THEN 1 ELSE 0 END) AS pw
FROM perioden p JOIN (
  SELECT bsn, wet, datum_start, datum_einde FROM gold_intern.sd_voorziening
  UNION ALL SELECT bsn, 'Participatiewet', datum_start, datum_einde FROM gold_intern.sd_uitkering
) x ON x.datum_start <= p.periode_eind AND (x.datum_einde IS NULL OR x.datum_einde >= p.periode_start)
WHERE x.bsn IS NOT NULL
GROUP BY p.periode, x.bsn),
cellen AS (SELECT periode, CASE
  WHEN wmo = 1 AND jw = 1 AND pw = 1 THEN 'Wmo + Jeugdwet + Participatiewet'
  WHEN wmo = 1 AND jw = 1 THEN 'Wmo + Jeugdwet'
  WHEN wmo = 1 AND pw = 1 THEN 'Wmo + Participatiewet'
  WHEN jw = 1 AND pw = 1 THEN 'Jeugdwet + Participatiewet'
  WHEN wmo = 1 THEN 'Alleen Wmo'
  WHEN jw = 1 THEN 'Alleen Jeugdwet'
  ELSE 'Alleen Participatiewet' END AS combinatie, count(*) AS teller, CAST(NULL AS BIGINT) AS noemer FROM vlaggen GROUP BY periode, CASE
  WHEN wmo = 1 AND jw = 1 AND pw = 1 THEN 'Wmo + Jeugdwet + Participatiewet'
  WHEN wmo = 1 AND jw = 1 THEN 'Wmo + Jeugdwet'
  WHEN wmo = 1 AND pw = 1 THEN 'Wmo + Participatiewet'
  WHEN jw = 1 AND pw = 1 THEN 'Jeugdwet + Participatiewet'
  WHEN wmo = 1 THEN 'Alleen Wmo'
  WHEN jw = 1 THEN 'Alleen Jeugdwet'
  ELSE 'Alleen Participatiewet' END)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.combinatie,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
