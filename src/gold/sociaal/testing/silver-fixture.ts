// The silver tables (only the columns the standard set reads, named as the schema plan names them for
// examples/sociaal on GGM v2.5.1) and sociaal_ext.toewijzing_extensie as a table, for tests and the
// gold bench. Built by hand so that small cases can be written row by row.

export const FIXTURE_TABLES: readonly string[] = [
  `CREATE SCHEMA IF NOT EXISTS silver`,
  `CREATE SCHEMA IF NOT EXISTS sociaal_ext`,
  `CREATE SCHEMA IF NOT EXISTS gold_intern`,
  `CREATE TABLE silver.wet_enum (wet_enum_id INTEGER, value VARCHAR)`,
  `INSERT INTO silver.wet_enum VALUES (1, 'Niet van toepassing'), (2, 'Wmo'), (3, 'Jeugdwet')`,
  `CREATE TABLE silver.soort_verwijzer_enum (soort_verwijzer_enum_id INTEGER, value VARCHAR)`,
  `INSERT INTO silver.soort_verwijzer_enum VALUES (1, 'Gemeente'), (2, 'Huisarts'), (3, 'Jeugdarts'),
    (4, 'Gecertificeerde instelling'), (5, 'Medisch specialist'), (6, 'Zelfverwijzer / geen verwijzer'),
    (7, 'Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting')`,
  `CREATE TABLE silver.natuurlijk_persoon (rechtspersoon_id BIGINT, burgerservicenummer VARCHAR,
    datum_geboorte VARCHAR, datum_overlijden VARCHAR, valid_to TIMESTAMP)`,
  `CREATE TABLE silver.ingeschreven_persoon (rechtspersoon_id BIGINT, datum_inschrijving_gemeente DATE,
    datum_opschorting_bijhouding DATE, heeft_huishouden_id BIGINT, valid_to TIMESTAMP, gemeente_van_inschrijving VARCHAR)`,
  `CREATE TABLE silver.leverancier_sociaal_domein_generiek (rechtspersoon_id BIGINT, agb_code VARCHAR)`,
  `CREATE TABLE silver.toewijzing (toewijzing_id BIGINT, toewijzingnummer INTEGER, datum_toewijzing DATE,
    datum_start_toewijzing DATE, datum_einde_toewijzing DATE, reden_wijziging INTEGER, code VARCHAR,
    wet_enum_id INTEGER, levert_voorziening_leverancier_sociaal_domein_generiek_id BIGINT)`,
  `CREATE TABLE sociaal_ext.toewijzing_extensie (gemeente VARCHAR, wet VARCHAR, toewijzing_nummer VARCHAR,
    aanbieder VARCHAR, bsn VARCHAR, referentie_aanbieder VARCHAR)`,
  `CREATE TABLE silver.levering (levering_id BIGINT, code VARCHAR, datum_start DATE, datum_stop DATE,
    stopreden VARCHAR, geleverde_zorg_toewijzing_id BIGINT, leverde_prestatie_leverancier_sociaal_domein_generiek_id BIGINT)`,
  `CREATE TABLE silver.declaratieregel (declaratieregel_id BIGINT, code VARCHAR, bedrag DECIMAL(12, 2),
    datum_start DATE, datum_einde DATE, betreft_client_id BIGINT, is_op_basis_van_toewijzing_id BIGINT)`,
  `CREATE TABLE silver.verzoek_om_toewijzing (verzoek_om_toewijzing_id BIGINT, referentie_aanbieder VARCHAR,
    datum_ontvangst DATE, soort_verwijzer_enum_id INTEGER, verwijzer VARCHAR,
    leverancier_leverancier_sociaal_domein_generiek_id BIGINT, betreft_client_id BIGINT)`,
  `CREATE SCHEMA IF NOT EXISTS fixture`,
  `CREATE TABLE fixture.uitkering (bsn VARCHAR, datum_start DATE, datum_einde DATE)`,
];

/** The uitkeringen query the fixtures pass to the standard set (Participatiewet for stapeling). */
export const FIXTURE_UITKERINGEN = `SELECT bsn, datum_start, datum_einde FROM fixture.uitkering`;

