// Test oracles: every indicator of the standard set written again by hand, independently of the
// implementation (no gold_intern.sd_* views, no shared fragments): straight over the silver tables, one query
// per period with the dates written in. Each returns rows with the dimension columns, teller, noemer.

export interface RefPeriod {
  label: string;
  start: string;
  end: string;
  grain: 'year' | 'halfyear';
}

const D = (iso: string) => `DATE '${iso}'`;

/** Toewijzingen with their client's BSN (the 301 line), wet, category; withdrawn ones left out. */
const VOORZ = `SELECT t.toewijzing_id AS tid, e.bsn, CASE t.wet_enum_id WHEN 2 THEN 'Wmo' ELSE 'Jeugdwet' END AS wet,
  left(t.code, 2) AS cat, t.datum_start_toewijzing AS b, t.datum_einde_toewijzing AS e,
  t.levert_voorziening_leverancier_sociaal_domein_generiek_id AS aanb, l.agb_code AS agb,
  t.datum_toewijzing AS td, e.referentie_aanbieder AS ref
FROM silver.toewijzing t, silver.leverancier_sociaal_domein_generiek l, sociaal_ext.toewijzing_extensie e
WHERE l.rechtspersoon_id = t.levert_voorziening_leverancier_sociaal_domein_generiek_id AND e.aanbieder = l.agb_code
  AND e.toewijzing_nummer = CAST(t.toewijzingnummer AS VARCHAR)
  AND e.wet = CASE t.wet_enum_id WHEN 2 THEN 'WMO' ELSE 'JW' END AND t.wet_enum_id IN (2, 3)
  AND (t.reden_wijziging IS NULL OR t.reden_wijziging <> 13)`;

const running = (p: RefPeriod, b: string, e: string) =>
  `${b} <= ${D(p.end)} AND (${e} IS NULL OR ${e} >= ${D(p.start)})`;
const inside = (p: RefPeriod, d: string) => `${d} >= ${D(p.start)} AND ${d} <= ${D(p.end)}`;

/** `iso` minus `years` years (periods end on 30 June or 31 December, so no 29 February). */
const yearsBefore = (iso: string, years: number) => `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;

function inhabitants(p: RefPeriod, ages?: [number, number]): string {
  const band = ages
    ? ` AND CAST(n.datum_geboorte AS DATE) <= ${D(yearsBefore(p.end, ages[0]))} AND CAST(n.datum_geboorte AS DATE) > ${D(yearsBefore(p.end, ages[1] + 1))}`
    : '';
  return `(SELECT count(*) FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id
  WHERE i.datum_inschrijving_gemeente <= ${D(p.end)}
    AND (i.datum_opschorting_bijhouding IS NULL OR i.datum_opschorting_bijhouding > ${D(p.end)})
    AND (n.datum_overlijden IS NULL OR CAST(n.datum_overlijden AS DATE) > ${D(p.end)})${band})`;
}

function youth(p: RefPeriod, cats: string, ages: [number, number]): string {
  return `SELECT (SELECT count(DISTINCT v.bsn) FROM (${VOORZ}) v
    WHERE v.wet = 'Jeugdwet' AND v.cat ${cats} AND ${running(p, 'v.b', 'v.e')}
      AND EXISTS (SELECT 1 FROM silver.natuurlijk_persoon n WHERE n.burgerservicenummer = v.bsn
        AND CAST(n.datum_geboorte AS DATE) <= ${D(yearsBefore(p.end, ages[0]))}
        AND CAST(n.datum_geboorte AS DATE) > ${D(yearsBefore(p.end, ages[1] + 1))})) AS teller,
  ${inhabitants(p, ages)} AS noemer`;
}

/**
 * Trajectories, the other way round: a levering starts a trajectory when no earlier levering of the same
 * client × category × aanbieder reaches to the day before its start; every levering belongs to the
 * latest trajectory start at or before it.
 */
const TRAJECTEN = `WITH lv AS (
  SELECT l.levering_id AS id, v.bsn, left(l.code, 2) AS cat, l.leverde_prestatie_leverancier_sociaal_domein_generiek_id AS aanb,
    l.datum_start AS b, l.datum_stop AS e, l.stopreden AS reden
  FROM silver.levering l JOIN (${VOORZ}) v ON v.tid = l.geleverde_zorg_toewijzing_id
  WHERE v.wet = 'Jeugdwet' AND left(l.code, 2) NOT IN ('47', '48')
), kop AS (
  SELECT a.* FROM lv a WHERE NOT EXISTS (SELECT 1 FROM lv x WHERE x.bsn = a.bsn AND x.cat = a.cat AND x.aanb = a.aanb
    AND (x.b < a.b OR (x.b = a.b AND x.id < a.id)) AND (x.e IS NULL OR x.e + 1 >= a.b))
), lid AS (
  SELECT m.*, (SELECT max(k.b) FROM kop k WHERE k.bsn = m.bsn AND k.cat = m.cat AND k.aanb = m.aanb AND k.b <= m.b) AS kb
  FROM lv m
)
SELECT bsn, cat, aanb, kb AS b, CASE WHEN count(*) = count(e) THEN max(e) END AS e,
  CASE WHEN count(*) = count(e) THEN max(CASE WHEN e = (SELECT max(z.e) FROM lid z WHERE z.bsn = lid.bsn AND z.cat = lid.cat AND z.aanb = lid.aanb AND z.kb = lid.kb) THEN reden END) END AS reden
