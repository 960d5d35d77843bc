import mariadb from 'mariadb';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import {
  fullModelDdl,
  objecttypesWithoutTable,
  uniqueDatabaseName,
} from '../../schema/testing/full-model-ddl.js';

// A generous connect timeout: the machine is shared with other test files.
const server = { host: '127.0.0.1', port: 3306, user: 'root', password: '', connectTimeout: 30_000 };

describe.skipIf(!hasReleases())('MariaDB 10.11: DDL of the full v2.5.1 model executes', () => {
  for (const naming of ['snake', 'ggm'] as const) {
    // Concurrently: the time goes into InnoDB's per-table file creation, which overlaps well.
    it.concurrent(
      `naming ${naming}`,
      async () => {
        const index = await loadReleaseIndex('v2.5.1');
        const { plan, statements } = fullModelDdl(index, 'mysql', {
          naming,
          // Comments are checked with the default naming; here they would only cost time.
          comments: naming === 'snake',
        });
        expect(objecttypesWithoutTable(index, plan)).toEqual([]);
        const name = uniqueDatabaseName('ggm_schema_my');
        const admin = await mariadb.createConnection(server);
        await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
        const conn = await mariadb.createConnection({ ...server, database: name, multipleStatements: true });
        try {
          await conn.query(statements.join(';\n'));
          const rows: { table_name: string }[] = await conn.query(
            'SELECT table_name AS table_name FROM information_schema.tables WHERE table_schema = ?',
            [name],
          );
          const names = new Set(rows.map((r) => r.table_name.toLowerCase()));
          expect(names.size).toBe(plan.tables.length);
          for (const t of plan.tables)
            expect(names.has(t.name.toLowerCase().slice(0, 64)) || t.name.length > 64, t.name).toBe(true);
          const fks: { n: bigint | number }[] = await conn.query(
            'SELECT count(*) AS n FROM information_schema.referential_constraints WHERE constraint_schema = ?',
            [name],
          );
          expect(Number(fks[0]!.n)).toBe(plan.tables.reduce((n, t) => n + t.foreignKeys.length, 0));
        } finally {
          await conn.end();
          await admin.query(`DROP DATABASE IF EXISTS ${name}`);
          await admin.end();
        }
      },
      240_000,
    );
  }
});
