import { transpile } from '@polyglot-sql/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sociaalContext, targetOf } from '../../../test/helpers/gold-silver.js';
import { hasReleases } from '../../../test/helpers/releases.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine, Row } from '../../engines/engine.js';
import { metricEngineSql } from '../../gold/metric-engine-sql.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import { seedBijstandStatements } from '../../gold/sociaal/testing/reference-bijstand.js';
import { seedSilverStatements } from '../../gold/sociaal/testing/seed-silver.js';
import { FIXTURE_TABLES, PLAN_COLUMNS } from '../../gold/sociaal/testing/silver-fixture.js';
import { demoMetricFiles } from './demo-metric-files-test-support.js';

/**
 * The Databricks, Snowflake and Fabric gold SQL of every metric of the demo (examples/sociaal/gold and
 * examples/participatie/gold-brp, the `standaard:` base tables included), transpiled to DuckDB by
 * @polyglot-sql/sdk and executed on a seeded silver of 800 clients: every cell must equal the native
 * DuckDB SQL of the same metric on the same silver. It checks the semantics of our SQL as far as the
 * transpiler carries it; it is no run on the platforms themselves.
 *
 * Unlike the load SQL (scale-out-differential.test.ts), the Databricks and Snowflake gold SQL needs no
 * DuckDB shim: the transpiler carries `datediff`/`date_add`, `DATEDIFF`/`DATEADD`, `GROUPING`, `CUBE`
 * and the period rows (Snowflake's `SELECT * FROM (VALUES …)`) as they are. Fabric's needs the ones
 * listed below (FABRIC_SHIMS, the schema guard, VARCHAR(MAX)); its 1/0 `onderdrukt` compares as a number.
 */

const RANGE = { from: '2024-01-01', to: '2025-12-31' };
/**
 * Metrics the seeded silver cannot feed, listed rather than skipped: the fixture holds the columns the
 * standard set reads (src/gold/sociaal/testing), not Levering → Client.
 */
const NOT_SEEDED: Record<string, string> = {
  wmo_clienten: 'reads Levering.prestatie voor (a client per levering), which the fixture leaves out',
};

async function seededWarehouse(bijstandIds: [number, number]): Promise<Engine> {
  const engine = await DuckDbEngine.open({ path: ':memory:' });
  for (const sql of [
    ...FIXTURE_TABLES,
    ...seedSilverStatements(800),
    ...PLAN_COLUMNS,
    ...seedBijstandStatements(...bijstandIds),
  ])
    await engine.execute(sql);
  return engine;
}

/** Cells as comparable text: dates as ISO days, numbers to 6 decimals (DuckDB types may differ). */
function cells(rows: readonly Row[]): string[] {
  const value = (v: unknown) =>
    v === null || v === undefined
      ? null
      : typeof v === 'boolean'
        ? (v ? 1 : 0).toFixed(6) // T-SQL's onderdrukt is a 1/0 flag
        : v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'object' && v !== null)
            ? Number(String(v)).toFixed(6)
            : String(v);
  return rows.map((r) => JSON.stringify(Object.values(r).map(value))).sort();
}

/**
 * Fabric only, one shim each: the transpiler writes T-SQL's REGEXP_LIKE(text, pattern) as
 * `PATINDEX(text, pattern) <> 0`, a function DuckDB lacks (and T-SQL's own PATINDEX takes a LIKE
 * pattern first): a macro gives it the regular-expression meaning the T-SQL had.
 */
const FABRIC_SHIMS = [`CREATE MACRO patindex(t, p) AS CASE WHEN regexp_matches(t, p) THEN 1 ELSE 0 END`];

/** Fabric's schema guard (a statement form the transpiler does not know) as what it does in DuckDB. */
const SCHEMA_GUARD = /^IF SCHEMA_ID\('([^']*)'\) IS NULL EXEC\('CREATE SCHEMA [^']*'\)$/;

function toDuckDb(engineName: 'databricks' | 'snowflake' | 'fabric', sql: string): string {
  const guard = SCHEMA_GUARD.exec(sql);
  if (guard) return `CREATE SCHEMA IF NOT EXISTS ${guard[1]}`;
  // shim: the transpiler passes T-SQL's VARCHAR(MAX) through, which DuckDB does not parse
  const text = engineName === 'fabric' ? sql.replaceAll('VARCHAR(MAX)', 'VARCHAR') : sql;
  const r = transpile(text, engineName as never, 'duckdb' as never);
  expect(r.success, `${r.error}\n${sql.slice(0, 300)}`).toBe(true);
  return r.sql!.join(';\n');
}

describe.skipIf(!hasReleases())(
  'differential: Databricks, Snowflake and Fabric gold SQL transpiled to DuckDB',
  () => {
    let metrics: GoldMetric[];
    let ids: [number, number];
    const native = new Map<string, string[]>();
    const open: Engine[] = [];

    beforeAll(async () => {
      const ctx = await sociaalContext();
      const resolved = resolveProjectMetrics(demoMetricFiles(), ctx);
      expect(resolved.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      metrics = resolved.metrics.filter((m) => !NOT_SEEDED[m.descriptor.id]);
      expect(resolved.metrics.length - metrics.length).toBe(Object.keys(NOT_SEEDED).length);
      // the wet of Inkomensvoorzieningsoort is stored as the plan's enumeration id
      const wet = targetOf(ctx, 'Inkomensvoorzieningsoort').columns.find((c) => c.name === 'wet_enum_id');
      const enumIds = wet?.enumeration?.stored === 'id' ? wet.enumeration.ids : {};
      ids = [enumIds['Participatiewet PW-I']!, enumIds['Bijzondere Bijstand']!];
      const engine = await seededWarehouse(ids);
      open.push(engine);
      for (const m of metrics) {
        const sql = metricEngineSql(m, getDialect('duckdb'), RANGE);
        for (const s of sql.setup) await engine.execute(s);
        native.set(m.descriptor.id, cells(await engine.query(sql.query)));
      }
    }, 300_000);
    afterAll(async () => {
      for (const e of open.splice(0)) await e.close();
    });

    for (const engineName of ['databricks', 'snowflake', 'fabric'] as const) {
      it(`${engineName}: every metric's cells equal the native DuckDB run`, async () => {
        const engine = await seededWarehouse(ids);
        open.push(engine);
        if (engineName === 'fabric') for (const shim of FABRIC_SHIMS) await engine.execute(shim);
        const differing: string[] = [];
        for (const m of metrics) {
          const sql = metricEngineSql(m, getDialect(engineName), RANGE);
          for (const s of sql.setup) await engine.execute(toDuckDb(engineName, s));
          const rows = cells(await engine.query(toDuckDb(engineName, sql.query)));
          const expected = native.get(m.descriptor.id)!;
          expect(expected.length, m.descriptor.id).toBeGreaterThan(0);
          if (JSON.stringify(rows) !== JSON.stringify(expected)) differing.push(m.descriptor.id);
        }
        expect(differing).toEqual([]);
      }, 300_000);
    }
  },
);
