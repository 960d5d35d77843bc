import mariadb, { type Connection } from 'mariadb';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildSchemaPlan, emitDdl, getDialect, type SchemaPlan } from '../index.js';
import { emitMigration, planMigration } from './index.js';
import { v250Rows } from './testing/release-rows.js';
import { referencedTable } from './testing/seed-rows.js';

// a connect timeout well above the driver's 1 s: a loaded 2-core CI machine (or a server still starting) needs it
const server = { host: '127.0.0.1', port: 3306, user: 'root', password: '', connectTimeout: 30_000 };
const mysql = getDialect('mysql');
const quote = (n: string) => `\`${n}\``;

async function withDatabase<T>(fn: (conn: Connection, name: string) => Promise<T>): Promise<T> {
  const name = `ggm_migrate_my_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = await mariadb.createConnection(server);
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  const conn = await mariadb.createConnection({ ...server, database: name, multipleStatements: true });
  try {
    return await fn(conn, name);
  } finally {
    await conn.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

async function columns(conn: Connection, schema: string): Promise<Set<string>> {
  const rows: Record<string, string>[] = await conn.query(
    'SELECT table_name AS t, column_name AS c, column_type AS y, is_nullable AS n FROM information_schema.columns WHERE table_schema = ?',
    [schema],
  );
  return new Set(rows.map((r) => `${r['t']}.${r['c']} ${r['y']} ${r['n']}`));
}

async function freshColumns(plan: SchemaPlan): Promise<Set<string>> {
  return withDatabase(async (conn, name) => {
    await conn.query(emitDdl(plan, mysql).statements.join(';\n'));
    return columns(conn, name);
  });
}

describe.skipIf(!hasReleases())('MariaDB 10.11: migrating a v2.5.0 database to v2.5.1', () => {
  it('runs, keeps the rows, and matches fresh v2.5.1 columns but for the skipped drops', async () => {
    const [from, to] = await Promise.all([loadReleaseIndex('v2.5.0'), loadReleaseIndex('v2.5.1')]);
    const fromPlan = buildSchemaPlan(from).plan;
    const toPlan = buildSchemaPlan(to).plan;
    const plan = planMigration(from, to);
    const sql = emitMigration(plan, mysql);
    expect(sql.notApplied).toEqual([]);
    const freshBuild = freshColumns(toPlan);
    await withDatabase(async (conn, name) => {
      await conn.query([...emitDdl(fromPlan, mysql).statements, ...v250Rows(fromPlan, quote)].join(';\n'));
      const fresh = await freshBuild;
      for (const statement of sql.statements) await conn.query(statement);
      const standplaats: Record<string, unknown>[] = await conn.query(
        'SELECT CAST(begin_geldigheid AS CHAR) AS b, CAST(eind_geldigheid AS CHAR) AS e, CAST(datum_einde AS CHAR) AS d FROM standplaats',
      );
      expect(standplaats).toEqual([{ b: '2020-01-01', e: '2022-03-03', d: '2021-02-02' }]);
      const statusTable = referencedTable(
        toPlan,
        'verblijfsobject_rsgb_plus',
        'verblijfsobjectstatus_enum_id',
      );
      const status: Record<string, unknown>[] = await conn.query(
        `SELECT e.value FROM verblijfsobject_rsgb_plus v JOIN ${statusTable} e ON e.${statusTable}_id = v.verblijfsobjectstatus_enum_id`,
      );
      expect(status).toEqual([{ value: 'verblijfsobject in gebruik (niet ingemeten)' }]);
      const mine = await columns(conn, name);
      expect([...fresh].filter((c) => !mine.has(c))).toEqual([]);
      expect(
        [...mine]
          .filter((c) => !fresh.has(c))
          .map((c) => c.split(' ')[0])
          .sort(),
      ).toEqual(plan.skipped.map((s) => `${s.table}.${s.column}`).sort());
    });
  }, 600_000);
});
