WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR(8000)) AS periode, CAST('2024-07-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR(8000)) AS periode, CAST('2025-07-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain),
overlap AS (SELECT a.bsn, a.wet, a.categorie,
  CASE WHEN a.datum_start > b.datum_start THEN a.datum_start ELSE b.datum_start END AS van,
  CASE WHEN coalesce(a.datum_einde, CAST('9999-12-31' AS DATE)) < coalesce(b.datum_einde, CAST('9999-12-31' AS DATE)) THEN coalesce(a.datum_einde, CAST('9999-12-31' AS DATE)) ELSE coalesce(b.datum_einde, CAST('9999-12-31' AS DATE)) END AS tot
FROM gold_intern.sd_voorziening a JOIN gold_intern.sd_voorziening b ON b.bsn = a.bsn AND b.wet = a.wet AND b.categorie = a.categorie
  AND a.aanbieder_id < b.aanbieder_id
WHERE a.datum_start <= coalesce(b.datum_einde, CAST('9999-12-31' AS DATE)) AND b.datum_start <= coalesce(a.datum_einde, CAST('9999-12-31' AS DATE))),
dubbel AS (SELECT p.periode, o.wet, o.categorie, o.bsn FROM perioden p JOIN overlap o ON o.van <= p.periode_eind AND (o.tot IS NULL OR o.tot >= p.periode_start)),
cellen AS (SELECT periode, wet, categorie AS productcategorie, count(DISTINCT bsn) AS teller, CAST(NULL AS BIGINT) AS noemer FROM dubbel GROUP BY periode, wet, categorie
UNION ALL SELECT periode, wet, 'Totaal', count(DISTINCT bsn), CAST(NULL AS BIGINT) FROM dubbel GROUP BY periode, wet)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.wet, c.productcategorie,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
