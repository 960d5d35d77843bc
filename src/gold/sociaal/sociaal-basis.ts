// The social-domain base of the standard set: tables in `gold_intern` that turn the silver GGM tables of
// examples/sociaal (and the BRP population) into facts the indicators count. They are the one place
// that knows the silver names, and the one place that bridges what the GGM lacks:
//
// - GGM v2.5.1 links Toewijzing to Client only through Beschikking (Toewijzing.toewijzing_beschikking_id),
//   and an iWmo/iJw 3.x 301 names no beschikking, so that column is empty. The client of a toewijzing
//   is the BSN on its own 301 line: `sociaal_ext.toewijzing_extensie` (from bronze, docs/istandaarden-
//   lakehouse.md), joined to silver by (wet, toewijzingnummer, aanbieder AGB). Within one gemeente the
//   toewijzingnummer is unique per wet (TR332); a warehouse holding several gemeenten would need the
//   gemeente in silver Toewijzing (it has none).
// - The productcategorie (WMO020/JZ020) is the first two characters of the product code (the mappings
//   write categorie + productcode into `code`); the GGM's own path (Voorzieningsoort.productcategoriecode)
//   is not filled from the messages.
// - Withdrawn toewijzingen (RedenWijziging 13 "verwijderd", CS335) are left out: they never happened.
//
// Plain SQL that DuckDB and PostgreSQL both run (dates: `date - date` is whole days, `date + n` a date);
// what differs on other engines goes through `StandardSqlSyntax`.
import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';

/** The base tables (schema gold_intern), in creation order. */
export const SOCIAAL_BASIS_TABLES = [
  'sd_persoon',
  'sd_voorziening',
  'sd_levering',
  'sd_declaratie',
  'sd_verzoek',
] as const;

const WET = `CASE w.value WHEN 'Wmo' THEN 'Wmo' WHEN 'Jeugdwet' THEN 'Jeugdwet' END`;
const WET_CODE = `CASE w.value WHEN 'Wmo' THEN 'WMO' WHEN 'Jeugdwet' THEN 'JW' END`;

/** A `YYYY-MM-DD` text as a date; NULL when it is not one or has an unknown (00) part. */
function isoDate(text: string, s: StandardSqlSyntax): string {
  return `CASE WHEN ${text} LIKE '____-__-__' AND ${s.substring(text, 6, 2)} <> '00' AND ${s.substring(text, 9, 2)} <> '00' THEN CAST(${text} AS DATE) END`;
}

/**
 * `CREATE TABLE gold_intern.sd_…` statements over silver (and sociaal_ext), for DuckDB and PostgreSQL:
 * tables, not views, so the 17 metrics read the joins once per build.
 */
export function sociaalBasisStatements(
  options: { gemeente?: string } = {},
  s: StandardSqlSyntax = PORTABLE_SQL,
): string[] {
  const registered = options.gemeente
    ? `CASE WHEN i.gemeente_van_inschrijving = '${options.gemeente.replace(/'/g, "''")}' THEN i.datum_inschrijving_gemeente END`
    : 'i.datum_inschrijving_gemeente';
  return [
    s.createSchema('gold_intern'),
    // Every natural person (clients from the messages, inhabitants from the BRP) with birth date and
    // the registration in the gemeente: from the inschrijving until the bijhouding was suspended
    // (emigration, RNI: datum_opschorting_bijhouding) or the person died. A BRP date with an unknown part
    // (1968-00-00) is no date here. With \`gemeente\` only registrations in that gemeente count: a person
    // who moved away is registered elsewhere in the current BRP and is no inhabitant at any date (silver
    // keeps the current registration only, history: none).
    `DROP TABLE IF EXISTS gold_intern.sd_persoon`,
    `CREATE TABLE gold_intern.sd_persoon AS
SELECT n.rechtspersoon_id AS persoon_id, n.burgerservicenummer AS bsn, ${isoDate('n.datum_geboorte', s)} AS geboortedatum,
  ${registered} AS inschrijving_start,
  CASE
    WHEN ${isoDate('n.datum_overlijden', s)} IS NOT NULL AND (i.datum_opschorting_bijhouding IS NULL
      OR ${isoDate('n.datum_overlijden', s)} < i.datum_opschorting_bijhouding) THEN ${isoDate('n.datum_overlijden', s)}
    ELSE i.datum_opschorting_bijhouding
  END AS inschrijving_eind,
  i.heeft_huishouden_id AS huishouden_id
FROM silver.natuurlijk_persoon n
LEFT JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id AND i.valid_to IS NULL
WHERE n.valid_to IS NULL`,
    // One row per toewijzing (the assigned provision): client, wet, category, aanbieder, period.
    `DROP TABLE IF EXISTS gold_intern.sd_voorziening`,
    `CREATE TABLE gold_intern.sd_voorziening AS
SELECT t.toewijzing_id, p.rechtspersoon_id AS persoon_id, x.bsn, ${WET} AS wet,
  ${s.substring('t.code', 1, 2)} AS categorie, t.levert_voorziening_leverancier_sociaal_domein_generiek_id AS aanbieder_id,
  l.agb_code AS aanbieder, t.datum_toewijzing, t.datum_start_toewijzing AS datum_start,
  t.datum_einde_toewijzing AS datum_einde, x.referentie_aanbieder
FROM silver.toewijzing t
JOIN silver.wet_enum w ON w.wet_enum_id = t.wet_enum_id
JOIN silver.leverancier_sociaal_domein_generiek l
  ON l.rechtspersoon_id = t.levert_voorziening_leverancier_sociaal_domein_generiek_id
JOIN sociaal_ext.toewijzing_extensie x ON x.wet = ${WET_CODE}
  AND CAST(x.toewijzing_nummer AS BIGINT) = t.toewijzingnummer AND x.aanbieder = l.agb_code
LEFT JOIN silver.natuurlijk_persoon p ON p.burgerservicenummer = x.bsn AND p.valid_to IS NULL
WHERE coalesce(t.reden_wijziging, 0) <> 13 AND ${WET} IS NOT NULL`,
    // One row per levering interval (305 start – 307 stop), with its toewijzing's client and wet.
    `DROP TABLE IF EXISTS gold_intern.sd_levering`,
    `CREATE TABLE gold_intern.sd_levering AS
SELECT lv.levering_id, v.toewijzing_id, v.persoon_id, v.bsn, v.wet, ${s.substring('lv.code', 1, 2)} AS categorie,
  lv.leverde_prestatie_leverancier_sociaal_domein_generiek_id AS aanbieder_id,
  lv.datum_start, lv.datum_stop, lv.stopreden
FROM silver.levering lv
JOIN gold_intern.sd_voorziening v ON v.toewijzing_id = lv.geleverde_zorg_toewijzing_id`,
    // Declared costs per prestatie (credit negative), with the client and the wet of its toewijzing
    // ('Onbekend' when the toewijzing is not in silver: the amount is kept, never dropped).
    `DROP TABLE IF EXISTS gold_intern.sd_declaratie`,
    `CREATE TABLE gold_intern.sd_declaratie AS
SELECT r.declaratieregel_id, r.betreft_client_id AS persoon_id, coalesce(v.wet, 'Onbekend') AS wet,
  ${s.substring('r.code', 1, 2)} AS categorie, r.bedrag, r.datum_start, r.datum_einde
FROM silver.declaratieregel r
LEFT JOIN gold_intern.sd_voorziening v ON v.toewijzing_id = r.is_op_basis_van_toewijzing_id`,
    // Verzoeken om toewijzing (315) with their verwijzer, client and aanbieder.
    `DROP TABLE IF EXISTS gold_intern.sd_verzoek`,
    `CREATE TABLE gold_intern.sd_verzoek AS
SELECT q.verzoek_om_toewijzing_id AS verzoek_id, q.betreft_client_id AS persoon_id,
  q.leverancier_leverancier_sociaal_domein_generiek_id AS aanbieder_id, q.referentie_aanbieder,
  q.datum_ontvangst, coalesce(s.value, 'Onbekend') AS soort_verwijzer, q.verwijzer
FROM silver.verzoek_om_toewijzing q
LEFT JOIN silver.soort_verwijzer_enum s ON s.soort_verwijzer_enum_id = q.soort_verwijzer_enum_id`,
  ];
}

