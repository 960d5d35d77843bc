import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiProject, type ApiProject } from '../../../test/helpers/api-project.js';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import { executeRun } from '../execute-run.js';
import { ProjectService } from '../project-service.js';
import {
  loadState as state,
  planSteps as steps,
  TRANSPILE_SHIMS as SHIMS,
  useTranspiled,
} from './load-differential-test-support.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

/**
 * The examples' own load SQL: examples/sociaal's mappings compiled for Databricks and Snowflake,
 * transpiled to DuckDB by @polyglot-sql/sdk and run by the executor over the same bronze (a copy of
 * the warehouse after ingest) as the native DuckDB build; silver, the findings and the ledger must be
 * equal. What the transpiler does not carry is shimmed (load-differential-test-support.ts). The demo
 * municipality (sociaal + BRP + uitkeringen): scale-out-demo-load.test.ts.
 */
const ENGINES = ['databricks', 'snowflake'] as const;

describe.skipIf(!hasReleases())('differential: the load SQL of examples/sociaal transpiled to DuckDB', () => {
  let project: ApiProject;
  let native: Record<string, string[]>;
  beforeAll(async () => {
    project = await createApiProject('duckdb', { clients: 40, run: false });
    const service = await ProjectService.open(project.dir);
    const { project: opened, plan } = await service.plan();
    await service.withWarehouse((e) => executeRun(e, opened, steps(plan, ['prepare', 'load'])));
    // the same bronze for every build
    for (const engineName of ENGINES)
      for (const ext of ['', '.wal'])
        if (existsSync(join(project.dir, `warehouse.duckdb${ext}`)))
          copyFileSync(
            join(project.dir, `warehouse.duckdb${ext}`),
            join(project.dir, `${engineName}.duckdb${ext}`),
          );
    native = await service.withWarehouse(async (e) => {
      await executeRun(e, opened, steps(plan, ['views', 'build']));
      return state(e);
    });
  }, 600_000);
  afterAll(async () => project?.remove());

  for (const engineName of ENGINES) {
    it(`${engineName}: silver, findings and ledger equal the native DuckDB build`, async () => {
      const service = await ProjectService.open(project.dir);
      const { project: opened, plan } = await service.plan();
      const platform = await service.compile({ dialect: engineName });
      // the executor runs what is compiled for its engine: put the transpiled platform SQL there
      useTranspiled(opened, platform, engineName);
      const engine = await DuckDbEngine.open({ path: join(project.dir, `${engineName}.duckdb`) });
      try {
        for (const shim of SHIMS) await engine.execute(shim);
        await executeRun(engine, opened, steps(plan, ['views', 'build']));
        const translated = await state(engine);
        expect(Object.keys(translated).length).toBeGreaterThan(5);
        expect(native['silver.toewijzing']?.length).toBeGreaterThan(10);
        for (const key of Object.keys(native)) expect(translated[key], key).toEqual(native[key]);
      } finally {
        await engine.close();
      }
    }, 600_000);
  }
});
