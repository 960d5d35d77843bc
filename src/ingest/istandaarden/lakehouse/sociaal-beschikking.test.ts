import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../engines/engine.js';
import { hasReleases, releasePath } from '../../../../test/helpers/releases.js';
import { runProject } from '../../../pipeline/run-project.js';
import { writeCorpus } from '../generator/write-corpus.js';
import { makeBsn } from '../generator/seeded-random.js';
import { createSociaalViews } from './sociaal-views.js';
import {
  addMessages,
  plain,
  removeAll,
  withEngine,
  WAREHOUSE_TARGETS,
  sociaalProjectOn,
} from './lakehouse-test-support.js';

/**
 * examples/sociaal with the Beschikking mapping and persons from 315s, run for real on DuckDB and
 * PostgreSQL: a generated corpus plus two hand-made 315s, one for a BSN that no 301 names and one that
 * renames a known client after its 301.
 */

const SEED = 7;
const CLIENTS = 12;
/** A BSN no generated message uses (the generator numbers its clients from 1). */
const ONLY_315_BSN = makeBsn(90_000);
const ONLY_315_NAME = 'Alleenverzoek';
const ONLY_315_BESCHIKKING = '999001';
const LATE_315_NAME = 'Laatstgenoemd';

interface Corpus {
  dir: string;
  files: string[];
  /** BSN of the client a later 315 renames. */
  lateBsn: string;
}

const tag = (name: string) => new RegExp(`(<[a-z0-9]+:${name}>)([^<]*)(<)`, 'g');
const first = (xml: string, name: string): string => new RegExp(`:${name}>([^<]*)<`).exec(xml)![1]!;

/**
 * The generated corpus (`batch` messages per file) and two 315s made from generated ones:
 * - `zz-alleen-315.xml`: a 315 naming a beschikking, for a new BSN, name, references and beschikking
 *   number; no 301 ever names this BSN;
 * - `zz-laat-315.xml`: a 315 of a client with a 301, dated after every message of the corpus, with new
 *   references and another surname: the latest line for the BSN, so its name wins.
 */
async function corpus(): Promise<Corpus> {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-beschikking-corpus-'));
  await writeCorpus(dir, { seed: SEED, clients: CLIENTS, batchSize: 12, invalid: false });
  const files = (await readdir(join(dir, 'valid'))).filter((f) => f.endsWith('.xml')).sort();
  const single = await mkdtemp(join(tmpdir(), 'ggm-beschikking-single-'));
  await writeCorpus(single, { seed: SEED, clients: CLIENTS, envelopes: false, invalid: false });
  const names = (await readdir(join(single, 'valid'))).sort();
  const read = (f: string) => readFile(join(single, 'valid', f), 'utf8');
  const bsn301 = new Set<string>();
  for (const f of names.filter((n) => /-(WMO|JW)301-/.test(n))) bsn301.add(first(await read(f), 'Bsn'));
  const v315 = names.filter((n) => /-(WMO|JW)315-/.test(n));
  let alleen: string | undefined;
  let laat: { xml: string; bsn: string } | undefined;
  for (const f of v315) {
    const xml = await read(f);
    const bsn = first(xml, 'Bsn');
    if (!alleen && xml.includes('BeschikkingNummer>')) alleen = xml;
    else if (!laat && bsn301.has(bsn)) laat = { xml, bsn };
  }
  await rm(single, { recursive: true, force: true });
  if (!alleen || !laat) throw new Error('the corpus lacks a 315 with a beschikking or one with a 301');
  let n = 0;
  const alleenXml = alleen
    .replace(tag('Bsn'), `$1${ONLY_315_BSN}$3`)
    .replace(tag('Identificatie'), '$1ALLEEN1$3')
    .replace(tag('ReferentieAanbieder'), '$1ALLEEN$2$3')
    .replace(tag('BeschikkingNummer'), (_m, open: string, _v: string, close: string) =>
      n++ === 0
        ? `${open}${ONLY_315_BESCHIKKING}${close}`
        : `${open}${Number(ONLY_315_BESCHIKKING) + n - 1}${close}`,
    )
    .replace(tag('Achternaam'), `$1${ONLY_315_NAME}$3`);
  const laatXml = laat.xml
    .replace(tag('Identificatie'), '$1LAAT1$3')
    .replace(tag('Dagtekening'), '$12026-06-30$3')
    .replace(tag('ReferentieAanbieder'), '$1LAAT$2$3')
    .replace(tag('Achternaam'), `$1${LATE_315_NAME}$3`);
  await writeFile(join(dir, 'valid', 'zz-alleen-315.xml'), alleenXml);
  await writeFile(join(dir, 'valid', 'zz-laat-315.xml'), laatXml);
  return { dir, files: [...files, 'zz-alleen-315.xml', 'zz-laat-315.xml'], lateBsn: laat.bsn };
}