/**
 * `gold_intern.sd_uitkering (bsn, datum_start, datum_einde)`: Participatiewet provisions for stapeling. Given
 * `select` (a query with those columns over the project's income silver) it is that; without one it is
 * an empty table, and stapeling counts Wmo and Jeugdwet only (the materialiser says so).
 */
export function uitkeringStatements(select?: string, s: StandardSqlSyntax = PORTABLE_SQL): string[] {
  const body =
    select ??
    `SELECT CAST(NULL AS ${s.textType}) AS bsn, CAST(NULL AS DATE) AS datum_start, CAST(NULL AS DATE) AS datum_einde WHERE 1 = 0`;
  return [
    `DROP TABLE IF EXISTS gold_intern.sd_uitkering`,
    `CREATE TABLE gold_intern.sd_uitkering AS\n${body}`,
  ];
}

/**
 * Participatiewet (algemene bijstand, PW-I) uitkeringen from the GGM income silver that
 * examples/participatie builds: Inkomensvoorziening → Inkomensvoorzieningsoort (wet) and → the person.
 * Bijzondere bijstand, IOAW/IOAZ and Bbz are other regelingen and are not counted.
 */
export const GGM_UITKERINGEN = `SELECT n.burgerservicenummer AS bsn, v.ingangsdatum AS datum_start, v.einddatum AS datum_einde
FROM silver.inkomensvoorziening v
JOIN silver.inkomensvoorzieningsoort s ON s.inkomensvoorzieningsoort_id = v.is_soort_voorziening_inkomensvoorzieningsoort_id
JOIN silver.wet_enum w ON w.wet_enum_id = s.wet_enum_id
JOIN silver.natuurlijk_persoon n ON n.rechtspersoon_id = v.heeft_uitkering_ingeschreven_persoon_id
WHERE w.value = 'Participatiewet PW-I'`;

/** The silver tables GGM_UITKERINGEN reads. */
export const GGM_UITKERING_TABLES = ['inkomensvoorziening', 'inkomensvoorzieningsoort'] as const;

/** Every table the base tables, trajectories and zorgpaden read: the inputs of every standard metric. */
export const STANDARD_BASE_SOURCES: readonly string[] = [
  'silver.toewijzing',
  'silver.levering',
  'silver.declaratieregel',
  'silver.verzoek_om_toewijzing',
  'silver.natuurlijk_persoon',
  'silver.ingeschreven_persoon',
  'silver.leverancier_sociaal_domein_generiek',
  'silver.wet_enum',
  'silver.soort_verwijzer_enum',
  'sociaal_ext.toewijzing_extensie',
];

/** The income silver stapeling reads when the project has it (else the Participatiewet is empty). */
export const STANDARD_INCOME_SOURCES: readonly string[] = GGM_UITKERING_TABLES.map((t) => `silver.${t}`);
