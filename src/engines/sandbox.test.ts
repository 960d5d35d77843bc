import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxError, WAREHOUSE_SCHEMAS, type Engine, type ReadOnlySession } from './engine.js';
import { DuckDbEngine } from './duckdb/duckdb-engine.js';
import { PostgresEngine } from './postgres/postgres-engine.js';
import { createTestDatabase } from './postgres/postgres-test-database.js';
import { ensureSchemas } from './sql-text.js';

/** What a sandboxed statement did: its rows, or the sandbox error's code and message. */
async function attempt(
  engine: Engine,
  sql: string,
  allowed: readonly string[] = [],
): Promise<{ rows?: unknown[]; code?: string; message?: string; ms: number }> {
  const started = Date.now();
  try {
    const rows = await engine.sandboxed((s: ReadOnlySession) => s.query(sql), {
      allowedDirectories: allowed,
    });
    return { rows, ms: Date.now() - started };
  } catch (error) {
    const e = error as Error & { code?: string };
    return {
      code: e instanceof SandboxError ? e.code : 'other',
      message: e.message,
      ms: Date.now() - started,
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ggm-sandbox-'));
const project = join(dir, 'project');
mkdirSync(project);
writeFileSync(join(project, 'people.csv'), 'id,name\n1,Anna\n');

describe('sandbox: DuckDB', () => {
  let engine: DuckDbEngine;
  beforeAll(async () => {
    engine = await DuckDbEngine.open({ path: join(dir, 'warehouse.duckdb') });
    await ensureSchemas(engine, WAREHOUSE_SCHEMAS);
    await engine.execute('CREATE TABLE silver.person AS SELECT 1 AS id');
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the warehouse, committed data included', async () => {
    await engine.execute('INSERT INTO silver.person VALUES (2)');
    expect((await attempt(engine, 'SELECT count(*) AS n FROM silver.person')).rows).toEqual([{ n: 2 }]);
  });

  it.each([
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    `SELECT * FROM read_csv('${project}/../../../etc/passwd')`,
  ])('refuses files outside the allowed directories: %s', async (sql) => {
    const r = await attempt(engine, sql, [project]);
    expect(r.code).toBe('GGM-E001');
    expect(r.message).toMatch(/file system operations are disabled/);
  });

  it('refuses https and s3 paths at once: no network, no extension install', async () => {
    for (const sql of [
      "SELECT * FROM 'https://example.com/data.csv'",
      "SELECT * FROM read_parquet('https://example.com/x.parquet')",
      "SELECT * FROM read_csv('s3://bucket/x.csv')",
    ]) {
      const r = await attempt(engine, sql);
      expect(r.code).toBe('GGM-E001');
      expect(r.message).toMatch(/disabled by configuration/);
      expect(r.ms).toBeLessThan(2000);
    }
    // nothing was loaded or installed on the way
    const loaded = await engine.query<{ n: number }>(
      "SELECT count(*) AS n FROM duckdb_extensions() WHERE extension_name = 'httpfs' AND loaded",
    );
    expect(loaded[0]?.n).toBe(0);
  });

  it('reads files in an allowed directory', async () => {
    const r = await attempt(engine, `SELECT name FROM read_csv('${join(project, 'people.csv')}')`, [project]);
    expect(r.rows).toEqual([{ name: 'Anna' }]);
    expect((await attempt(engine, `SELECT * FROM read_csv('${join(project, 'people.csv')}')`)).code).toBe(
      'GGM-E001',
    );
  });

  it.each([
    'INSERT INTO silver.person VALUES (3)',
    'UPDATE silver.person SET id = 4',
    'CREATE TABLE silver.x (a INTEGER)',
    "COPY (SELECT 1) TO '/tmp/ggm-sandbox-out.csv'",
    'SET enable_external_access = true',
    'INSTALL httpfs',
    "ATTACH '/tmp/other.duckdb'",
  ])('refuses writes and setting changes: %s', async (sql) => {
    expect((await attempt(engine, sql, [project])).code).toBe('GGM-E001');
  });

  it('runs one statement per call', async () => {
    const r = await attempt(engine, `SELECT 1; COPY (SELECT 1) TO '${join(project, 'out.csv')}'`, [project]);
    expect(r).toMatchObject({ code: 'GGM-E001', message: 'the sandbox runs one statement at a time' });
    expect(existsSync(join(project, 'out.csv'))).toBe(false);
  });

  it('refuses a write hidden in a query and a locked setting', async () => {
    expect(
      (await attempt(engine, 'WITH x AS (SELECT 1) INSERT INTO silver.person SELECT * FROM x')).code,
    ).toBe('GGM-E001');
    const r = await attempt(engine, "SELECT current_setting('lock_configuration') AS locked");
    expect(r.rows).toEqual([{ locked: true }]);
  });

  it('leaves the engine’s own instance able to read files natively', async () => {
    await attempt(engine, "SELECT * FROM read_text('/etc/passwd')");
    const rows = await engine.query<{ n: number }>(
      `SELECT count(*) AS n FROM read_csv('${join(project, 'people.csv')}')`,
    );
    expect(rows[0]?.n).toBe(1);
    await engine.execute('INSERT INTO silver.person VALUES (5)');
  });

  it('cannot sandbox an in-memory warehouse', async () => {
    const memory = await DuckDbEngine.open({ path: ':memory:' });
    try {
      expect((await attempt(memory, 'SELECT 1')).code).toBe('GGM-E002');
    } finally {
      await memory.close();
    }
  });
});

describe('sandbox: PostgreSQL', () => {
  let engine: PostgresEngine;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase('ggm_sandbox');
    drop = db.drop;
    engine = await PostgresEngine.open(db.url);
    await ensureSchemas(engine, WAREHOUSE_SCHEMAS);
    await engine.execute('CREATE TABLE silver.person (id INTEGER)');
    await engine.execute('INSERT INTO silver.person VALUES (1)');
  });
  afterAll(async () => {
    await engine?.close();
    await drop?.();
  });

  it('reads the warehouse', async () => {
    expect((await attempt(engine, 'SELECT id FROM silver.person')).rows).toEqual([{ id: 1 }]);
    // tables created after an earlier sandbox are readable too
    await engine.execute('CREATE TABLE gold.later AS SELECT 7 AS n');
    expect((await attempt(engine, 'SELECT n FROM gold.later')).rows).toEqual([{ n: 7 }]);
  });

  it.each([
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_read_binary_file('/etc/passwd')",
    "SELECT * FROM pg_ls_dir('/etc')",
    "SELECT lo_import('/etc/passwd')",
  ])('refuses server files: %s', async (sql) => {
    const r = await attempt(engine, sql);
    expect(r.code).toBe('GGM-E001');
  });

  it.each([
    'INSERT INTO silver.person VALUES (3)',
    'UPDATE silver.person SET id = 4',
    'CREATE TABLE silver.x (a INTEGER)',
    'WITH x AS (INSERT INTO silver.person VALUES (5) RETURNING id) SELECT * FROM x',
    "COPY silver.person FROM '/etc/passwd'",
    'RESET ROLE',
    'SET ROLE postgres',
    "SELECT set_config('role', 'postgres', false)",
    "SELECT query_to_xml('SELECT pg_read_file(''/etc/passwd'')', true, true, '')",
    'ROLLBACK',
  ])('refuses writes and role changes: %s', async (sql) => {
    expect((await attempt(engine, sql)).code).toBe('GGM-E001');
  });

  it('runs one statement per call', async () => {
    const r = await attempt(engine, 'SELECT 1; RESET ROLE');
    expect(r.rows).toBeUndefined();
    expect(r.message).toMatch(/multiple commands/);
  });

  it('keeps a long-lived sandbox session as strict, each query seeing committed data', async () => {
    const session = await engine.openSandbox();
    try {
      for (const sql of [
        "SELECT pg_read_file('/etc/passwd')",
        'INSERT INTO silver.person VALUES (3)',
        'WITH x AS (INSERT INTO silver.person VALUES (5) RETURNING id) SELECT * FROM x',
        'SET ROLE postgres',
        "SELECT set_config('role', 'postgres', false)",
        'COMMIT',
        'SELECT 1; RESET ROLE',
      ])
        await expect(session.query(sql), sql).rejects.toThrow();
      expect(
        await session.query("SELECT current_user AS who, current_setting('transaction_read_only') AS ro"),
      ).toEqual([{ who: 'ggm_reader', ro: 'on' }]);
      await engine.execute('INSERT INTO silver.person VALUES (2)');
      expect(await session.query('SELECT count(*)::int AS n FROM silver.person')).toEqual([{ n: 2 }]);
      await engine.execute('DELETE FROM silver.person WHERE id = 2');
    } finally {
      await session.close();
    }
    expect(session.closed).toBe(true);
  });

  it('runs as the NOLOGIN role ggm_reader in a read-only transaction, and the next statement still does', async () => {
    const result = await engine.sandboxed(async (s) => {
      await s.query("SELECT pg_read_file('/etc/passwd')").catch(() => undefined);
      return s.query<{ who: string; ro: string }>(
        "SELECT current_user AS who, current_setting('transaction_read_only') AS ro",
      );
    });
    expect(result).toEqual([{ who: 'ggm_reader', ro: 'on' }]);
    const count = await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM silver.person');
    expect(count[0]?.n).toBe(1);
  });
});