/** Toewijzing → Beschikking as a query: the 315 a 301 answers (same aanbieder, ReferentieAanbieder). */
const TOEWIJZING_BESCHIKKING = `SELECT x.gemeente, x.wet, x.toewijzing_nummer, b.beschikking_id, b.code
FROM sociaal_ext.toewijzing_extensie x
JOIN silver.verzoek_om_toewijzing v ON v.referentie_aanbieder = x.referentie_aanbieder
JOIN silver.leverancier_sociaal_domein_generiek l
  ON l.rechtspersoon_id = v.leverancier_leverancier_sociaal_domein_generiek_id AND l.agb_code = x.aanbieder
JOIN silver.beschikking b ON b.beschikking_id = v.leidt_tot_beschikking_id
ORDER BY x.gemeente, x.wet, x.toewijzing_nummer`;

/** The rows this change touches, by their keys, for comparing two warehouses. */
const STATE = {
  beschikking: `SELECT beschikking_id, code, wet_enum_id, client_id FROM silver.beschikking ORDER BY 1`,
  verzoek: `SELECT verzoek_om_toewijzing_id, beschikkingsnummer, leidt_tot_beschikking_id, betreft_client_id FROM silver.verzoek_om_toewijzing ORDER BY 1`,
  persoon: `SELECT rechtspersoon_id, burgerservicenummer, geslachtsnaam, voorvoegsel_geslachtsnaam, voornamen, voorletters_aanschrijving, datum_geboorte, geslachtsaanduiding FROM silver.natuurlijk_persoon ORDER BY 1`,
  ingeschreven: `SELECT rechtspersoon_id FROM silver.ingeschreven_persoon ORDER BY 1`,
  client: `SELECT rechtspersoon_id, juridische_status, wettelijke_vertegenwoordiging FROM silver.client ORDER BY 1`,
  toewijzing: `SELECT toewijzing_id, toewijzingnummer, datum_einde_toewijzing, code FROM silver.toewijzing ORDER BY 1`,
  link: TOEWIJZING_BESCHIKKING,
};

