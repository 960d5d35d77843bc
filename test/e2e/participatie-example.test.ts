import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePopulation } from '../../src/demo/population/write-population.js';
import { runProject } from '../../src/pipeline/run-project.js';
import {
  EXAMPLE_ENGINES,
  exampleProject,
  num,
  parseSemicolonCsv,
  withWarehouse,
} from '../helpers/population-project.js';
import { hasReleases, releasePath } from '../helpers/releases.js';

/** The surrogate key of a one-part business key in a bigint column (docs/mappings.md). */
const surrogate = (key: string) => BigInt(`0x${createHash('md5').update(key).digest('hex').slice(0, 15)}`);
const iso = (ddmmyyyy: string) =>
  ddmmyyyy === '' ? null : `${ddmmyyyy.slice(6, 10)}-${ddmmyyyy.slice(3, 5)}-${ddmmyyyy.slice(0, 2)}`;
const day = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? null : String(v);

describe.skipIf(!hasReleases()).each(EXAMPLE_ENGINES)(
  'examples/participatie on a Centric SSD export ($name)',
  (target) => {
    let export_: string;
    const cleanup: (() => Promise<void>)[] = [];
    beforeAll(async () => {
      export_ = await mkdtemp(join(tmpdir(), 'ggm-ssd-export-'));
      await writePopulation(export_, { seed: 77, clients: 40 });
    });
    afterAll(async () => {
      for (const c of cleanup) await c();
      await rm(export_, { recursive: true, force: true });
    });

    it('maps every dossier onto Inkomensvoorziening with its soort, dates and person; a rerun changes nothing', async () => {
      const w = await target.warehouse('ggm_participatie');
      const dir = await exampleProject('participatie', w.engine, { SSD_DIR: join(export_, 'ssd') });
      cleanup.push(async () => {
        await w.drop();
        await rm(dir, { recursive: true, force: true });
      });
      const model = releasePath('v2.5.1');
      const first = await runProject(dir, { model });
      expect(first.outcomes.filter((o) => o.status !== 'succeeded').map((o) => o.message)).toEqual([]);

      const read = async (t: string) =>
        parseSemicolonCsv(await readFile(join(export_, 'ssd', `${t}.csv`), 'utf8'));
      const [dosHeader, ...dossiers] = await read('szdos');
      const [, ...clients] = await read('szclient');
      const bsnOf = new Map(clients.map((c) => [c[0]!, c[1]!]));
      const col = (row: string[], name: string) => row[dosHeader!.indexOf(name)] ?? '';
      expect(dossiers.length).toBeGreaterThan(3);

      await withWarehouse(dir, w.engine, async (e) => {
        const [counts] = await e.query(`SELECT
        (SELECT count(*) FROM silver.inkomensvoorziening) AS voorzieningen,
        (SELECT count(*) FROM silver.inkomensvoorzieningsoort) AS soorten,
        (SELECT count(*) FROM meta.load_findings) AS findings`);
        expect(num(counts!['voorzieningen'])).toBe(dossiers.length);
        expect(num(counts!['soorten'])).toBe(5);
        expect(num(counts!['findings'])).toBe(0);
        const rows = await e.query(
          `SELECT v.inkomensvoorziening_id, v.ingangsdatum, v.einddatum, v.toekenningsdatum, v.groep,
            CAST(v.heeft_uitkering_ingeschreven_persoon_id AS VARCHAR(30)) AS persoon, s.regelingscode, w.value AS wet
         FROM silver.inkomensvoorziening v
         JOIN silver.inkomensvoorzieningsoort s ON s.inkomensvoorzieningsoort_id = v.is_soort_voorziening_inkomensvoorzieningsoort_id
         LEFT JOIN silver.wet_enum w ON w.wet_enum_id = s.wet_enum_id`,
        );
        const byId = new Map(rows.map((r) => [String(r['inkomensvoorziening_id']), r]));
        const wet: Record<string, string> = {
          '0': 'Participatiewet PW-I',
          '6': 'Bijzondere Bijstand',
          '16': 'I.O.A.W./I.O.A.Z.',
          '17': 'I.O.A.W./I.O.A.Z.',
          '38': 'Andere wet',
        };
        for (const d of dossiers) {
          const r = byId.get(String(surrogate(col(d, 'dossiernr'))));
          expect(r, col(d, 'dossiernr')).toBeDefined();
          expect({
            ingangsdatum: day(r!['ingangsdatum']),
            einddatum: day(r!['einddatum']),
            toekenningsdatum: day(r!['toekenningsdatum']),
            persoon: r!['persoon'],
            regelingscode: r!['regelingscode'],
            wet: r!['wet'],
          }).toEqual({
            ingangsdatum: iso(col(d, 'dd_st_per_alg')),
            einddatum: iso(col(d, 'dd_end_per_alg')),
            toekenningsdatum: iso(col(d, 'dd_beschik')),
            persoon: String(surrogate(bsnOf.get(col(d, 'clientnr'))!)),
            regelingscode: col(d, 'kode_regeling'),
            wet: wet[col(d, 'kode_regeling')],
          });
          expect(String(r!['groep'])).toMatch(new RegExp(`^${col(d, 'kode_groep')}-[A-Z]`));
        }
      });

      const second = await runProject(dir, { model });
      expect(second.outcomes.filter((o) => o.step.kind === 'build' && o.batches > 0)).toEqual([]);
    }, 240_000);
  },
);
