// The standard set of social-domain indicators (docs/gold-standard-set.md): Dutch titles and
// definitions for people, SQL cells over the base views of sociaal-basis.ts. Person counts are distinct
// BSNs with at least one provision active on any day of the period (start ≤ period end, end empty or
// ≥ period start); the reference date of ages and inhabitants is the last day of the period.
import type { PeriodGrain } from '../gold-table.js';
import { activeIn, within } from './sql-fragments.js';
import type { StandardMetric } from './standard-metric.js';
import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';

const BOTH: readonly PeriodGrain[] = ['year', 'halfyear'];
const YEAR: readonly PeriodGrain[] = ['year'];
const VOORZIENING = ['silver.toewijzing', 'sociaal_ext.toewijzing_extensie', 'silver.natuurlijk_persoon'];
const INWONERS = ['silver.natuurlijk_persoon', 'silver.ingeschreven_persoon'];
const CLIENT_LINK_GAP =
  'De GGM koppelt een Toewijzing alleen via Beschikking aan de Cliënt en een 301-bericht noemt geen beschikking: de cliënt komt uit het BSN van de 301-regel (sociaal_ext.toewijzing_extensie).';

/** The label of a combination of the three flags. */
const COMBINATIE = `CASE
  WHEN wmo = 1 AND jw = 1 AND pw = 1 THEN 'Wmo + Jeugdwet + Participatiewet'
  WHEN wmo = 1 AND jw = 1 THEN 'Wmo + Jeugdwet'
  WHEN wmo = 1 AND pw = 1 THEN 'Wmo + Participatiewet'
  WHEN jw = 1 AND pw = 1 THEN 'Jeugdwet + Participatiewet'
  WHEN wmo = 1 THEN 'Alleen Wmo'
  WHEN jw = 1 THEN 'Alleen Jeugdwet'
  ELSE 'Alleen Participatiewet' END`;

/** wmo_voorzieningen_per_client: the number of provisions as a label (the engine's text type). */
function voorzieningenPerClientSql(s: StandardSqlSyntax): { with: string[]; cells: string } {
  const aantal = `CASE WHEN n >= 6 THEN '6+' ELSE CAST(n AS ${s.textType}) END`;
  return {
    with: [
      `per_client AS (SELECT p.periode, v.bsn, count(DISTINCT v.toewijzing_id) AS n FROM perioden p JOIN gold_intern.sd_voorziening v ON ${activeIn('v.datum_start', 'v.datum_einde')} WHERE v.wet = 'Wmo' GROUP BY p.periode, v.bsn)`,
    ],
    cells: `SELECT periode, ${aantal} AS aantal_voorzieningen, count(*) AS teller, CAST(NULL AS BIGINT) AS noemer
FROM per_client GROUP BY periode, ${aantal}
UNION ALL SELECT periode, 'Totaal', count(*), CAST(NULL AS BIGINT) FROM per_client GROUP BY periode`,
  };
}

/** doorlooptijd_start_zorg: days from the toewijzing to its first levering (engine day arithmetic). */
function doorlooptijdStartZorgSql(s: StandardSqlSyntax): { with: string[]; cells: string } {
  return {
    with: [
      `eerste AS (SELECT v.toewijzing_id, v.wet, v.datum_toewijzing, min(l.datum_start) AS start_zorg FROM gold_intern.sd_voorziening v JOIN gold_intern.sd_levering l ON l.toewijzing_id = v.toewijzing_id GROUP BY v.toewijzing_id, v.wet, v.datum_toewijzing)`,
      `tijden AS (SELECT p.periode, e.wet, ${s.daysBetween('e.datum_toewijzing', 'e.start_zorg')} AS dagen FROM perioden p JOIN eerste e ON ${within('e.start_zorg')})`,
    ],
    cells: `SELECT periode, wet, sum(dagen) AS teller, count(*) AS noemer FROM tijden GROUP BY periode, wet
UNION ALL SELECT periode, 'Totaal', sum(dagen), count(*) FROM tijden GROUP BY periode`,
  };
}

/** The metrics whose SQL differs per engine, by id (the others are portable as written). */
export const STANDARD_SET_SQL: Readonly<
  Record<string, (s: StandardSqlSyntax) => { with?: string[]; cells: string }>
