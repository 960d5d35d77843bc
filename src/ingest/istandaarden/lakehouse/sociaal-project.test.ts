import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../engines/postgres/postgres-test-database.js';
import { hasReleases, releasePath } from '../../../../test/helpers/releases.js';
import { runProject } from '../../../pipeline/run-project.js';
import {
  addMessages,
  generateMessages,
  INVALID_CASES,
  plain,
  removeAll,
  sociaalProject,
  withEngine,
} from './lakehouse-test-support.js';

interface Target {
  name: string;
  /** A fresh warehouse per project: its engine text and how to remove it. */
  warehouse: () => Promise<{ engine: string; drop: () => Promise<void> }>;
}

const TARGETS: Target[] = [
  {
    name: 'DuckDB',
    warehouse: async () => ({ engine: 'duckdb:warehouse.duckdb', drop: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    warehouse: async () => {
      const db = await createTestDatabase('ggm_sociaal');
      return { engine: db.url, drop: () => db.drop() };
    },
  },
];

const SILVER_TOEWIJZING = `SELECT toewijzingnummer, datum_toewijzing, datum_start_toewijzing, datum_einde_toewijzing,
  reden_wijziging, omvang, code, commentaar FROM silver.toewijzing ORDER BY toewijzingnummer`;

/** What silver should say, computed in SQL from bronze: per toewijzing its latest 301 line (OP087). */
const LATEST_FROM_BRONZE = `SELECT count(*) AS n FROM (
  SELECT afzender, wet, toewijzing_nummer FROM bronze.istandaarden WHERE regel_soort = 'toewijzing'
  GROUP BY afzender, wet, toewijzing_nummer) k`;

describe.skipIf(!hasReleases()).each(TARGETS)('examples/sociaal end to end on $name', (target) => {
  const model = releasePath('v2.5.1');
  let corpus: string;
  let valid: string[];
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ dir: corpus, valid } = await generateMessages(20261122, 4));
  });
  afterAll(async () => {
    for (const c of cleanup) await c();
    await removeAll(corpus);
  });

  async function project(): Promise<{ dir: string; messages: string; engine: string }> {
    const w = await target.warehouse();
    const p = await sociaalProject(w.engine);
    cleanup.push(async () => {
      await w.drop();
      await removeAll(p.dir);
    });
    return { ...p, engine: w.engine };
  }

  it('loads valid messages, quarantines invalid ones whole, and maps toewijzingen; a rerun changes nothing', async () => {
    const p = await project();
    await addMessages(corpus, p.messages, [...valid, ...INVALID_CASES.map((r) => `invalid/${r}.xml`)]);
    const first = await runProject(p.dir, { model });
    expect(first.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);

    const snapshot = await withEngine(p.dir, p.engine, async (e) => {
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
      const [expected] = await e.query(LATEST_FROM_BRONZE);
      const silver = plain(await e.query(SILVER_TOEWIJZING));
      expect(silver.length).toBe(Number(expected!['n']));
      expect(silver.length).toBeGreaterThan(0);
      return silver;
    });

    const second = await runProject(p.dir, { model });
    expect(second.status).toBe('succeeded');
    // checks run every time; no bronze batch is loaded and no silver batch applied again
    expect(second.outcomes.filter((o) => o.step.kind !== 'check' && o.batches > 0)).toEqual([]);
    await withEngine(p.dir, p.engine, async (e) => {
      expect(plain(await e.query(SILVER_TOEWIJZING))).toEqual(snapshot);
    });
  });

  it('gives the same silver when the messages arrive in the opposite order (OP080)', async () => {
    const forward = await project();
    await addMessages(corpus, forward.messages, valid);
    expect((await runProject(forward.dir, { model })).status).toBe('succeeded');

    // newest files first, each in a run of its own, so every batch is applied in reverse order
    const backward = await project();
    const reversed = [...valid].reverse();
    const half = Math.ceil(reversed.length / 2);
    for (const part of [reversed.slice(0, half), reversed.slice(half)]) {
      await addMessages(corpus, backward.messages, part);
      expect((await runProject(backward.dir, { model })).status).toBe('succeeded');
    }
    const a = await withEngine(forward.dir, forward.engine, async (e) =>
      plain(await e.query(SILVER_TOEWIJZING)),
    );
    const b = await withEngine(backward.dir, backward.engine, async (e) =>
      plain(await e.query(SILVER_TOEWIJZING)),
    );
    expect(b).toEqual(a);
  });
});
