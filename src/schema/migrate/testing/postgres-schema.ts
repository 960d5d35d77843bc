import pg from 'pg';
import { randomBytes } from 'node:crypto';
import {
  createTestDatabase,
  TEST_SERVER_URL,
  type TestDatabase,
} from '../../../engines/postgres/postgres-test-database.js';
import { shortenIdentifier } from '../../../dialects/identifiers.js';
import type { SchemaPlan } from '../../schema-plan.js';

export interface PgSchema {
  /** `table.column type(len,prec,scale) NULL|NOT NULL`, one per column. */
  columns: Set<string>;
  tables: Set<string>;
  /** `table: name definition`, one per constraint. */
  constraints: Set<string>;
  /** Per reference table: its rows as JSON, ordered by key. */
  referenceRows: Map<string, string[]>;
}

/**
 * Runs statements a few hundred per transaction: one transaction creating 1,300 tables holds more
 * locks than a shared server has room for while other test files do the same.
 */
export async function runInBatches(client: pg.Client, statements: string[], size = 250): Promise<void> {
  for (let i = 0; i < statements.length; i += size)
    await client.query(statements.slice(i, i + size).join(';\n'));
}

/** A fresh database with `statements` run in it. */
export async function databaseWith(
  prefix: string,
  statements: string[],
): Promise<{ db: TestDatabase; client: pg.Client }> {
  const db = await createTestDatabase(prefix);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await runInBatches(client, statements);
  return { db, client };
}

/**
 * A template database built once (schema and rows), closed so that `cloneOf` can copy it: copying a
 * database file is much faster than creating 1,300 tables again.
 */
export async function templateWith(prefix: string, statements: string[]): Promise<TestDatabase> {
  const handle = await databaseWith(prefix, statements);
  await handle.client.end();
  return handle.db;
}

export async function cloneOf(template: TestDatabase): Promise<{ db: TestDatabase; client: pg.Client }> {
  const source = new URL(template.url).pathname.slice(1);
  const name = `${source.slice(0, 40)}_c${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(source)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  const db: TestDatabase = {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_SERVER_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return { db, client };
}

export async function closeDatabase(
  handle: { db: TestDatabase; client: pg.Client } | undefined,
): Promise<void> {
  if (!handle) return;
  await handle.client.end().catch(() => undefined);
  await handle.db.drop();
}

/** What information_schema and pg_constraint say about the public schema, plus the reference rows. */
export async function readSchema(client: pg.Client, referenceTables: string[]): Promise<PgSchema> {
  const cols = await client.query<Record<string, string | number | null>>(
    `SELECT table_name, column_name, data_type, character_maximum_length AS len, numeric_precision AS prec,
            numeric_scale AS scale, is_nullable
       FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const columns = new Set(
    cols.rows.map(
      (r) =>
        `${r['table_name']}.${r['column_name']} ${r['data_type']}(${r['len']},${r['prec']},${r['scale']}) ${r['is_nullable'] === 'YES' ? 'NULL' : 'NOT NULL'}`,
    ),
  );
  const tables = new Set(cols.rows.map((r) => String(r['table_name'])));
  const cons = await client.query<{ t: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS t, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'`,
  );
  const constraints = new Set(cons.rows.map((r) => `${r.t}: ${r.name} ${r.def}`));
  const referenceRows = new Map<string, string[]>();
  for (const t of referenceTables) {
    const rows = await client.query(`SELECT * FROM ${pg.escapeIdentifier(t)} ORDER BY 1`);
    referenceRows.set(
      t,
      rows.rows.map((r) => JSON.stringify(r)),
    );
  }
  return { columns, tables, constraints, referenceRows };
}

export function referenceTableNames(plan: SchemaPlan): string[] {
  return plan.tables.filter((t) => t.kind === 'reference').map((t) => shortenIdentifier(t.name, 63));
}

/** Elements of `a` not in `b`, sorted. */
export function minus(a: Iterable<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x)).sort();
}