> = {
  wmo_voorzieningen_per_client: voorzieningenPerClientSql,
  doorlooptijd_start_zorg: doorlooptijdStartZorgSql,
};

export const STANDARD_SET: readonly StandardMetric[] = [
  {
    id: 'wmo_huishoudens_per_1000',
    title: 'Huishoudens met een Wmo-maatwerkvoorziening per 1.000 huishoudens',
    definition:
      'Aantal unieke huishoudens (BRP-huishouden van de cliënt) met ten minste één lid met een Wmo-toewijzing die in de periode loopt, per 1.000 huishoudens van de inwoners die op de laatste dag van de periode ingeschreven staan. Cliënten zonder huishouden in silver tellen niet mee; het huishouden is het huidige (silver houdt geen historie van personen).',
    unit: 'rate',
    scale: 1000,
    grains: BOTH,
    dimensions: [],
    sources: [...VOORZIENING, ...INWONERS],
    with: [
      `huishoudens AS (SELECT p.periode, count(DISTINCT i.huishouden_id) AS n FROM perioden p
LEFT JOIN gold_intern.sd_persoon i ON i.inschrijving_start <= p.periode_eind
  AND (i.inschrijving_eind IS NULL OR i.inschrijving_eind > p.periode_eind) AND i.huishouden_id IS NOT NULL
GROUP BY p.periode)`,
    ],
    cells: `SELECT p.periode, count(DISTINCT pe.huishouden_id) AS teller, max(h.n) AS noemer
FROM perioden p JOIN huishoudens h ON h.periode = p.periode
LEFT JOIN (gold_intern.sd_voorziening v JOIN gold_intern.sd_persoon pe ON pe.persoon_id = v.persoon_id)
  ON v.wet = 'Wmo' AND ${activeIn('v.datum_start', 'v.datum_einde')}
GROUP BY p.periode`,
    value: 'ratio',
    suppressOn: 'teller',
    gaps: [CLIENT_LINK_GAP],
  },
  {
    id: 'wmo_voorzieningen_per_client',
    title: 'Wmo-cliënten naar aantal voorzieningen',
    definition:
      'Aantal unieke Wmo-cliënten naar het aantal verschillende Wmo-toewijzingen dat zij in de periode hebben (1 tot en met 5, 6+); Totaal is alle Wmo-cliënten.',
    unit: 'persons',
    grains: BOTH,
    dimensions: [{ name: 'aantal_voorzieningen', title: 'Aantal voorzieningen' }],
    sources: VOORZIENING,
    ...voorzieningenPerClientSql(PORTABLE_SQL),
    value: 'teller',
    suppressOn: 'teller',
    gaps: [CLIENT_LINK_GAP],
  },
  {
    id: 'jeugdhulp_volgens_plan',
    title: 'Percentage jeugdhulptrajecten beëindigd volgens plan',
    definition:
      'Van de jeugdhulptrajecten die in de periode zijn beëindigd: het percentage waarvan de laatste levering stopte met reden 31 "volgens plan" (JZ588; in de Wmo is dat 19).',
    unit: 'rate',
    scale: 100,
    grains: BOTH,
    dimensions: [],
    sources: ['silver.levering', ...VOORZIENING],
    cells: `SELECT p.periode, count(CASE WHEN t.stopreden = '31' THEN 1 END) AS teller, count(*) AS noemer
FROM perioden p JOIN gold_intern.sd_jeugdhulptraject t ON t.datum_einde IS NOT NULL AND ${within('t.datum_einde')}
GROUP BY p.periode`,
    value: 'ratio',
    suppressOn: 'noemer',
    additiveOverTime: true,
    gaps: [CLIENT_LINK_GAP],
  },
  {
    id: 'doorlooptijd_start_zorg',
    title: 'Gemiddelde doorlooptijd van toewijzing tot start zorg (dagen)',
    definition:
      'Voor toewijzingen waarvan de eerste levering (305-startbericht) in de periode begint: het gemiddelde aantal dagen van de toewijzingsdatum tot de begindatum van die eerste levering, per wet. Een negatieve waarde betekent dat de zorg vóór de toewijzing begon (met terugwerkende kracht). De norm is lokaal en staat niet in de GGM.',
    unit: 'days',
    grains: BOTH,
    dimensions: [{ name: 'wet', title: 'Wet' }],
    sources: ['silver.levering', ...VOORZIENING],
    ...doorlooptijdStartZorgSql(PORTABLE_SQL),
    value: 'ratio',
    gaps: [
      'Aanvraag → beschikking kan niet: de berichten bevatten geen datum van de beschikking (Beschikking.datumAfgifte blijft leeg) en geen aanvraagdatum; zie docs/gold-standard-set.md.',
    ],
  },
  {
    id: 'stapeling',
    title: 'Stapeling van voorzieningen: personen per combinatie van wetten',
    definition:
      'Aantal unieke personen (BSN) per combinatie van Wmo, Jeugdwet en Participatiewet waarin zij in het jaar ten minste één lopende voorziening hadden (Wmo en Jeugdwet: toewijzingen; Participatiewet: uitkeringen uit gold_intern.sd_uitkering). Zonder bron voor uitkeringen is de Participatiewet leeg en staat dat in docs/gold-standard-set.md.',
    unit: 'persons',
    grains: YEAR,
    dimensions: [{ name: 'combinatie', title: 'Combinatie van wetten' }],
    sources: [...VOORZIENING, 'gold_intern.sd_uitkering'],
    with: [stapelingFlags('bsn')],
    cells: `SELECT periode, ${COMBINATIE} AS combinatie, count(*) AS teller, CAST(NULL AS BIGINT) AS noemer FROM vlaggen GROUP BY periode, ${COMBINATIE}`,
    value: 'teller',
    suppressOn: 'teller',
    gaps: [CLIENT_LINK_GAP],
  },
  {
    id: 'stapeling_huishoudens',
    title: 'Stapeling van voorzieningen: huishoudens per combinatie van wetten',
    definition:
      'Aantal huishoudens (BRP-huishouden van de persoon) per combinatie van Wmo, Jeugdwet en Participatiewet waarin ten minste één lid in het jaar een lopende voorziening had. Personen zonder huishouden in silver tellen niet mee.',
    unit: 'count',
    grains: YEAR,
    dimensions: [{ name: 'combinatie', title: 'Combinatie van wetten' }],
    sources: [...VOORZIENING, ...INWONERS, 'gold_intern.sd_uitkering'],
    with: [stapelingFlags('huishouden_id')],
    cells: `SELECT periode, ${COMBINATIE} AS combinatie, count(*) AS teller, CAST(NULL AS BIGINT) AS noemer FROM vlaggen GROUP BY periode, ${COMBINATIE}`,
    value: 'teller',
    suppressOn: 'teller',
    gaps: [
      CLIENT_LINK_GAP,
      'Het huishouden komt uit IngeschrevenPersoon.heeft_huishouden_id (BRP); zonder BRP-huishoudens is deze tabel leeg.',
    ],
  },
];

