// Test oracle for bijstand_per_10000_volwassenen (examples/sociaal/gold/bijstand-per-10000-volwassenen.yaml),
// written by hand straight over silver, one query per period with the dates written in; and a seeded
// Participatiewet silver (inkomensvoorziening, inkomensvoorzieningsoort) over the persons of seed-silver.ts.
import type { RefPeriod } from './reference-sql.js';

const D = (iso: string) => `DATE '${iso}'`;
const minus = (iso: string, years: number) => `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;

/** Silver for uitkeringen: soort 1 algemene bijstand (wet id `pwId`), soort 2 bijzondere bijstand. */
export function seedBijstandStatements(pwId: number, otherId: number): string[] {
  return [
    `INSERT INTO silver.wet_enum VALUES (${pwId}, 'Participatiewet PW-I'), (${otherId}, 'Bijzondere Bijstand')`,
    `CREATE TABLE silver.inkomensvoorzieningsoort (inkomensvoorzieningsoort_id BIGINT, wet_enum_id INTEGER, valid_to TIMESTAMP)`,
    `INSERT INTO silver.inkomensvoorzieningsoort VALUES (1, ${pwId}, NULL), (2, ${otherId}, NULL)`,
    `CREATE TABLE silver.inkomensvoorziening (inkomensvoorziening_id BIGINT, ingangsdatum DATE, einddatum DATE,
      is_soort_voorziening_inkomensvoorzieningsoort_id BIGINT, heeft_uitkering_ingeschreven_persoon_id BIGINT, valid_to TIMESTAMP)`,
    // persons p % 9 = 0; every third a second dossier; p % 27 = 0 bijzondere bijstand
    `INSERT INTO silver.inkomensvoorziening
     SELECT p * 10 + k, DATE '2023-06-01' + CAST((p * 13 + k * 200) % 800 AS INTEGER),
       CASE WHEN (p + k) % 3 = 0 THEN NULL ELSE DATE '2023-06-01' + CAST((p * 13 + k * 200) % 800 + 60 + p % 300 AS INTEGER) END,
       CASE WHEN p % 27 = 0 THEN 2 ELSE 1 END, p, NULL
     FROM generate_series(1, 3200) AS g(p) CROSS JOIN generate_series(0, 1) AS h(k)
     WHERE p % 9 = 0 AND (k = 0 OR p % 4 = 0)`,
  ];
}

/** Persons 18+ with algemene bijstand running in the period; inhabitants 18+ on its last day. */
export function bijstandReference(p: RefPeriod): string {
  const adult = `CAST(n.datum_geboorte AS DATE) <= ${D(minus(p.end, 18))}`;
  return `SELECT
  (SELECT count(DISTINCT v.heeft_uitkering_ingeschreven_persoon_id)
   FROM silver.inkomensvoorziening v
   JOIN silver.inkomensvoorzieningsoort s ON s.inkomensvoorzieningsoort_id = v.is_soort_voorziening_inkomensvoorzieningsoort_id
   JOIN silver.wet_enum w ON w.wet_enum_id = s.wet_enum_id
   JOIN silver.natuurlijk_persoon n ON n.rechtspersoon_id = v.heeft_uitkering_ingeschreven_persoon_id
   -- a person outside the BRP (no ingeschreven_persoon) has no age here and is not counted
   WHERE EXISTS (SELECT 1 FROM silver.ingeschreven_persoon r WHERE r.rechtspersoon_id = n.rechtspersoon_id) AND w.value = 'Participatiewet PW-I' AND v.ingangsdatum <= ${D(p.end)}
     AND (v.einddatum IS NULL OR v.einddatum >= ${D(p.start)}) AND ${adult}) AS teller,
  (SELECT count(*) FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = n.rechtspersoon_id
   WHERE i.datum_inschrijving_gemeente <= ${D(p.end)}
     AND (i.datum_opschorting_bijhouding IS NULL OR i.datum_opschorting_bijhouding > ${D(p.end)})
     AND (n.datum_overlijden IS NULL OR CAST(n.datum_overlijden AS DATE) > ${D(p.end)}) AND ${adult}) AS noemer`;
}