FROM lid GROUP BY bsn, cat, aanb, kb`;

const REGELS = `SELECT r.declaratieregel_id AS id, r.betreft_client_id AS client, coalesce(v.wet, 'Onbekend') AS wet,
  left(r.code, 2) AS cat, r.bedrag, r.datum_start AS b
FROM silver.declaratieregel r LEFT JOIN (${VOORZ}) v ON v.tid = r.is_op_basis_van_toewijzing_id`;

const EERSTE = `SELECT geleverde_zorg_toewijzing_id AS tid, min(datum_start) AS eerste FROM silver.levering GROUP BY geleverde_zorg_toewijzing_id`;

const PAD = `SELECT v.*, coalesce(s.value, 'Geen verzoek om toewijzing') AS verwijzer, q.datum_ontvangst AS ontvangen, f.eerste
FROM (${VOORZ}) v LEFT JOIN (${EERSTE}) f ON f.tid = v.tid
LEFT JOIN silver.verzoek_om_toewijzing q ON q.leverancier_leverancier_sociaal_domein_generiek_id = v.aanb AND q.referentie_aanbieder = v.ref
LEFT JOIN silver.soort_verwijzer_enum s ON s.soort_verwijzer_enum_id = q.soort_verwijzer_enum_id`;

function stapeling(p: RefPeriod, unit: 'bsn' | 'hh'): string {
  const key = unit === 'bsn' ? 'w.bsn' : 'hh.heeft_huishouden_id';
  const join =
    unit === 'bsn'
      ? ''
      : ` LEFT JOIN (SELECT n.burgerservicenummer, i.heeft_huishouden_id FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id) hh ON hh.burgerservicenummer = w.bsn`;
  return `WITH w AS (
  SELECT bsn, wet FROM (${VOORZ}) v WHERE ${running(p, 'v.b', 'v.e')}
  UNION SELECT bsn, 'Participatiewet' FROM fixture.uitkering u WHERE ${running(p, 'u.datum_start', 'u.datum_einde')}
), k AS (SELECT ${key} AS k, wet FROM w${join}), f AS (
  SELECT k, sum(DISTINCT CASE wet WHEN 'Wmo' THEN 1 WHEN 'Jeugdwet' THEN 2 ELSE 4 END) AS m FROM k WHERE k IS NOT NULL GROUP BY k
)
SELECT CASE m WHEN 1 THEN 'Alleen Wmo' WHEN 2 THEN 'Alleen Jeugdwet' WHEN 4 THEN 'Alleen Participatiewet'
  WHEN 3 THEN 'Wmo + Jeugdwet' WHEN 5 THEN 'Wmo + Participatiewet' WHEN 6 THEN 'Jeugdwet + Participatiewet'
  ELSE 'Wmo + Jeugdwet + Participatiewet' END AS combinatie, count(*) AS teller, NULL AS noemer
