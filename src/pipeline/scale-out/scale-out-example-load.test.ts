import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { transpile } from '@polyglot-sql/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiProject, type ApiProject } from '../../../test/helpers/api-project.js';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine, Row } from '../../engines/engine.js';
import { executeRun } from '../execute-run.js';
import { ProjectService } from '../project-service.js';
import type { RunPlan } from '../run-plan.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

/**
 * The examples' own load SQL: examples/sociaal's mappings compiled for Databricks and Snowflake,
 * transpiled to DuckDB by @polyglot-sql/sdk and run by the executor over the same bronze (a copy of
 * the warehouse after ingest) as the native DuckDB build; silver, the findings and the ledger must be
 * equal. What the transpiler does not carry is shimmed by one DuckDB definition each, as in
 * scale-out-differential.test.ts: Snowflake `TO_NUMBER(hex, 'XXX…')` and `TIMESTAMP_NTZ`, Databricks
 * `conv(hex, 16, 10)` and `current_timestamp()`.
 */
const SHIMS = [
  `CREATE TYPE TIMESTAMPNTZ AS TIMESTAMP`,
  `CREATE MACRO current_timestamp() AS get_current_timestamp()`,
  `CREATE MACRO to_number(h, f) AS CAST(('0x' || h) AS BIGINT)`,
  `CREATE MACRO conv(h, a, b) AS CAST(CAST(('0x' || h) AS BIGINT) AS VARCHAR)`,
];
const ENGINES = ['databricks', 'snowflake'] as const;

const steps = (plan: RunPlan, kinds: readonly string[]): RunPlan => ({
  ...plan,
  steps: plan.steps.filter((s) => kinds.includes(s.kind)),
});

function toDuckDb(engineName: (typeof ENGINES)[number], sql: string): string {
  const r = transpile(sql, engineName as never, 'duckdb' as never);
  expect(r.success, `${r.error}\n${sql.slice(0, 300)}`).toBe(true);
  return r.sql!.join(';\n');
}

/** Every silver table, the findings and the ledger, as sorted text (the build's own time left out). */
async function state(engine: Engine): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const text = (rows: readonly Row[]) =>
    rows
      .map((r) =>
        JSON.stringify(
          Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : v === null ? null : String(v))),
        ),
      )
      .sort();
  for (const t of await engine.listTables('silver')) {
    // loaded_at is when the build ran, the one value that differs between two builds
    const columns = t.columns.map((c) => c.name).filter((c) => c !== 'loaded_at');
    out[`silver.${t.name}`] = text(
      await engine.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM silver.${t.name}`),
    );
  }
  out['meta.load_findings'] = text(
    await engine.query(
      `SELECT mapping, batch_id, row_number, kind, column_name, value FROM meta.load_findings`,
    ),
  );
  out['meta.applied_batches'] = text(
    await engine.query(`SELECT mapping, batch_id, rows_read, rows_rejected FROM meta.applied_batches`),
  );
  return out;
}

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
      for (const m of opened.mappings) {
        const sql = platform.mappings.find((p) => p.file === m.file)?.compiled.sql[engineName];
        expect(sql, m.file).toBeDefined();
        m.compiled.sql['duckdb'] = {
          ...sql!,
          statements: sql!.statements.map((s) => toDuckDb(engineName, s)),
          pendingSql: toDuckDb(engineName, sql!.pendingSql),
        };
      }
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
