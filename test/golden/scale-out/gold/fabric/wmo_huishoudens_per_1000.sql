WITH perioden AS (SELECT CAST('2024' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H1' AS VARCHAR(8000)) AS periode, CAST('2024-01-01' AS DATE) AS periode_start, CAST('2024-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2024H2' AS VARCHAR(8000)) AS periode, CAST('2024-07-01' AS DATE) AS periode_start, CAST('2024-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('year' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H1' AS VARCHAR(8000)) AS periode, CAST('2025-01-01' AS DATE) AS periode_start, CAST('2025-06-30' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain
UNION ALL SELECT CAST('2025H2' AS VARCHAR(8000)) AS periode, CAST('2025-07-01' AS DATE) AS periode_start, CAST('2025-12-31' AS DATE) AS periode_eind, CAST('halfyear' AS VARCHAR(8000)) AS grain),
huishoudens AS (SELECT p.periode, count(DISTINCT i.huishouden_id) AS n FROM perioden p
LEFT JOIN gold_intern.sd_persoon i ON i.inschrijving_start <= p.periode_eind
  AND (i.inschrijving_eind IS NULL OR i.inschrijving_eind > p.periode_eind) AND i.huishouden_id IS NOT NULL
GROUP BY p.periode),
cellen AS (SELECT p.periode, count(DISTINCT pe.huishouden_id) AS teller, max(h.n) AS noemer
FROM perioden p JOIN huishoudens h ON h.periode = p.periode
LEFT JOIN (gold_intern.sd_voorziening v JOIN gold_intern.sd_persoon pe ON pe.persoon_id = v.persoon_id)
  ON v.wet = 'Wmo' AND v.datum_start <= p.periode_eind AND (v.datum_einde IS NULL OR v.datum_einde >= p.periode_start)
GROUP BY p.periode)
SELECT c.periode AS periode, p.periode_start AS periode_start, p.periode_eind AS periode_eind, p.grain AS grain,
  
  CASE WHEN 1 = 0 THEN NULL ELSE c.teller END AS teller,
  CASE WHEN 1 = 0 THEN NULL ELSE c.noemer END AS noemer,
  CASE WHEN 1 = 0 THEN NULL ELSE CASE WHEN c.noemer > 0 THEN round(CAST(CAST(c.teller AS FLOAT) * 1000 / c.noemer + sign(CAST(c.teller AS FLOAT) * 1000 / c.noemer) * 0.000000001 AS DECIMAL(38, 6)), 2) END END AS waarde,
  CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS onderdrukt
FROM cellen c JOIN perioden p ON p.periode = c.periode;