async function state(e: Engine): Promise<Record<string, unknown[]>> {
  await createSociaalViews(e);
  const out: Record<string, unknown[]> = {};
  for (const [k, sql] of Object.entries(STATE)) out[k] = plain(await e.query(sql));
  return out;
}

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)(
  'examples/sociaal: Beschikking and persons from 315 on $name',
  (target) => {
    const model = releasePath('v2.5.1');
    let c: Corpus;
    const cleanup: (() => Promise<void>)[] = [];

    beforeAll(async () => {
      c = await corpus();
    });
    afterAll(async () => {
      for (const f of cleanup) await f();
      await removeAll(c.dir);
    });

    const project = () => sociaalProjectOn(target, 'ggm_beschikking', cleanup);

    it('maps every beschikking number with its links, persons of 315-only BSNs, and the same rows in the opposite order', async () => {
      const forward = await project();
      await addMessages(c.dir, forward.messages, c.files);
      const run = await runProject(forward.dir, { model });
      expect(run.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);

      const a = await withEngine(forward.dir, forward.engine, async (e) => {
        // nothing was rejected or lost on the way (a start and its stop in one file: duplicate-key)
        expect(
          await e.query(
            `SELECT mapping, kind, column_name, value FROM meta.load_findings WHERE kind <> 'duplicate-key'`,
          ),
        ).toEqual([]);

        // one Beschikking per (gemeente, wet, BeschikkingNummer) of the 315s, its number in code, its wet
        const expected = plain(
          await e.query(`SELECT DISTINCT ontvanger AS gemeente, wet, beschikking_nummer AS code FROM bronze.istandaarden
          WHERE regel_soort = 'aanvraag' AND beschikking_nummer IS NOT NULL ORDER BY 3`),
        );
        const beschikkingen = plain(
          await e.query(
            `SELECT b.code, w.value AS wet FROM silver.beschikking b LEFT JOIN silver.wet_enum w ON w.wet_enum_id = b.wet_enum_id ORDER BY 1`,
          ),
        );
        expect(expected.length).toBeGreaterThan(1);
        expect(beschikkingen).toEqual(
          expected.map((r) => ({ code: r['code'], wet: r['wet'] === 'WMO' ? 'Wmo' : 'Jeugdwet' })),
        );
        expect(beschikkingen.map((b) => b['code'])).toContain(ONLY_315_BESCHIKKING);

        // every verzoek naming a beschikking leads to it; the others to none
        const verzoeken = plain(
          await e.query(`SELECT v.beschikkingsnummer, b.code FROM silver.verzoek_om_toewijzing v
          LEFT JOIN silver.beschikking b ON b.beschikking_id = v.leidt_tot_beschikking_id`),
        );
        expect(verzoeken.filter((v) => v['beschikkingsnummer'] !== null).length).toBeGreaterThan(1);
        for (const v of verzoeken) expect(v['code']).toBe(v['beschikkingsnummer']);
        const [dangling] = plain(
          await e.query(`SELECT count(*) AS n FROM silver.verzoek_om_toewijzing v WHERE v.leidt_tot_beschikking_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM silver.beschikking b WHERE b.beschikking_id = v.leidt_tot_beschikking_id)`),
        );
        expect(Number(dangling!['n'])).toBe(0);
        // Beschikking → Client (the model's unnamed association) is the client of its verzoek
        const [mismatch] = plain(
          await e.query(`SELECT count(*) AS n, count(b.client_id) AS linked FROM silver.beschikking b
          JOIN silver.verzoek_om_toewijzing v ON v.leidt_tot_beschikking_id = b.beschikking_id
          WHERE b.client_id IS DISTINCT FROM v.betreft_client_id`),
        );
        expect(mismatch).toEqual({ n: 0, linked: 0 });
        const [linked] = plain(await e.query(`SELECT count(client_id) AS n FROM silver.beschikking`));
        expect(Number(linked!['n'])).toBe(beschikkingen.length);

        // Client – Beschikking through the verzoek: the 315-only client has its beschikking
        const [alleen] = plain(
          await e.query(`SELECT p.burgerservicenummer AS bsn, p.geslachtsnaam, c.juridische_status, b.code
          FROM silver.beschikking b
          JOIN silver.verzoek_om_toewijzing v ON v.leidt_tot_beschikking_id = b.beschikking_id
          JOIN silver.client c ON c.rechtspersoon_id = v.betreft_client_id
          JOIN silver.ingeschreven_persoon i ON i.rechtspersoon_id = c.rechtspersoon_id
          JOIN silver.natuurlijk_persoon p ON p.rechtspersoon_id = c.rechtspersoon_id
          WHERE b.code = '${ONLY_315_BESCHIKKING}'`),
        );
        expect(alleen).toEqual({
          bsn: ONLY_315_BSN,
          geslachtsnaam: ONLY_315_NAME,
          juridische_status: null,
          code: ONLY_315_BESCHIKKING,
        });

        // Toewijzing – Beschikking where a 301 answers a 315 that names one (by ReferentieAanbieder)
        const answered = plain(
          await e.query(`SELECT DISTINCT t.afzender AS gemeente, t.wet, t.toewijzing_nummer, a.beschikking_nummer AS code
          FROM bronze.istandaarden t JOIN bronze.istandaarden a ON a.regel_soort = 'aanvraag'
            AND a.afzender = t.ontvanger AND a.ontvanger = t.afzender AND a.wet = t.wet
            AND a.referentie_aanbieder = t.referentie_aanbieder
          WHERE t.regel_soort = 'toewijzing' AND a.beschikking_nummer IS NOT NULL
          ORDER BY t.afzender, t.wet, t.toewijzing_nummer`),
        );
        await createSociaalViews(e);
        const links = plain(await e.query(TOEWIJZING_BESCHIKKING));
        expect(answered.length).toBeGreaterThan(0);
        expect(links.map(({ beschikking_id: _id, ...rest }) => rest)).toEqual(answered);
        // the same pairs, from bronze alone, in sociaal_ext.toewijzing_beschikking
        const view = plain(
          await e.query(`SELECT gemeente, wet, toewijzing_nummer, beschikking_nummer AS code
          FROM sociaal_ext.toewijzing_beschikking ORDER BY gemeente, wet, toewijzing_nummer`),
        );
        expect(view).toEqual(answered);

        // persons: one per BSN of a 301 or 315, with the client and the registration row between them
        const [counts] = plain(
          await e.query(`SELECT
          (SELECT count(DISTINCT bsn) FROM bronze.istandaarden WHERE regel_soort IN ('toewijzing', 'aanvraag')) AS bsn,
          (SELECT count(*) FROM silver.natuurlijk_persoon) AS persoon,
          (SELECT count(*) FROM silver.ingeschreven_persoon) AS ingeschreven,
          (SELECT count(*) FROM silver.client) AS client`),
        );
        const bsns = Number(counts!['bsn']);
        expect(Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]))).toEqual({
          bsn: bsns,
          persoon: bsns,
          ingeschreven: bsns,
          client: bsns,
        });
        // the latest line for a BSN wins, 315 or 301: the later 315 renamed this client
        const [laat] = plain(
          await e.query(
            `SELECT geslachtsnaam FROM silver.natuurlijk_persoon WHERE burgerservicenummer = '${c.lateBsn}'`,
          ),
        );
        expect(laat).toEqual({ geslachtsnaam: LATE_315_NAME });
        return state(e);
      });

      // the newest half first, the oldest half in a second run
      const backward = await project();
      const reversed = [...c.files].reverse();
      const half = Math.ceil(reversed.length / 2);
      for (const part of [reversed.slice(0, half), reversed.slice(half)]) {
        await addMessages(c.dir, backward.messages, part);
        expect((await runProject(backward.dir, { model })).status).toBe('succeeded');
      }
      const b = await withEngine(backward.dir, backward.engine, (e) => state(e));
      expect(b).toEqual(a);
    }, 300_000);
  },
);
