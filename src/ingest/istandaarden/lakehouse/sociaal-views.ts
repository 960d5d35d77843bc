import type { Engine } from '../../../engines/engine.js';

/** The schema of the extension views: what the GGM has no home for, and the OP087 current state. */
export const SOCIAAL_EXT_SCHEMA = 'sociaal_ext';

/**
 * The extension views over `bronze.<source>` (format `istandaarden`), as SQL that DuckDB and PostgreSQL
 * both run. Pure: the caller executes them (`createSociaalViews`).
 *
 * - `toewijzing_actueel` (OP087): a 301 carries every current toewijzing of one client at one aanbieder,
 *   so the current set per (gemeente, aanbieder, wet, BSN) is the set of lines of the latest 301 for
 *   them: latest by Toewijzingsdatum + Toewijzingstijd of its lines, then Identificatie. A toewijzing
 *   left out of that 301 is no longer current, whatever order the messages arrived in (OP080).
 * - `toewijzing_extensie`: per toewijzing (gemeente, wet, nummer), its latest line with what the GGM
 *   Toewijzing cannot hold: budget (eurocent), toewijzingstijd, referentie aanbieder, product
 *   categorie, BSN and aanbieder.
 * - `toewijzing_beschikking`: the beschikking a toewijzing answers, where the 315 that asked for it
 *   names one (a 3.x 301 names none; the 301 refers to its 315 by ReferentieAanbieder). A view rather
 *   than a silver column: the 315 may be loaded after the 301, and silver must not depend on that.
 * - `declaratie_extensie`: per 323 its DeclaratieNummer, period and total, with the 325 answer
 *   (total granted, retour codes) when one was loaded.
 * - `retour`: every retour (302, 306, 308, 316, 318, 320) with its codes and the message it answers.
 * - `verzoek`: 317 and 319 (verzoek om wijziging and its answer), whole, as sent.
 */
export function sociaalViewStatements(source = 'istandaarden'): string[] {
  const b = `bronze.${source}`;
  const s = SOCIAAL_EXT_SCHEMA;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE OR REPLACE VIEW ${s}.toewijzing_actueel AS
WITH berichten AS (
  SELECT afzender, ontvanger, wet, bsn, identificatie,
    max(toewijzingsdatum || ' ' || toewijzingstijd) AS toewijzingsmoment
  FROM ${b} WHERE regel_soort = 'toewijzing'
  GROUP BY afzender, ontvanger, wet, bsn, identificatie
), laatste AS (
  SELECT afzender, ontvanger, wet, bsn, identificatie, toewijzingsmoment,
    row_number() OVER (PARTITION BY afzender, ontvanger, wet, bsn
      ORDER BY toewijzingsmoment DESC, identificatie DESC) AS rang
  FROM berichten
)
SELECT t.afzender AS gemeente, t.ontvanger AS aanbieder, t.wet, t.bsn, t.toewijzing_nummer,
  t.product_categorie, t.product_code, t.toewijzingsdatum, t.toewijzingstijd, t.ingangsdatum, t.einddatum,
  t.reden_wijziging, t.omvang_volume, t.omvang_eenheid, t.omvang_frequentie, t.budget_cent,
  t.referentie_aanbieder, t.identificatie AS bericht_identificatie, t.bestand
FROM ${b} t JOIN laatste l ON l.rang = 1 AND l.afzender = t.afzender AND l.ontvanger = t.ontvanger
  AND l.wet = t.wet AND l.bsn = t.bsn AND l.identificatie = t.identificatie
WHERE t.regel_soort = 'toewijzing'`,
    `CREATE OR REPLACE VIEW ${s}.toewijzing_extensie AS
SELECT gemeente, wet, toewijzing_nummer, aanbieder, bsn, product_categorie, budget_cent, toewijzingstijd,
  referentie_aanbieder, bericht_identificatie
FROM (
  SELECT afzender AS gemeente, wet, toewijzing_nummer, ontvanger AS aanbieder, bsn, product_categorie,
    budget_cent, toewijzingstijd, referentie_aanbieder, identificatie AS bericht_identificatie,
    row_number() OVER (PARTITION BY afzender, wet, toewijzing_nummer
      ORDER BY toewijzingsdatum DESC, toewijzingstijd DESC, identificatie DESC) AS rang
  FROM ${b} WHERE regel_soort = 'toewijzing'
) x WHERE rang = 1`,
    `CREATE OR REPLACE VIEW ${s}.toewijzing_beschikking AS
SELECT DISTINCT t.afzender AS gemeente, t.wet, t.toewijzing_nummer, t.ontvanger AS aanbieder,
  t.referentie_aanbieder, a.beschikking_nummer, a.ingangsdatum AS beschikking_ingangsdatum
FROM ${b} t JOIN ${b} a ON a.regel_soort = 'aanvraag' AND a.afzender = t.ontvanger
  AND a.ontvanger = t.afzender AND a.wet = t.wet AND a.referentie_aanbieder = t.referentie_aanbieder
WHERE t.regel_soort = 'toewijzing' AND a.beschikking_nummer IS NOT NULL`,
    `CREATE OR REPLACE VIEW ${s}.declaratie_extensie AS
SELECT d.afzender AS aanbieder, d.ontvanger AS gemeente, d.wet, d.declaratie_nummer,
  d.identificatie AS bericht_identificatie, d.declaratie_begindatum, d.declaratie_einddatum,
  d.declaratie_dagtekening, d.totaal_ingediend_cent, d.totaal_ingediend_dc,
  a.totaal_toegekend_cent, a.totaal_toegekend_dc, a.retour_codes AS antwoord_retour_codes,
  a.identificatie AS antwoord_identificatie
FROM (SELECT DISTINCT afzender, ontvanger, wet, declaratie_nummer, identificatie, declaratie_begindatum,
    declaratie_einddatum, declaratie_dagtekening, totaal_ingediend_cent, totaal_ingediend_dc
  FROM ${b} WHERE regel_soort = 'prestatie') d
LEFT JOIN ${b} a ON a.regel_soort = 'declaratie_antwoord' AND a.afzender = d.ontvanger
  AND a.ontvanger = d.afzender AND a.wet = d.wet AND a.declaratie_identificatie = d.identificatie`,
    `CREATE OR REPLACE VIEW ${s}.retour AS
SELECT berichttype, wet, afzender, ontvanger, identificatie, dagtekening, identificatie_retour,
  dagtekening_retour, retour_codes, bsn, regel_json, bestand
FROM ${b} WHERE berichttype IN ('302', '306', '308', '316', '318', '320')`,
    `CREATE OR REPLACE VIEW ${s}.verzoek AS
SELECT berichttype, wet, afzender, ontvanger, identificatie, dagtekening, bsn, regel_json, bestand
FROM ${b} WHERE berichttype IN ('317', '319')`,
  ];
}

/** Creates (or replaces) the extension views; run after the bronze load, they follow bronze by themselves. */
export async function createSociaalViews(engine: Engine, source = 'istandaarden'): Promise<void> {
  for (const sql of sociaalViewStatements(source)) await engine.execute(sql);
}
