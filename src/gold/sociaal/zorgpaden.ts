// Zorgpaden: the analysis VNG prototyped from the jeugdzorg messages. Per client the path of
// verzoek (315) → toewijzing (301) → leveringen (305/307) with verwijzer, aanbieder, product, duration
// and cost (`gold_intern.zorgpad`, one row per toewijzing), and three indicators over it: flows verwijzer →
// aanbieder → productcategorie, doorlooptijden between the steps, and dubbelingen (overlapping
// toewijzingen of one category at different aanbieders).
//
// A toewijzing answers the verzoek with the same aanbieder and ReferentieAanbieder (TR379); a
// toewijzing the gemeente made without a verzoek has the verwijzer "Geen verzoek om toewijzing".
import { activeIn, within } from './sql-fragments.js';
import type { StandardMetric } from './standard-metric.js';
import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';

const GEEN_VERZOEK = 'Geen verzoek om toewijzing';

/** `CREATE TABLE gold_intern.zorgpad` (dropped first), one row per toewijzing. Holds BSNs: personal data. */
export function zorgpadStatements(s: StandardSqlSyntax = PORTABLE_SQL): string[] {
  return [
    `DROP TABLE IF EXISTS gold_intern.zorgpad`,
    `CREATE TABLE gold_intern.zorgpad AS
WITH leveringen AS (
  SELECT toewijzing_id, min(datum_start) AS eerste_start,
    CASE WHEN count(*) = count(datum_stop) THEN max(datum_stop) END AS laatste_stop
  FROM gold_intern.sd_levering GROUP BY toewijzing_id
), reden AS (
  SELECT toewijzing_id, stopreden FROM (
    SELECT toewijzing_id, stopreden, row_number() OVER (PARTITION BY toewijzing_id
      ORDER BY coalesce(datum_stop, ${s.date('9999-12-31')}) DESC, ${s.nullsLast('stopreden', 'DESC')}) AS rang
    FROM gold_intern.sd_levering) r WHERE rang = 1
), kosten AS (
  SELECT r.is_op_basis_van_toewijzing_id AS toewijzing_id, sum(r.bedrag) AS bedrag
  FROM silver.declaratieregel r GROUP BY r.is_op_basis_van_toewijzing_id
)
SELECT v.bsn, v.persoon_id, v.wet, v.toewijzing_id, v.categorie AS productcategorie, v.aanbieder,
  q.datum_ontvangst AS datum_verzoek, coalesce(q.soort_verwijzer, '${GEEN_VERZOEK}') AS soort_verwijzer,
  q.verwijzer, v.datum_toewijzing, v.datum_start, v.datum_einde, l.eerste_start AS start_levering,
  l.laatste_stop AS stop_levering, CASE WHEN l.laatste_stop IS NOT NULL THEN r.stopreden END AS stopreden,
  ${s.daysBetween('l.eerste_start', 'l.laatste_stop')} + 1 AS duur_dagen, coalesce(k.bedrag, 0) AS kosten
FROM gold_intern.sd_voorziening v
LEFT JOIN gold_intern.sd_verzoek q ON q.aanbieder_id = v.aanbieder_id AND q.referentie_aanbieder = v.referentie_aanbieder
LEFT JOIN leveringen l ON l.toewijzing_id = v.toewijzing_id
LEFT JOIN reden r ON r.toewijzing_id = v.toewijzing_id
LEFT JOIN kosten k ON k.toewijzing_id = v.toewijzing_id`,
  ];
}

const ZORGPAD_SOURCES = [
  'silver.toewijzing',
  'silver.verzoek_om_toewijzing',
  'silver.levering',
  'silver.declaratieregel',
  'sociaal_ext.toewijzing_extensie',
];

const STAPPEN: readonly { label: string; from: string; to: string }[] = [
  { label: 'verzoek → toewijzing', from: 'z.datum_verzoek', to: 'z.datum_toewijzing' },
  { label: 'toewijzing → start levering', from: 'z.datum_toewijzing', to: 'z.start_levering' },
  { label: 'verzoek → start levering', from: 'z.datum_verzoek', to: 'z.start_levering' },
];

/** The cells of zorgpad_doorlooptijden: days between two steps (engine day arithmetic). */
function doorlooptijdenSql(s: StandardSqlSyntax): { with: string[]; cells: string } {
  return {
    with: [
      `stappen AS (${STAPPEN.map(
        (st) =>
          `SELECT p.periode, z.wet, CAST('${st.label}' AS ${s.textType}) AS stap, ${s.daysBetween(st.from, st.to)} AS dagen FROM perioden p JOIN gold_intern.zorgpad z ON ${st.from} IS NOT NULL AND ${st.to} IS NOT NULL AND ${within(st.to)}`,
      ).join('\nUNION ALL ')})`,
    ],
    cells: `SELECT periode, wet, stap, sum(dagen) AS teller, count(*) AS noemer FROM stappen GROUP BY periode, wet, stap`,
  };
}