FROM f GROUP BY m`;
}

/** The oracle per metric id: SQL for one period. */
export const REFERENCE_SQL: Record<string, (p: RefPeriod) => string> = {
  wmo_clienten_per_10000: (
    p,
  ) => `SELECT v.cat AS productcategorie, count(DISTINCT v.bsn) AS teller, ${inhabitants(p)} AS noemer
FROM (${VOORZ}) v WHERE v.wet = 'Wmo' AND ${running(p, 'v.b', 'v.e')} GROUP BY v.cat
UNION ALL SELECT 'Totaal', (SELECT count(DISTINCT v.bsn) FROM (${VOORZ}) v WHERE v.wet = 'Wmo' AND ${running(p, 'v.b', 'v.e')}), ${inhabitants(p)}`,
  wmo_huishoudens_per_1000: (p) => `SELECT
  (SELECT count(DISTINCT i.heeft_huishouden_id) FROM (${VOORZ}) v
    JOIN silver.natuurlijk_persoon n ON n.burgerservicenummer = v.bsn
    JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id
    WHERE v.wet = 'Wmo' AND ${running(p, 'v.b', 'v.e')}) AS teller,
  (SELECT count(DISTINCT i.heeft_huishouden_id) FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id
    WHERE i.datum_inschrijving_gemeente <= ${D(p.end)}
      AND (i.datum_opschorting_bijhouding IS NULL OR i.datum_opschorting_bijhouding > ${D(p.end)})
      AND (n.datum_overlijden IS NULL OR CAST(n.datum_overlijden AS DATE) > ${D(p.end)})) AS noemer`,
  wmo_voorzieningen_per_client: (
    p,
  ) => `WITH n AS (SELECT v.bsn, count(*) AS k FROM (SELECT DISTINCT bsn, tid FROM (${VOORZ}) x WHERE x.wet = 'Wmo' AND ${running(p, 'x.b', 'x.e')}) v GROUP BY v.bsn)
SELECT CASE WHEN k > 5 THEN '6+' ELSE CAST(k AS VARCHAR) END AS aantal_voorzieningen, count(*) AS teller, NULL AS noemer FROM n GROUP BY 1
UNION ALL SELECT 'Totaal', count(*), NULL FROM n HAVING count(*) > 0`,
  jeugdhulp_jeugdigen: (p) => youth(p, `NOT IN ('47', '48')`, [0, 17]),
  jeugdbescherming_jeugdigen: (p) => youth(p, `= '48'`, [0, 17]),
  jeugdreclassering_jeugdigen: (p) => youth(p, `= '47'`, [12, 22]),
  jeugdhulp_trajecten: (p) => `WITH t AS (${TRAJECTEN})
SELECT 'lopend' AS status, (SELECT count(*) FROM t WHERE ${running(p, 't.b', 't.e')}) AS teller, NULL AS noemer
UNION ALL SELECT 'gestart', (SELECT count(*) FROM t WHERE ${inside(p, 't.b')}), NULL
UNION ALL SELECT 'beeindigd', (SELECT count(*) FROM t WHERE ${inside(p, 't.e')}), NULL`,
  jeugdhulp_trajectduur: (p) =>
    `WITH t AS (${TRAJECTEN}) SELECT sum(t.e - t.b + 1) AS teller, count(*) AS noemer FROM t WHERE ${inside(p, 't.e')} HAVING count(*) > 0`,
  jeugdhulp_volgens_plan: (p) =>
    `WITH t AS (${TRAJECTEN}) SELECT sum(CASE WHEN t.reden = '31' THEN 1 ELSE 0 END) AS teller, count(*) AS noemer FROM t WHERE ${inside(p, 't.e')} HAVING count(*) > 0`,
  kosten: (p) => `WITH r AS (SELECT * FROM (${REGELS}) x WHERE ${inside(p, 'x.b')})
