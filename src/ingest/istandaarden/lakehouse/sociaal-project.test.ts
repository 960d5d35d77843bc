import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath } from '../../../../test/helpers/releases.js';
import { runProject } from '../../../pipeline/run-project.js';
import {
  addMessages,
  generateMessages,
  INVALID_CASES,
  plain,
  removeAll,
  withEngine,
  WAREHOUSE_TARGETS,
  sociaalProjectOn,
  type Correction,
} from './lakehouse-test-support.js';

const SILVER_TOEWIJZING = `SELECT toewijzingnummer, datum_toewijzing, datum_start_toewijzing, datum_einde_toewijzing,
  reden_wijziging, omvang, code, commentaar, eenheid_enum_id, frequentie_enum_id, wet_enum_id,
  levert_voorziening_leverancier_sociaal_domein_generiek_id AS leverancier FROM silver.toewijzing ORDER BY toewijzing_id`;

/** The business columns of every mapped table, for comparing two warehouses. */
const SILVER_ALL = {
  toewijzing: SILVER_TOEWIJZING,
  levering: `SELECT levering_id, code, datum_start, datum_stop, stopreden, geleverde_zorg_toewijzing_id, leverde_prestatie_leverancier_sociaal_domein_generiek_id AS leverancier FROM silver.levering ORDER BY 1`,
  declaratie: `SELECT declaratie_generiek_jeugd_en_wmo_id AS id, declaratie_bedrag, datum_declaratie FROM silver.declaratie_generiek_jeugd_en_wmo ORDER BY 1`,
  declaratieregel: `SELECT declaratieregel_id, code, bedrag, datum_start, datum_einde, valt_binnen_declaratie_generiek_jeugd_en_wmo_id AS declaratie, betreft_client_id, is_op_basis_van_toewijzing_id FROM silver.declaratieregel ORDER BY 1`,
  persoon: `SELECT burgerservicenummer, geslachtsnaam, voornamen, voorletters_aanschrijving, datum_geboorte, geslachtsaanduiding FROM silver.natuurlijk_persoon ORDER BY 1`,
  client: `SELECT rechtspersoon_id, juridische_status FROM silver.client ORDER BY 1`,
  leverancier: `SELECT agb_code FROM silver.leverancier_sociaal_domein_generiek ORDER BY 1`,
  verzoek: `SELECT referentie_aanbieder, beschikkingsnummer, datum_ingang_toewijzing, volume, verwijzer, soort_verwijzer_enum_id FROM silver.verzoek_om_toewijzing ORDER BY 1`,
};

async function silverState(dir: string, engine: string): Promise<Record<string, unknown[]>> {
  return withEngine(dir, engine, async (e) => {
    const out: Record<string, unknown[]> = {};
    for (const [k, sql] of Object.entries(SILVER_ALL)) out[k] = plain(await e.query(sql));
    return out;
  });
}

/** Silver row counts as they follow from bronze (distinct business keys per line kind). */
const EXPECTED_COUNTS = `SELECT
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, toewijzing_nummer FROM bronze.istandaarden WHERE regel_soort = 'toewijzing') x) AS toewijzing,
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, bsn, toewijzing_nummer, begindatum FROM bronze.istandaarden WHERE regel_soort IN ('start', 'stop')) x) AS levering,
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, bsn, toewijzing_nummer, begindatum FROM bronze.istandaarden WHERE regel_soort = 'stop') x) AS gestopt,
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, declaratie_nummer FROM bronze.istandaarden WHERE regel_soort = 'prestatie') x) AS declaratie,
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, referentie_nummer FROM bronze.istandaarden WHERE regel_soort = 'prestatie') x) AS declaratieregel,
  (SELECT count(DISTINCT bsn) FROM bronze.istandaarden WHERE regel_soort = 'toewijzing') AS client,
  (SELECT count(DISTINCT ontvanger) FROM bronze.istandaarden WHERE regel_soort = 'toewijzing') AS leverancier,
  (SELECT count(*) FROM (SELECT DISTINCT afzender, wet, referentie_aanbieder FROM bronze.istandaarden WHERE regel_soort = 'aanvraag') x) AS verzoek,
  (SELECT sum(CASE WHEN debet_credit = 'C' THEN -1 ELSE 1 END * CAST(ingediend_bedrag_cent AS INTEGER)) FROM bronze.istandaarden WHERE regel_soort = 'prestatie') AS cent`;

