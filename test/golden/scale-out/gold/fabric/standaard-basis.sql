IF SCHEMA_ID('gold_intern') IS NULL EXEC('CREATE SCHEMA gold_intern');

DROP TABLE IF EXISTS gold_intern.sd_persoon;

CREATE TABLE gold_intern.sd_persoon AS
SELECT n.rechtspersoon_id AS persoon_id, n.burgerservicenummer AS bsn, CASE WHEN n.datum_geboorte LIKE '____-__-__' AND SUBSTRING(n.datum_geboorte, 6, 2) <> '00' AND SUBSTRING(n.datum_geboorte, 9, 2) <> '00' THEN CAST(n.datum_geboorte AS DATE) END AS geboortedatum,
  i.datum_inschrijving_gemeente AS inschrijving_start,
  CASE
    WHEN CASE WHEN n.datum_overlijden LIKE '____-__-__' AND SUBSTRING(n.datum_overlijden, 6, 2) <> '00' AND SUBSTRING(n.datum_overlijden, 9, 2) <> '00' THEN CAST(n.datum_overlijden AS DATE) END IS NOT NULL AND (i.datum_opschorting_bijhouding IS NULL
      OR CASE WHEN n.datum_overlijden LIKE '____-__-__' AND SUBSTRING(n.datum_overlijden, 6, 2) <> '00' AND SUBSTRING(n.datum_overlijden, 9, 2) <> '00' THEN CAST(n.datum_overlijden AS DATE) END < i.datum_opschorting_bijhouding) THEN CASE WHEN n.datum_overlijden LIKE '____-__-__' AND SUBSTRING(n.datum_overlijden, 6, 2) <> '00' AND SUBSTRING(n.datum_overlijden, 9, 2) <> '00' THEN CAST(n.datum_overlijden AS DATE) END
    ELSE i.datum_opschorting_bijhouding
  END AS inschrijving_eind,
  i.heeft_huishouden_id AS huishouden_id
FROM silver.natuurlijk_persoon n
LEFT JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id AND i.valid_to IS NULL
WHERE n.valid_to IS NULL;

DROP TABLE IF EXISTS gold_intern.sd_voorziening;

CREATE TABLE gold_intern.sd_voorziening AS
SELECT t.toewijzing_id, p.rechtspersoon_id AS persoon_id, x.bsn, CASE w.value WHEN 'Wmo' THEN 'Wmo' WHEN 'Jeugdwet' THEN 'Jeugdwet' END AS wet,
  SUBSTRING(t.code, 1, 2) AS categorie, t.levert_voorziening_leverancier_sociaal_domein_generiek_id AS aanbieder_id,
  l.agb_code AS aanbieder, t.datum_toewijzing, t.datum_start_toewijzing AS datum_start,
  t.datum_einde_toewijzing AS datum_einde, x.referentie_aanbieder
FROM silver.toewijzing t
JOIN silver.wet_enum w ON w.wet_enum_id = t.wet_enum_id
JOIN silver.leverancier_sociaal_domein_generiek l
  ON l.rechtspersoon_id = t.levert_voorziening_leverancier_sociaal_domein_generiek_id
JOIN sociaal_ext.toewijzing_extensie x ON x.wet = CASE w.value WHEN 'Wmo' THEN 'WMO' WHEN 'Jeugdwet' THEN 'JW' END
  AND CAST(x.toewijzing_nummer AS BIGINT) = t.toewijzingnummer AND x.aanbieder = l.agb_code
LEFT JOIN silver.natuurlijk_persoon p ON p.burgerservicenummer = x.bsn AND p.valid_to IS NULL
WHERE coalesce(t.reden_wijziging, 0) <> 13 AND CASE w.value WHEN 'Wmo' THEN 'Wmo' WHEN 'Jeugdwet' THEN 'Jeugdwet' END IS NOT NULL;

DROP TABLE IF EXISTS gold_intern.sd_levering;

CREATE TABLE gold_intern.sd_levering AS
SELECT lv.levering_id, v.toewijzing_id, v.persoon_id, v.bsn, v.wet, SUBSTRING(lv.code, 1, 2) AS categorie,
  lv.leverde_prestatie_leverancier_sociaal_domein_generiek_id AS aanbieder_id,
  lv.datum_start, lv.datum_stop, lv.stopreden
FROM silver.levering lv
JOIN gold_intern.sd_voorziening v ON v.toewijzing_id = lv.geleverde_zorg_toewijzing_id;

DROP TABLE IF EXISTS gold_intern.sd_declaratie;

CREATE TABLE gold_intern.sd_declaratie AS
SELECT r.declaratieregel_id, r.betreft_client_id AS persoon_id, coalesce(v.wet, 'Onbekend') AS wet,
  SUBSTRING(r.code, 1, 2) AS categorie, r.bedrag, r.datum_start, r.datum_einde
FROM silver.declaratieregel r
LEFT JOIN gold_intern.sd_voorziening v ON v.toewijzing_id = r.is_op_basis_van_toewijzing_id;

DROP TABLE IF EXISTS gold_intern.sd_verzoek;

CREATE TABLE gold_intern.sd_verzoek AS
SELECT q.verzoek_om_toewijzing_id AS verzoek_id, q.betreft_client_id AS persoon_id,
  q.leverancier_leverancier_sociaal_domein_generiek_id AS aanbieder_id, q.referentie_aanbieder,
  q.datum_ontvangst, coalesce(s.value, 'Onbekend') AS soort_verwijzer, q.verwijzer