/** The cells of zorgpad_dubbelingen: overlapping toewijzingen (an open end is the far future). */
function dubbelingenSql(s: StandardSqlSyntax): { with: string[]; cells: string } {
  const open = s.date('9999-12-31');
  return {
    with: [
      `overlap AS (SELECT a.bsn, a.wet, a.categorie,
  CASE WHEN a.datum_start > b.datum_start THEN a.datum_start ELSE b.datum_start END AS van,
  CASE WHEN coalesce(a.datum_einde, ${open}) < coalesce(b.datum_einde, ${open}) THEN coalesce(a.datum_einde, ${open}) ELSE coalesce(b.datum_einde, ${open}) END AS tot
FROM gold_intern.sd_voorziening a JOIN gold_intern.sd_voorziening b ON b.bsn = a.bsn AND b.wet = a.wet AND b.categorie = a.categorie
  AND a.aanbieder_id < b.aanbieder_id
WHERE a.datum_start <= coalesce(b.datum_einde, ${open}) AND b.datum_start <= coalesce(a.datum_einde, ${open}))`,
      `dubbel AS (SELECT p.periode, o.wet, o.categorie, o.bsn FROM perioden p JOIN overlap o ON ${activeIn('o.van', 'o.tot')})`,
    ],
    cells: `SELECT periode, wet, categorie AS productcategorie, count(DISTINCT bsn) AS teller, CAST(NULL AS BIGINT) AS noemer FROM dubbel GROUP BY periode, wet, categorie
UNION ALL SELECT periode, wet, 'Totaal', count(DISTINCT bsn), CAST(NULL AS BIGINT) FROM dubbel GROUP BY periode, wet`,
  };
}

/** The zorgpad metrics whose SQL differs per engine, by id (the others are portable as written). */
export const ZORGPAD_SQL: Readonly<
  Record<string, (s: StandardSqlSyntax) => { with?: string[]; cells: string }>
> = {
  zorgpad_doorlooptijden: doorlooptijdenSql,
  zorgpad_dubbelingen: dubbelingenSql,
};

export const ZORGPAD_METRICS: readonly StandardMetric[] = [
  {
    id: 'zorgpad_stromen',
    title: 'Zorgpaden: cliënten van verwijzer naar aanbieder en productcategorie',
    definition: `Aantal unieke cliënten (BSN) met een toewijzing die in de periode ingaat, per soort verwijzer (uit het verzoek om toewijzing, 315, dat de toewijzing beantwoordt: zelfde aanbieder en ReferentieAanbieder), aanbieder (AGB-code) en productcategorie. Toewijzingen zonder verzoek hebben als verwijzer "${GEEN_VERZOEK}".`,
    unit: 'persons',
    grains: ['year', 'halfyear'],
    dimensions: [
      { name: 'wet', title: 'Wet' },
      { name: 'soort_verwijzer', title: 'Soort verwijzer' },
      { name: 'aanbieder', title: 'Aanbieder (AGB)' },
      { name: 'productcategorie', title: 'Productcategorie' },
    ],
    sources: ZORGPAD_SOURCES,
    cells: `SELECT p.periode, z.wet, z.soort_verwijzer, z.aanbieder, z.productcategorie, count(DISTINCT z.bsn) AS teller, CAST(NULL AS BIGINT) AS noemer
FROM perioden p JOIN gold_intern.zorgpad z ON ${within('z.datum_start')}
GROUP BY p.periode, z.wet, z.soort_verwijzer, z.aanbieder, z.productcategorie`,
    value: 'teller',
    suppressOn: 'teller',
  },
  {
    id: 'zorgpad_doorlooptijden',
    title: 'Zorgpaden: gemiddelde doorlooptijd tussen de stappen (dagen)',
    definition:
      'Gemiddeld aantal dagen tussen twee stappen van een zorgpad, voor de toewijzingen waarvan de latere stap in de periode ligt: van de ontvangst van het verzoek om toewijzing tot de toewijzingsdatum, van de toewijzingsdatum tot de eerste levering, en van het verzoek tot de eerste levering; per wet. Toewijzingen zonder verzoek of zonder levering tellen bij de stappen die ze missen niet mee.',
    unit: 'days',
    grains: ['year', 'halfyear'],
    dimensions: [
      { name: 'wet', title: 'Wet' },
      { name: 'stap', title: 'Stap' },
    ],
    sources: ZORGPAD_SOURCES,
    ...doorlooptijdenSql(PORTABLE_SQL),
    value: 'ratio',
    suppressOn: 'noemer',
    additiveOverTime: true,
  },
  {
    id: 'zorgpad_dubbelingen',
    title:
      'Zorgpaden: cliënten met overlappende voorzieningen van één categorie bij verschillende aanbieders',
    definition:
      'Aantal unieke cliënten (BSN) met twee toewijzingen in dezelfde wet en productcategorie bij verschillende aanbieders waarvan de looptijden overlappen, met ten minste één dag van die overlap in de periode; per wet en productcategorie, en Totaal per wet.',
    unit: 'persons',
    grains: ['year', 'halfyear'],
    dimensions: [
      { name: 'wet', title: 'Wet' },
      { name: 'productcategorie', title: 'Productcategorie' },
    ],
    sources: ZORGPAD_SOURCES,
    ...dubbelingenSql(PORTABLE_SQL),
    value: 'teller',
    suppressOn: 'teller',
  },
];