SELECT wet, cat AS productcategorie, sum(bedrag) AS teller, NULL AS noemer FROM r GROUP BY wet, cat
UNION ALL SELECT wet, 'Totaal', sum(bedrag), NULL FROM r GROUP BY wet
UNION ALL SELECT 'Totaal', 'Totaal', sum(bedrag), NULL FROM r HAVING count(*) > 0`,
  kosten_per_client: (p) => `WITH r AS (SELECT * FROM (${REGELS}) x WHERE ${inside(p, 'x.b')})
SELECT wet, sum(bedrag) AS teller, count(DISTINCT client) AS noemer FROM r GROUP BY wet
UNION ALL SELECT 'Totaal', sum(bedrag), count(DISTINCT client) FROM r HAVING count(*) > 0`,
  kosten_per_inwoner: (p) => `WITH r AS (SELECT * FROM (${REGELS}) x WHERE ${inside(p, 'x.b')})
SELECT wet, sum(bedrag) AS teller, ${inhabitants(p)} AS noemer FROM r GROUP BY wet
UNION ALL SELECT 'Totaal', sum(bedrag), ${inhabitants(p)} FROM r HAVING count(*) > 0`,
  doorlooptijd_start_zorg: (p) => `WITH s AS (
  SELECT v.wet, v.td, f.eerste FROM (${VOORZ}) v JOIN (${EERSTE}) f ON f.tid = v.tid
), d AS (SELECT wet, eerste - td AS dagen FROM s WHERE eerste IS NOT NULL AND ${inside(p, 'eerste')})
SELECT wet, sum(dagen) AS teller, count(*) AS noemer FROM d GROUP BY wet
UNION ALL SELECT 'Totaal', sum(dagen), count(*) FROM d HAVING count(*) > 0`,
  stapeling: (p) => stapeling(p, 'bsn'),
  stapeling_huishoudens: (p) => stapeling(p, 'hh'),
  zorgpad_stromen: (
    p,
  ) => `SELECT z.wet, z.verwijzer AS soort_verwijzer, z.agb AS aanbieder, z.cat AS productcategorie, count(DISTINCT z.bsn) AS teller, NULL AS noemer
FROM (${PAD}) z WHERE ${inside(p, 'z.b')} GROUP BY z.wet, z.verwijzer, z.agb, z.cat`,
  zorgpad_doorlooptijden: (p) => `WITH z AS (${PAD}), s AS (
  SELECT wet, 'verzoek → toewijzing' AS stap, td - ontvangen AS dagen FROM z WHERE ontvangen IS NOT NULL AND ${inside(p, 'td')}
  UNION ALL SELECT wet, 'toewijzing → start levering', eerste - td FROM z WHERE eerste IS NOT NULL AND ${inside(p, 'eerste')}
  UNION ALL SELECT wet, 'verzoek → start levering', eerste - ontvangen FROM z WHERE eerste IS NOT NULL AND ontvangen IS NOT NULL AND ${inside(p, 'eerste')}
) SELECT wet, stap, sum(dagen) AS teller, count(*) AS noemer FROM s GROUP BY wet, stap`,
  zorgpad_dubbelingen: (p) => `WITH v AS (${VOORZ}), d AS (
  SELECT DISTINCT a.bsn, a.wet, a.cat FROM v a, v b
  WHERE a.bsn = b.bsn AND a.wet = b.wet AND a.cat = b.cat AND a.aanb <> b.aanb
    AND ${running(p, 'a.b', 'a.e')} AND ${running(p, 'b.b', 'b.e')}
    AND a.b <= coalesce(b.e, DATE '9999-12-31') AND b.b <= coalesce(a.e, DATE '9999-12-31')
    AND (CASE WHEN a.b > b.b THEN a.b ELSE b.b END) <= ${D(p.end)}
    AND (CASE WHEN coalesce(a.e, DATE '9999-12-31') < coalesce(b.e, DATE '9999-12-31') THEN coalesce(a.e, DATE '9999-12-31') ELSE coalesce(b.e, DATE '9999-12-31') END) >= ${D(p.start)}
)
SELECT wet, cat AS productcategorie, count(DISTINCT bsn) AS teller, NULL AS noemer FROM d GROUP BY wet, cat
UNION ALL SELECT wet, 'Totaal', count(DISTINCT bsn), NULL FROM d GROUP BY wet`,
};
