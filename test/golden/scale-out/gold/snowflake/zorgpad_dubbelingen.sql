WITH perioden AS (SELECT CAST('2024' AS VARCHAR) AS periode, DATE '2024-01-01' AS periode_start, DATE '2024-12-31' AS periode_eind, CAST('year' AS VARCHAR) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR) AS periode, DATE '2024-01-01' AS periode_start, DATE '2024-06-30' AS periode_eind, CAST('halfyear' AS VARCHAR) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR) AS periode, DATE '2024-07-01' AS periode_start, DATE '2024-12-31' AS periode_eind, CAST('halfyear' AS VARCHAR) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR) AS periode, DATE '2025-01-01' AS periode_start, DATE '2025-12-31' AS periode_eind, CAST('year' AS VARCHAR) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR) AS periode, DATE '2025-01-01' AS periode_start, DATE '2025-06-30' AS periode_eind, CAST('halfyear' AS VARCHAR) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR) AS periode, DATE '2025-07-01' AS periode_start, DATE '2025-12-31' AS periode_eind, CAST('halfyear' AS VARCHAR) AS grain),
overlap AS (SELECT a.bsn, a.wet, a.categorie,
  CASE WHEN a.datum_start > b.datum_start THEN a.datum_start ELSE b.datum_start END AS van,
  CASE WHEN coalesce(a.datum_einde, DATE '9999-12-31') < coalesce(b.datum_einde, DATE '9999-12-31') THEN coalesce(a.datum_einde, DATE '9999-12-31') ELSE coalesce(b.datum_einde, DATE '9999-12-31') END AS tot
FROM gold_intern.sd_voorziening a JOIN gold_intern.sd_voorziening b ON b.bsn = a.bsn AND b.wet = a.wet AND b.categorie = a.categorie
  AND a.aanbieder_id < b.aanbieder_id
WHERE a.datum_start <= coalesce(b.datum_einde, DATE '9999-12-31') AND b.datum_start <= coalesce(a.datum_einde, DATE '9999-12-31')),
dubbel AS (SELECT p.periode, o.wet, o.categorie, o.bsn FROM perioden p JOIN overlap o ON o.van <= p.periode_eind AND (o.tot IS NULL OR o.tot >= p.periode_start)),
cellen AS (SELECT periode, wet, categorie AS productcategorie, count(DISTINCT bsn) AS teller, CAST(NULL AS BIGINT) AS noemer FROM dubbel GROUP BY periode, wet, categorie
UNION ALL SELECT periode, wet, 'Totaal', count(DISTINCT bsn), CAST(NULL AS BIGINT) FROM dubbel GROUP BY periode, wet)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  c.wet, c.productcategorie,
  CASE WHEN FALSE THEN NULL ELSE c.teller END AS teller,
  CASE WHEN FALSE THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN FALSE THEN NULL ELSE c.teller END AS waarde,
  FALSE AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
