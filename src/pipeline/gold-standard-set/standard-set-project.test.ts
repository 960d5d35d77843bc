import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { yearAndHalfYearPeriods } from '../../gold/sociaal/periods.js';
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

  it('builds every metric and agrees with the hand-written SQL on the real silver', async () => {
    expect((await runProject(dir, { model: releasePath('v2.5.1') })).status).toBe('succeeded');
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