/** Small cases written row by row. Dates 'YYYY-MM-DD'; undefined is NULL. */
export interface Fixture {
  persons?: {
    id: number;
    bsn: string;
    born: string;
    registered?: string;
    left?: string;
    died?: string;
    household?: number;
    gemeente?: string;
  }[];
  providers?: { id: number; agb: string }[];
  toewijzingen?: {
    id: number;
    nummer: number;
    bsn: string;
    wet: 'WMO' | 'JW';
    code: string;
    provider: number;
    assigned: string;
    start: string;
    end?: string;
    reden?: number;
    referentie?: string;
  }[];
  leveringen?: {
    id: number;
    toewijzing: number;
    code: string;
    provider: number;
    start: string;
    stop?: string;
    reden?: string;
  }[];
  regels?: {
    id: number;
    toewijzing: number;
    client: number;
    code: string;
    bedrag: number;
    start: string;
    end: string;
  }[];
  verzoeken?: {
    id: number;
    referentie: string;
    received: string;
    verwijzer: number;
    provider: number;
    client: number;
  }[];
  uitkeringen?: { bsn: string; start: string; end?: string }[];
}

const lit = (v: string | number | undefined): string =>
  v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`;
const date = (v: string | undefined): string => (v === undefined ? 'NULL' : `DATE '${v}'`);

function insert(table: string, rows: string[][]): string[] {
  return rows.length === 0
    ? []
    : [`INSERT INTO ${table} VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')}`];
}

/** INSERT statements for a hand-written fixture. */
export function fixtureInserts(f: Fixture): string[] {
  const agb = new Map((f.providers ?? []).map((p) => [p.id, p.agb]));
  return [
    ...insert(
      'silver.natuurlijk_persoon',
      (f.persons ?? []).map((p) => [String(p.id), lit(p.bsn), lit(p.born), lit(p.died), 'NULL']),
    ),
    ...insert(
      'silver.ingeschreven_persoon',
      (f.persons ?? [])
        .filter((p) => p.registered)
        .map((p) => [
          String(p.id),
          date(p.registered),
          date(p.left),
          lit(p.household),
          'NULL',
          lit(p.gemeente ?? '0221'),
        ]),
    ),
    ...insert(
      'silver.leverancier_sociaal_domein_generiek',
      (f.providers ?? []).map((p) => [String(p.id), lit(p.agb)]),
    ),
    ...insert(
      'silver.toewijzing',
      (f.toewijzingen ?? []).map((t) => [
        String(t.id),
        String(t.nummer),
        date(t.assigned),
        date(t.start),
        date(t.end),
        lit(t.reden),
        lit(t.code),
        t.wet === 'WMO' ? '2' : '3',
        String(t.provider),
      ]),
    ),
    ...insert(
      'sociaal_ext.toewijzing_extensie',
      (f.toewijzingen ?? []).map((t) => [
        `'0221'`,
        lit(t.wet),
        lit(String(t.nummer)),
        lit(agb.get(t.provider)),
        lit(t.bsn),
        lit(t.referentie),
      ]),
    ),
    ...insert(
      'silver.levering',
      (f.leveringen ?? []).map((l) => [
        String(l.id),
        lit(l.code),
        date(l.start),
        date(l.stop),
        lit(l.reden),
        String(l.toewijzing),
        String(l.provider),
      ]),
    ),
    ...insert(
      'silver.declaratieregel',
      (f.regels ?? []).map((r) => [
        String(r.id),
        lit(r.code),
        String(r.bedrag),
        date(r.start),
        date(r.end),
        String(r.client),
        String(r.toewijzing),
      ]),
    ),
    ...insert(
      'silver.verzoek_om_toewijzing',
      (f.verzoeken ?? []).map((v) => [
        String(v.id),
        lit(v.referentie),
        date(v.received),
        String(v.verwijzer),
        'NULL',
        String(v.provider),
        String(v.client),
      ]),
    ),
    ...insert(
      'fixture.uitkering',
      (f.uitkeringen ?? []).map((u) => [lit(u.bsn), date(u.start), date(u.end)]),
    ),
  ];
}

/**
 * What the seeded silver lacks beside the project's schema plan, for metric files resolved against that
 * plan: `valid_to` on the versioned tables, and the clients the declaratieregels name.
 */
export const PLAN_COLUMNS = [
  'leverancier_sociaal_domein_generiek',
  'toewijzing',
  'levering',
  'declaratieregel',
]
  .map((t) => `ALTER TABLE silver.${t} ADD COLUMN IF NOT EXISTS valid_to TIMESTAMP`)
  .concat(
    // the clients the declaratieregels name (Declaratieregel.betreft → Client)
    `CREATE TABLE silver.client (rechtspersoon_id BIGINT, valid_to TIMESTAMP)`,
    `INSERT INTO silver.client SELECT DISTINCT betreft_client_id, CAST(NULL AS TIMESTAMP) FROM silver.declaratieregel`,
  );