/** CTE `vlaggen (periode, <unit>, wmo, jw, pw)`: per person or household which laws it had in the period. */
function stapelingFlags(unit: 'bsn' | 'huishouden_id'): string {
  const person = unit === 'bsn' ? 'x.bsn' : 'pe.huishouden_id';
  const join =
    unit === 'bsn'
      ? ''
      : ' JOIN gold_intern.sd_persoon pe ON pe.bsn = x.bsn AND pe.huishouden_id IS NOT NULL';
  return `vlaggen AS (SELECT p.periode, ${person} AS eenheid,
  max(CASE WHEN x.wet = 'Wmo' THEN 1 ELSE 0 END) AS wmo,
  max(CASE WHEN x.wet = 'Jeugdwet' THEN 1 ELSE 0 END) AS jw,
  max(CASE WHEN x.wet = 'Participatiewet' THEN 1 ELSE 0 END) AS pw
FROM perioden p JOIN (
  SELECT bsn, wet, datum_start, datum_einde FROM gold_intern.sd_voorziening
  UNION ALL SELECT bsn, 'Participatiewet', datum_start, datum_einde FROM gold_intern.sd_uitkering
) x ON ${activeIn('x.datum_start', 'x.datum_einde')}${join}
WHERE x.bsn IS NOT NULL
GROUP BY p.periode, ${person})`;
}
