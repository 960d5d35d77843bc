import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import {
  fullModelDdl,
  objecttypesWithoutTable,
  uniqueDatabaseName,
} from '../../schema/testing/full-model-ddl.js';

const server = { host: '127.0.0.1', port: 5432, user: 'postgres' };

async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const name = uniqueDatabaseName('ggm_schema_pg');
  const admin = new pg.Client({ ...server, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const client = new pg.Client({ ...server, database: name });
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * Runs the statements in batches of 250, each one implicit transaction: one transaction for the whole
 * schema needs more lock slots than a shared server has free while other test files run.
 */
async function execute(client: pg.Client, statements: string[]): Promise<void> {
  for (let i = 0; i < statements.length; i += 250) {
    await client.query(statements.slice(i, i + 250).join(';\n'));
  }
}

async function tableNames(client: pg.Client): Promise<Set<string>> {
  const r = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  return new Set(r.rows.map((row) => row.table_name));
}

describe.skipIf(!hasReleases())('PostgreSQL 15: DDL of the full v2.5.1 model executes', () => {
  let postgisAvailable = false;
  beforeAll(async () => {
    const admin = new pg.Client({ ...server, database: 'postgres' });
    await admin.connect();
    const r = await admin.query("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'");
    postgisAvailable = (r.rowCount ?? 0) > 0;
    await admin.end();
  });

  for (const naming of ['snake', 'ggm'] as const) {
    // Concurrently: the work is in the server, which overlaps well.
    it.concurrent(
      `naming ${naming}`,
      async () => {
        const index = await loadReleaseIndex('v2.5.1');
        const { plan, statements } = fullModelDdl(index, 'postgres', {
          naming,
          // Comments are checked with the default naming; here they would only cost time.
          comments: naming === 'snake',
        });
        expect(objecttypesWithoutTable(index, plan)).toEqual([]);
        await withDatabase(async (client) => {
          await execute(client, statements);
          const names = await tableNames(client);
          expect(names.size).toBe(plan.tables.length);
          // Unquoted names fold to lower case, which is also how the dialect quotes them.
          for (const t of plan.tables)
            expect(names.has(t.name.toLowerCase().slice(0, 63)) || t.name.length > 63, t.name).toBe(true);
          const fks = await client.query(
            'SELECT count(*)::int AS n FROM information_schema.table_constraints WHERE constraint_type = $1',
            ['FOREIGN KEY'],
          );
          expect(fks.rows[0].n).toBe(plan.tables.reduce((n, t) => n + t.foreignKeys.length, 0));
        });
      },
      240_000,
    );
  }

  it.concurrent('with PostGIS geometry types, in a database of its own', async () => {
    expect(postgisAvailable, 'postgresql-15-postgis-3 is not installed (see .ci/run)').toBe(true);
    const index = await loadReleaseIndex('v2.5.1');
    const { plan, statements } = fullModelDdl(index, 'postgres', { comments: false }, { postgis: true });
    expect(statements[0]).toBe('CREATE EXTENSION IF NOT EXISTS postgis');
    await withDatabase(async (client) => {
      await execute(client, statements);
      const names = await tableNames(client);
      expect(names.size).toBe(plan.tables.length + 1); // + spatial_ref_sys
      const geo = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM geometry_columns WHERE srid = 28992',
      );
      const planned = plan.tables.flatMap((t) => t.columns).filter((c) => c.type.kind === 'geometry').length;
      expect(geo.rows[0]!.n).toBe(planned);
    });
  });
});