const ACTUAL_COUNTS = `SELECT
  (SELECT count(*) FROM silver.toewijzing) AS toewijzing,
  (SELECT count(*) FROM silver.levering) AS levering,
  (SELECT count(datum_stop) FROM silver.levering) AS gestopt,
  (SELECT count(*) FROM silver.declaratie_generiek_jeugd_en_wmo) AS declaratie,
  (SELECT count(*) FROM silver.declaratieregel) AS declaratieregel,
  (SELECT count(*) FROM silver.client) AS client,
  (SELECT count(*) FROM silver.leverancier_sociaal_domein_generiek) AS leverancier,
  (SELECT count(*) FROM silver.verzoek_om_toewijzing) AS verzoek,
  (SELECT CAST(round(sum(bedrag) * 100) AS INTEGER) FROM silver.declaratieregel) AS cent`;

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)('examples/sociaal end to end on $name', (target) => {
  const model = releasePath('v2.5.1');
  let corpus: string;
  let valid: string[];
  let correction: Correction;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ dir: corpus, valid, correction } = await generateMessages(20261122, 4, 6));
  });
  afterAll(async () => {
    for (const c of cleanup) await c();
    await removeAll(corpus);
  });

  const project = () => sociaalProjectOn(target, 'ggm_sociaal', cleanup);

  it('loads valid messages, quarantines invalid ones whole, and maps toewijzingen; a rerun changes nothing', async () => {
    const p = await project();
    await addMessages(corpus, p.messages, [
      ...valid,
      correction.file,
      ...INVALID_CASES.map((r) => `invalid/${r}.xml`),
    ]);
    const first = await runProject(p.dir, { model });
    expect(first.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);
    expect(first.outcomes.map((o) => o.step.id)).toContain('views:istandaarden');

    await withEngine(p.dir, p.engine, async (e) => {
      const quarantine = await e.query(
        `SELECT file, reason FROM meta.quarantine WHERE source = 'istandaarden' ORDER BY file`,
      );
      expect(quarantine.map((q) => q['file'])).toEqual(
        [...INVALID_CASES].sort().map((r) => `messages/invalid-${r}.xml`),
      );
      for (const q of quarantine) {
        const rule = /invalid-(.+)\.xml$/.exec(String(q['file']))![1]!;
        expect(String(q['reason'])).toContain(`GGM-W-${rule}`);
      }
      // an invalid message has no row in bronze at all
      const [bad] = await e.query(
        `SELECT count(*) AS n FROM bronze.istandaarden WHERE bestand LIKE 'invalid-%'`,
      );
      expect(Number(bad!['n'])).toBe(0);
      const kinds = plain(
        await e.query(
          `SELECT berichttype, regel_soort, count(*) AS n FROM bronze.istandaarden GROUP BY berichttype, regel_soort ORDER BY berichttype`,
        ),
      );
      expect(kinds.map((k) => `${k['berichttype']}:${k['regel_soort']}`)).toEqual(
        expect.arrayContaining([
          '301:toewijzing',
          '305:start',
          '315:aanvraag',
          '323:prestatie',
          '325:declaratie_antwoord',
        ]),
      );
      const expected = plain(await e.query(EXPECTED_COUNTS))[0]!;
      expect(plain(await e.query(ACTUAL_COUNTS))[0]).toEqual(
        Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, Number(v)])),
      );
      expect(Math.min(...Object.values(expected).map(Number))).toBeGreaterThan(0);
      // every code maps, every date parses, every reference resolves (a start and its stop in one file
      // are one key twice: duplicate-key, the row is right either way)
      expect(
        await e.query(
          `SELECT mapping, kind, column_name, value FROM meta.load_findings WHERE kind <> 'duplicate-key'`,
        ),
      ).toEqual([]);
      // every reference points at a loaded row: prestatie → toewijzing, client, declaratie; levering → toewijzing
      const [dangling] = plain(
        await e.query(`SELECT
          (SELECT count(*) FROM silver.declaratieregel r WHERE NOT EXISTS (SELECT 1 FROM silver.toewijzing t WHERE t.toewijzing_id = r.is_op_basis_van_toewijzing_id)) AS toewijzing,
          (SELECT count(*) FROM silver.declaratieregel r WHERE NOT EXISTS (SELECT 1 FROM silver.client c WHERE c.rechtspersoon_id = r.betreft_client_id)) AS client,
          (SELECT count(*) FROM silver.declaratieregel r WHERE NOT EXISTS (SELECT 1 FROM silver.declaratie_generiek_jeugd_en_wmo d WHERE d.declaratie_generiek_jeugd_en_wmo_id = r.valt_binnen_declaratie_generiek_jeugd_en_wmo_id)) AS declaratie,
          (SELECT count(*) FROM silver.levering l WHERE NOT EXISTS (SELECT 1 FROM silver.toewijzing t WHERE t.toewijzing_id = l.geleverde_zorg_toewijzing_id)) AS levering`),
      );
      expect(dangling).toEqual({ toewijzing: 0, client: 0, declaratie: 0, levering: 0 });
      // the corrected toewijzing holds the values of the latest 301 (IV013/OP087)
      const [row] = plain(
        await e.query(
          `SELECT datum_einde_toewijzing AS einddatum FROM silver.toewijzing WHERE toewijzingnummer = ${correction.toewijzingNummer}`,
        ),
      );
      expect(row).toEqual({ einddatum: correction.einddatum });

      // the extension views `ggm run` made: OP087 current set, what GGM cannot hold, retours
      const current = plain(
        await e.query(
          `SELECT gemeente, aanbieder, wet, bsn, count(DISTINCT bericht_identificatie) AS berichten
           FROM sociaal_ext.toewijzing_actueel GROUP BY gemeente, aanbieder, wet, bsn`,
        ),
      );
      expect(current.length).toBeGreaterThan(0);
      expect(current.every((c) => c['berichten'] === 1)).toBe(true);
      const [corrected] = plain(
        await e.query(
          `SELECT einddatum, bericht_identificatie FROM sociaal_ext.toewijzing_actueel WHERE toewijzing_nummer = '${correction.toewijzingNummer}'`,
        ),
      );
      expect(corrected!['einddatum']).toBe(correction.einddatum);
      expect(String(corrected!['bericht_identificatie'])).toMatch(/9999$/);
      const [ext] = plain(
        await e.query(`SELECT
          (SELECT count(*) FROM sociaal_ext.toewijzing_extensie) AS toewijzing,
          (SELECT count(*) FROM sociaal_ext.declaratie_extensie) AS declaratie,
          (SELECT count(antwoord_identificatie) FROM sociaal_ext.declaratie_extensie) AS beantwoord,
          (SELECT count(*) FROM sociaal_ext.retour) AS retour,
          (SELECT count(*) FROM silver.toewijzing) AS silver_toewijzing,
          (SELECT count(*) FROM silver.declaratie_generiek_jeugd_en_wmo) AS silver_declaratie`),
      );
      expect(ext!['toewijzing']).toBe(ext!['silver_toewijzing']);
      expect(ext!['declaratie']).toBe(ext!['silver_declaratie']);
      expect(Number(ext!['beantwoord'])).toBeGreaterThan(0);
      expect(Number(ext!['retour'])).toBeGreaterThan(0);
    });
    const snapshot = await silverState(p.dir, p.engine);

    const second = await runProject(p.dir, { model });
    expect(second.status).toBe('succeeded');
    // checks run every time; no bronze batch is loaded and no silver batch applied again
    expect(second.outcomes.filter((o) => o.step.kind !== 'check' && o.batches > 0)).toEqual([]);
    expect(await silverState(p.dir, p.engine)).toEqual(snapshot);
  }, 120_000);

  it('gives the same silver when the messages arrive in the opposite order (OP080)', async () => {
    const forward = await project();
    await addMessages(corpus, forward.messages, [...valid, correction.file]);
    expect((await runProject(forward.dir, { model })).status).toBe('succeeded');

    // the correction and the newest half first, the oldest half in a second run
    const backward = await project();
    const reversed = [correction.file, ...[...valid].reverse()];
    const half = Math.ceil(reversed.length / 2);
    let held = 0;
    const loadMessages: string[] = [];
    for (const part of [reversed.slice(0, half), reversed.slice(half)]) {
      await addMessages(corpus, backward.messages, part);
      const run = await runProject(backward.dir, { model });
      expect(run.status).toBe('succeeded');
      loadMessages.push(run.outcomes.find((o) => o.step.id === 'load:istandaarden')?.message ?? '');
      held += await withEngine(backward.dir, backward.engine, async (e) => {
        const [row] = await e.query(`SELECT count(*) AS n FROM meta.quarantine WHERE reason LIKE 'held %'`);
        return Number(row!['n']);
      });
    }
    expect(held).toBeGreaterThan(0);
    // the run says so: held in the first, loaded in the second
    expect(loadMessages[0]).toMatch(/\d+ of them held until what they refer to is loaded/);
    expect(loadMessages[1]).toMatch(/\d+ held message\(s\) loaded/);
    // starts, declaraties and answers of the first run waited for their 301s and 323s (held), and the
    // second run loaded them: every mapped table ends as in the forward load, nothing stays quarantined
    const waiting = await withEngine(backward.dir, backward.engine, (e) =>
      e.query(`SELECT reason FROM meta.quarantine`),
    );
    expect(waiting).toEqual([]);
    const a = await silverState(forward.dir, forward.engine);
    const b = await silverState(backward.dir, backward.engine);
    expect(a.levering!.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  }, 180_000);
});