FROM silver.verzoek_om_toewijzing q
LEFT JOIN silver.soort_verwijzer_enum s ON s.soort_verwijzer_enum_id = q.soort_verwijzer_enum_id;

DROP TABLE IF EXISTS gold_intern.sd_uitkering;

CREATE TABLE gold_intern.sd_uitkering AS
SELECT n.burgerservicenummer AS bsn, v.ingangsdatum AS datum_start, v.einddatum AS datum_einde
FROM silver.inkomensvoorziening v
JOIN silver.inkomensvoorzieningsoort s ON s.inkomensvoorzieningsoort_id = v.is_soort_voorziening_inkomensvoorzieningsoort_id
JOIN silver.wet_enum w ON w.wet_enum_id = s.wet_enum_id
JOIN silver.natuurlijk_persoon n ON n.rechtspersoon_id = v.heeft_uitkering_ingeschreven_persoon_id
WHERE w.value = 'Participatiewet PW-I';

DROP TABLE IF EXISTS gold_intern.sd_jeugdhulptraject;

CREATE TABLE gold_intern.sd_jeugdhulptraject AS
WITH lv AS (
  SELECT bsn, categorie, aanbieder_id, datum_start, coalesce(datum_stop, CAST('9999-12-31' AS DATE)) AS eind, stopreden
  FROM gold_intern.sd_levering
  WHERE wet = 'Jeugdwet' AND categorie NOT IN ('47', '48') AND bsn IS NOT NULL
), vorige AS (
  SELECT lv.*, max(eind) OVER (PARTITION BY bsn, categorie, aanbieder_id ORDER BY datum_start, eind
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorig_eind
  FROM lv
), eilanden AS (
  SELECT vorige.*, sum(CASE WHEN vorig_eind IS NOT NULL AND datum_start <= DATEADD(day, 1, vorig_eind) THEN 0 ELSE 1 END)
    OVER (PARTITION BY bsn, categorie, aanbieder_id ORDER BY datum_start, eind ROWS UNBOUNDED PRECEDING) AS nr
  FROM vorige
), gerangschikt AS (
  SELECT eilanden.*,
    min(datum_start) OVER (PARTITION BY bsn, categorie, aanbieder_id, nr) AS traject_start,
    row_number() OVER (PARTITION BY bsn, categorie, aanbieder_id, nr ORDER BY eind DESC, CASE WHEN stopreden IS NULL THEN 1 ELSE 0 END, stopreden DESC) AS rang
  FROM eilanden
)
SELECT bsn, categorie, aanbieder_id, traject_start AS datum_start,
  CASE WHEN eind = CAST('9999-12-31' AS DATE) THEN NULL ELSE eind END AS datum_einde,
  CASE WHEN eind = CAST('9999-12-31' AS DATE) THEN NULL ELSE stopreden END AS stopreden
FROM gerangschikt WHERE rang = 1;

DROP TABLE IF EXISTS gold_intern.zorgpad;

CREATE TABLE gold_intern.zorgpad AS
WITH leveringen AS (
  SELECT toewijzing_id, min(datum_start) AS eerste_start,
    CASE WHEN count(*) = count(datum_stop) THEN max(datum_stop) END AS laatste_stop
  FROM gold_intern.sd_levering GROUP BY toewijzing_id
), reden AS (
  SELECT toewijzing_id, stopreden FROM (
    SELECT toewijzing_id, stopreden, row_number() OVER (PARTITION BY toewijzing_id
      ORDER BY coalesce(datum_stop, CAST('9999-12-31' AS DATE)) DESC, CASE WHEN stopreden IS NULL THEN 1 ELSE 0 END, stopreden DESC) AS rang
    FROM gold_intern.sd_levering) r WHERE rang = 1
), kosten AS (
  SELECT r.is_op_basis_van_toewijzing_id AS toewijzing_id, sum(r.bedrag) AS bedrag
  FROM silver.declaratieregel r GROUP BY r.is_op_basis_van_toewijzing_id
)
SELECT v.bsn, v.persoon_id, v.wet, v.toewijzing_id, v.categorie AS productcategorie, v.aanbieder,
  q.datum_ontvangst AS datum_verzoek, coalesce(q.soort_verwijzer, 'Geen verzoek om toewijzing') AS soort_verwijzer,
  q.verwijzer, v.datum_toewijzing, v.datum_start, v.datum_einde, l.eerste_start AS start_levering,
  l.laatste_stop AS stop_levering, CASE WHEN l.laatste_stop IS NOT NULL THEN r.stopreden END AS stopreden,
  DATEDIFF(day, l.eerste_start, l.laatste_stop) + 1 AS duur_dagen, coalesce(k.bedrag, 0) AS kosten
FROM gold_intern.sd_voorziening v
LEFT JOIN gold_intern.sd_verzoek q ON q.aanbieder_id = v.aanbieder_id AND q.referentie_aanbieder = v.referentie_aanbieder
LEFT JOIN leveringen l ON l.toewijzing_id = v.toewijzing_id
LEFT JOIN reden r ON r.toewijzing_id = v.toewijzing_id
LEFT JOIN kosten k ON k.toewijzing_id = v.toewijzing_id;
