import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { yearAndHalfYearPeriods } from '../../gold/sociaal/periods.js';
import { ALL_STANDARD_METRICS } from '../../gold/sociaal/standard-set-sql.js';
import { REFERENCE_SQL } from '../../gold/sociaal/testing/reference-sql.js';
import { writeCorpus } from '../../ingest/istandaarden/generator/write-corpus.js';
import {
  addMessages,
  removeAll,
  sociaalProject,
  withEngine,
} from '../../ingest/istandaarden/lakehouse/lakehouse-test-support.js';
import { runProject } from '../run-project.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

// The standard set on the real silver of examples/sociaal (generated iWmo/iJw messages → bronze →
// silver by `ggm run`), built by `ggm gold-standard-set`: the base tables fit the silver the mappings
// make, and the figures equal the hand-written SQL there too. A warehouse without that silver gets a
// coded error, not a stack trace.
describe.skipIf(!hasReleases())('ggm gold-standard-set on examples/sociaal (DuckDB)', () => {
  let dir: string;
  let corpus: string;

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'ggm-goldset-corpus-'));
    await writeCorpus(corpus, { seed: 20261207, clients: 40, batchSize: 50 });
    const valid = (await readdir(join(corpus, 'valid'))).filter((f) => f.endsWith('.xml'));
    ({ dir } = await sociaalProject('duckdb:warehouse.duckdb'));
    await addMessages(corpus, join(dir, 'messages'), valid);
  }, 120_000);
  afterAll(async () => removeAll(dir, corpus));

  it('refuses a warehouse without the social silver with GGM-K101', async () => {
    const r = await runCli(['gold-standard-set', '-p', dir, '--from', '2025', '--to', '2025']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GGM-K101 the standard set needs silver\.toewijzing/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds the standaard: metric files in the gold step of ggm run, with lineage down to silver', async () => {
    const run = await runProject(dir, { model: releasePath('v2.5.1') });
    expect(run.status).toBe('succeeded');
    const list = await runCli(['metrics', 'list', '-p', dir, '--model', releasePath('v2.5.1'), '--json']);
    expect(list.code).toBe(0);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((m) => m.id);
    for (const m of ALL_STANDARD_METRICS) expect(ids, m.id).toContain(m.id);
    const show = await runCli(['metrics', 'show', 'stapeling', '-p', dir, '--model', releasePath('v2.5.1')]);
    expect(show.stdout).toContain('standaard:    stapeling (ingebouwde berekening)');
    expect(show.stdout).toContain('dimensies:    combinatie (Combinatie van wetten)');
    await withEngine(dir, 'duckdb:warehouse.duckdb', async (e) => {
      for (const id of ['wmo_voorzieningen_per_client', 'jeugdhulp_volgens_plan', 'zorgpad_stromen']) {
        const gold = await e.query(`SELECT * FROM gold_intern.${id}`);
        expect(gold.length, id).toBeGreaterThan(0);
        const periods = new Map(gold.map((r) => [String(r['periode']), r]));
        const want: string[] = [];
        for (const [label, r] of periods) {
          const p = { label, start: iso(r['periode_start']), end: iso(r['periode_eind']) };
          for (const row of await e.query(
            REFERENCE_SQL[id]!({ ...p, grain: r['grain'] as 'year' | 'halfyear' }),
          ))
            want.push(`${label} ${Number(row['teller']).toFixed(2)}`);
        }
        const got = gold.map((row) => `${String(row['periode'])} ${Number(row['teller']).toFixed(2)}`);
        expect(got.sort(), id).toEqual(want.sort());
      }
      // every gold column of every standard metric traces to silver columns
      const lineage = await e.query(
        `SELECT target_table, target_column, source_schema, source_table FROM meta.lineage WHERE mapping LIKE 'gold:%'`,
      );
      for (const m of ALL_STANDARD_METRICS)
        for (const column of ['periode', 'teller', 'waarde', ...m.dimensions.map((d) => d.name)]) {
          const edges = lineage.filter((l) => l['target_table'] === m.id && l['target_column'] === column);
          expect(edges.length, `${m.id}.${column}`).toBeGreaterThan(0);
          expect(
            edges.every((l) => ['silver', 'sociaal_ext'].includes(String(l['source_schema']))),
            `${m.id}.${column}`,
          ).toBe(true);
        }
    });
    // nothing changed: the second run rebuilds no standard metric
    const again = await runCli(['run', '-p', dir, '--model', releasePath('v2.5.1')]);
    expect(again.stdout).toMatch(/compute gold\.stapeling .* inputs unchanged/);
  }, 300_000);

  it('builds every metric and agrees with the hand-written SQL on the real silver', async () => {
    const r = await runCli([
      'gold-standard-set',
      '-p',
      dir,
      '--from',
      '2024',
      '--to',
      '2026',
      '--threshold',
      '0',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/standard set: 9 metrics, periods 2024 … 2026H2/);
    expect(r.stdout).toMatch(/note: no silver.inkomensvoorziening/);
    await withEngine(dir, 'duckdb:warehouse.duckdb', async (e) => {
      for (const id of ['wmo_voorzieningen_per_client', 'jeugdhulp_volgens_plan', 'zorgpad_stromen']) {
        const want: string[] = [];
        for (const p of yearAndHalfYearPeriods(2024, 2026))
          for (const row of await e.query(
            REFERENCE_SQL[id]!({ ...p, grain: p.grain as 'year' | 'halfyear' }),
          ))
            want.push(`${p.label} ${Number(row['teller']).toFixed(2)}`);
        const got = (await e.query(`SELECT periode, teller FROM gold.${id}`)).map(
          (row) => `${String(row['periode'])} ${Number(row['teller']).toFixed(2)}`,
        );
        expect(got.sort(), id).toEqual(want.sort());
        expect(got.length, id).toBeGreaterThan(0);
      }
    });
  }, 300_000);
});
