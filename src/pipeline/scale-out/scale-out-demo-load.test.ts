import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { countSql } from '../../checks/check-sql.js';
import { setUpDemo } from '../../demo/demo-municipality.js';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import { projectChecks } from '../checks/project-checks.js';
import { executeRun } from '../execute-run.js';
import { ProjectService } from '../project-service.js';
import {
  loadState,
  planSteps,
  toDuckDb,
  TRANSPILE_SHIMS,
  useTranspiled,
} from './load-differential-test-support.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

/**
 * The demo municipality's load SQL (examples/sociaal's messages, the BRP population of examples/brp
 * and the uitkeringen of examples/participatie) compiled for Databricks and Snowflake, transpiled to
 * DuckDB and built over the same bronze as the native build: silver, findings and ledger equal. Then
 * every check of the demo (sociaal, BRP, uitkeringen) counts the same violations on the native silver.
 */
const ENGINES = ['databricks', 'snowflake'] as const;

describe.skipIf(!hasReleases())('differential: the demo municipality’s load SQL transpiled to DuckDB', () => {
  const base = mkdtempSync(join(tmpdir(), 'ggm-demo-transpiled-'));
  const dir = join(base, 'gemeente');
  const model = { model: releasePath('v2.5.1') };
  let native: Record<string, string[]>;
  beforeAll(async () => {
    await setUpDemo(dir, { clients: 20, seed: 7 });
    const service = await ProjectService.open(dir);
    const { project: opened, plan } = await service.plan(model);
    await service.withWarehouse((e) => executeRun(e, opened, planSteps(plan, ['prepare', 'load'])));
    // the same bronze for every build
    for (const engineName of ENGINES)
      for (const ext of ['', '.wal'])
        if (existsSync(join(dir, `warehouse.duckdb${ext}`)))
          copyFileSync(join(dir, `warehouse.duckdb${ext}`), join(dir, `${engineName}.duckdb${ext}`));
    native = await service.withWarehouse(async (e) => {
      await executeRun(e, opened, planSteps(plan, ['views', 'build']));
      return loadState(e);
    });
  }, 600_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  for (const engineName of ENGINES) {
    it(`${engineName}: silver, findings and ledger equal the native DuckDB build`, async () => {
      const service = await ProjectService.open(dir);
      const { project: opened, plan } = await service.plan(model);
      useTranspiled(opened, await service.compile({ ...model, dialect: engineName }), engineName);
      const engine = await DuckDbEngine.open({ path: join(dir, `${engineName}.duckdb`) });
      try {
        for (const shim of TRANSPILE_SHIMS) await engine.execute(shim);
        await executeRun(engine, opened, planSteps(plan, ['views', 'build']));
        const translated = await loadState(engine);
        // the population and the uitkeringen are there, not only the messages
        for (const table of ['silver.natuurlijk_persoon', 'silver.huishouden', 'silver.inkomensvoorziening'])
          expect(native[table]?.length, table).toBeGreaterThan(10);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(native).sort());
        for (const key of Object.keys(native)) expect(translated[key], key).toEqual(native[key]);
      } finally {
        await engine.close();
      }
    }, 600_000);
  }

  it('every check of the demo: the Databricks and Snowflake count queries give the DuckDB counts', async () => {
    const service = await ProjectService.open(dir);
    const counts = async (name: 'duckdb' | (typeof ENGINES)[number]) => {
      const { checks, diagnostics } = await projectChecks(await service.compile({ ...model, dialect: name }));
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return service.withWarehouse(async (engine) => {
        const out: Record<string, number> = {};
        for (const c of checks) {
          const [row] = await engine.query(name === 'duckdb' ? countSql(c) : toDuckDb(name, countSql(c)));
          out[c.id] = Number(row!['n']);
        }
        return out;
      });
    };
    const native = await counts('duckdb');
    // the population's and the uitkeringen' checks are there, not only those of the messages
    expect(Object.keys(native).some((id) => id.includes('natuurlijk_persoon'))).toBe(true);
    expect(Object.keys(native).some((id) => id.includes('inkomensvoorziening'))).toBe(true);
    expect(Object.values(native).some((n) => n > 0)).toBe(true);
    for (const name of ENGINES) expect(await counts(name), name).toEqual(native);
  }, 300_000);
});
