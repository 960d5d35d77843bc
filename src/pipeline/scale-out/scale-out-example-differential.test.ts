import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiProject, type ApiProject } from '../../../test/helpers/api-project.js';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { join } from 'node:path';
import { countSql } from '../../checks/check-sql.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import type { Engine, Row } from '../../engines/engine.js';
import { metricEngineSql } from '../../gold/metric-engine-sql.js';
import { projectChecks } from '../checks/project-checks.js';
import { ProjectService } from '../project-service.js';
import { toDuckDb } from './load-differential-test-support.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

/**
 * examples/sociaal run natively on DuckDB (`ggm run` over a seeded iWmo/iJw corpus: bronze, the
 * mappings, the checks, gold). On that warehouse the Databricks and Snowflake SQL of every check (its
 * violation count) and of every gold metric of examples/sociaal/gold, transpiled to DuckDB by
 * @polyglot-sql/sdk, must give what the DuckDB SQL gives. No DuckDB shim is needed for either.
 */
const ENGINES = ['databricks', 'snowflake'] as const;
const RANGE = { from: '2024-01-01', to: '2026-12-31' };

/** Rows as comparable text: dates as ISO days, numbers to 6 decimals (DuckDB types may differ). */
function rowsText(rows: readonly Row[]): string[] {
  const value = (v: unknown) =>
    v === null || v === undefined
      ? null
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === 'string' || typeof v === 'boolean'
          ? String(v)
          : Number(String(v)).toFixed(6);
  return rows.map((r) => JSON.stringify(Object.values(r).map(value))).sort();
}

describe.skipIf(!hasReleases())('differential on the natively built examples/sociaal warehouse', () => {
  let project: ApiProject;
  let service: ProjectService;
  beforeAll(async () => {
    project = await createApiProject('duckdb', { clients: 40, gold: true });
    service = await ProjectService.open(project.dir);
  }, 600_000);
  afterAll(async () => project?.remove());

  async function checkCounts(engineName: 'duckdb' | (typeof ENGINES)[number]): Promise<Map<string, number>> {
    const { checks, diagnostics } = await projectChecks(await service.compile({ dialect: engineName }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return service.withWarehouse(async (engine) => {
      const out = new Map<string, number>();
      for (const c of checks) {
        const sql = engineName === 'duckdb' ? countSql(c) : toDuckDb(engineName, countSql(c));
        const [row] = await engine.query(sql);
        out.set(c.id, Number(row!['n']));
      }
      return out;
    });
  }

  for (const engineName of ENGINES) {
    it(`${engineName}: every check counts the same violations as on DuckDB`, async () => {
      const native = await checkCounts('duckdb');
      expect(native.size).toBeGreaterThan(10);
      // the seeded corpus is not clean everywhere: some checks find something
      expect([...native.values()].some((n) => n > 0)).toBe(true);
      expect(Object.fromEntries(await checkCounts(engineName))).toEqual(Object.fromEntries(native));
    }, 300_000);
  }

  it('every gold metric of examples/sociaal: Databricks and Snowflake cells equal the DuckDB cells', async () => {
    const { metrics, diagnostics } = await service.goldMetrics();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(metrics.length).toBeGreaterThan(15);
    let incomeSilver = false;
    const run = async (engine: Engine, name: 'duckdb' | (typeof ENGINES)[number]) => {
      const out = new Map<string, string[]>();
      const t = (s: string) => (name === 'duckdb' ? s : toDuckDb(name, s));
      for (const m of metrics) {
        const sql = metricEngineSql(m, getDialect(name), RANGE, { incomeSilver });
        // each engine builds the standaard: base tables from its own SQL before its queries read them
        for (const s of sql.setup) await engine.execute(t(s));
        out.set(m.descriptor.id, rowsText(await engine.query(t(sql.query))));
      }
      return out;
    };
    await service.withWarehouse(async (engine) => {
      // examples/sociaal has no Participatiewet mapping: stapeling counts Wmo and Jeugdwet only
      incomeSilver = !!(await engine.describeTable({ schema: 'silver', name: 'inkomensvoorziening' }));
      const native = await run(engine, 'duckdb');
      expect([...native.values()].reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(100);
      for (const name of ENGINES) {
        const translated = await run(engine, name);
        const differing = metrics
          .map((m) => m.descriptor.id)
          .filter((id) => JSON.stringify(translated.get(id)) !== JSON.stringify(native.get(id)));
        expect(differing, name).toEqual([]);
      }
      // leave the base tables as the DuckDB SQL builds them
      await run(engine, 'duckdb');
    });
  }, 600_000);
});
