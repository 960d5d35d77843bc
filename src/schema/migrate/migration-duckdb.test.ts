import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildSchemaPlan, emitDdl, getDialect } from '../index.js';
import { emitMigration, planMigration } from './index.js';
import { v250Rows } from './testing/release-rows.js';
import { referencedTable } from './testing/seed-rows.js';

const duckdb = getDialect('duckdb');
const quote = (n: string) => `"${n}"`;

async function run(connection: DuckDBConnection, statements: string[]): Promise<void> {
  for (const s of statements) await connection.run(s);
}

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

async function columns(connection: DuckDBConnection): Promise<Set<string>> {
  const list = await rows(
    connection,
    "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'main'",
  );
  return new Set(
    list.map(
      (r) =>
        `${String(r['table_name'])}.${String(r['column_name'])} ${String(r['data_type'])} ${String(r['is_nullable'])}`,
    ),
  );
}

async function database(statements: string[]): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await run(connection, statements);
  return connection;
}

describe.skipIf(!hasReleases())('DuckDB: migrating a v2.5.0 database to v2.5.1', () => {
  it('runs, keeps the rows, lists what DuckDB cannot alter, and matches fresh v2.5.1 columns but for the skipped drops', async () => {
    const [from, to] = await Promise.all([loadReleaseIndex('v2.5.0'), loadReleaseIndex('v2.5.1')]);
    const fromPlan = buildSchemaPlan(from).plan;
    const toPlan = buildSchemaPlan(to).plan;
    const plan = planMigration(from, to);
    const sql = emitMigration(plan, duckdb);
    // DuckDB declares foreign keys only in CREATE TABLE and cannot drop them: the changed foreign keys
    // are listed (and reported) instead of emitted. Other tables refer to standplaats, so its renamed
    // columns are copied into new ones and the old ones stay (also listed).
    expect(sql.notApplied.map((n) => `${n.step.kind} ${n.step.table}`).sort()).toEqual([
      'add-constraint begroeid_terreindeel',
      'add-constraint onbegroeid_terreindeel',
      'add-constraint verblijfsobject_rsgb_plus',
      'add-constraint woz_object',
      'drop-constraint verblijfsobject_rsgb_plus',
      'drop-constraint woz_object',
      'rename-column standplaats',
      'rename-column standplaats',
    ]);
    expect(sql.diagnostics.filter((d) => d.code === 'GGM-S302')).toHaveLength(8);
    expect(sql.script).toContain('-- Not possible on DuckDB (GGM-S302)');

    const migrated = await database([...emitDdl(fromPlan, duckdb).statements, ...v250Rows(fromPlan, quote)]);
    await run(migrated, sql.statements);
    expect(
      await rows(
        migrated,
        'SELECT begin_geldigheid::VARCHAR AS b, eind_geldigheid::VARCHAR AS e, datum_einde::VARCHAR AS d FROM standplaats',
      ),
    ).toEqual([{ b: '2020-01-01', e: '2022-03-03', d: '2021-02-02' }]);
    expect(await rows(migrated, 'SELECT op_talud, op_talud_enum_id FROM begroeid_terreindeel')).toEqual([
      { op_talud: true, op_talud_enum_id: null },
    ]);
    expect(
      await rows(
        migrated,
        "SELECT code FROM status_verblijfsobject_enum WHERE value = 'verblijfsobject verbouwing'",
      ),
    ).toEqual([{ code: '7' }]);
    const statusTable = referencedTable(toPlan, 'verblijfsobject_rsgb_plus', 'verblijfsobjectstatus_enum_id');
    expect(await rows(migrated, `SELECT count(*)::INTEGER AS n FROM ${statusTable}`)).toEqual([{ n: 8 }]);

    const fresh = await database(emitDdl(toPlan, duckdb).statements);
    const mine = await columns(migrated);
    const theirs = await columns(fresh);
    expect([...theirs].filter((c) => !mine.has(c))).toEqual([]);
    const kept = sql.notApplied
      .filter((n) => n.step.kind === 'rename-column')
      .map((n) => `${n.step.table}.${n.step.column}`);
    expect(
      [...mine]
        .filter((c) => !theirs.has(c))
        .map((c) => c.split(' ')[0])
        .sort(),
    ).toEqual([...plan.skipped.map((s) => `${s.table}.${s.column}`), ...kept].sort());
  });

  it('runs the whole v2.4.0 → v2.5.1 script, with and without destructive steps, listing the rest', async () => {
    const [from, to] = await Promise.all([loadReleaseIndex('v2.4.0'), loadReleaseIndex('v2.5.1')]);
    const ddl = emitDdl(buildSchemaPlan(from).plan, duckdb).statements;
    for (const allowDestructive of [false, true]) {
      const sql = emitMigration(planMigration(from, to, { allowDestructive }), duckdb);
      expect(sql.notApplied.length).toBeGreaterThan(0);
      expect(sql.diagnostics.filter((d) => d.code === 'GGM-S302')).toHaveLength(sql.notApplied.length);
      const connection = await database(ddl);
      await run(connection, sql.statements);
      const names = await rows(
        connection,
        "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'diensttype_vereist_voorwaardetype'",
      );
      expect(names).toEqual([{ n: 1 }]);
    }
  }, 600_000);
});
