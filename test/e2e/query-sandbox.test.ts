import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../src/engines/open-engine.js';
import { WAREHOUSE_SCHEMAS } from '../../src/engines/engine.js';
import { ensureSchemas } from '../../src/engines/sql-text.js';
import { createTestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { runCli } from '../helpers/run-cli.js';

/** `ggm query` on a project with one silver table: what it answers and what the sandbox refuses. */
const TARGETS = [
  { name: 'DuckDB', setup: async () => ({ engine: 'duckdb:warehouse.duckdb', drop: async () => undefined }) },
  {
    name: 'PostgreSQL',
    setup: async () => {
      const db = await createTestDatabase('ggm_query_sandbox');
      return { engine: db.url, drop: () => db.drop() };
    },
  },
];

describe.each(TARGETS)('ggm query in the sandbox on $name', ({ name, setup }) => {
  let dir: string;
  let drop: () => Promise<void>;
  const query = (sql: string) => runCli(['query', '--project', dir, '--json', sql]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-query-sandbox-'));
    const target = await setup();
    drop = target.drop;
    await writeFile(join(dir, 'ggm.yaml'), `engine: ${target.engine}\n`);
    await writeFile(join(dir, 'extract.csv'), 'id,name\n1,Anna\n');
    const engine = await openEngine(parseEngineSpec(target.engine, dir) as EngineSpec);
    try {
      await ensureSchemas(engine, WAREHOUSE_SCHEMAS);
      await engine.execute('CREATE TABLE silver.person (id INTEGER, name VARCHAR(20))');
      await engine.execute("INSERT INTO silver.person VALUES (1, 'Anna'), (2, 'Bram')");
      await engine.execute('CREATE SEQUENCE silver.counter');
    } finally {
      await engine.close();
    }
  });
  afterAll(async () => {
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a query', async () => {
    const r = await query('SELECT count(*) AS n FROM silver.person');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ n: 2 }]);
  });

  it.each([
    'INSERT INTO silver.person VALUES (3, null)',
    'UPDATE silver.person SET name = null',
    'CREATE TABLE silver.x (a INTEGER)',
  ])('refuses %s', async (sql) => {
    const r = await query(sql);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ggm: ggm query runs one read-only statement/);
  });

  it('refuses a write the statement check lets through, in the engine', async () => {
    const r = await query("SELECT nextval('silver.counter') AS n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ggm: GGM-E001 the sandbox refused the statement/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  if (name === 'DuckDB') {
    it.each([
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM read_text('/etc/passwd')",
      "SELECT * FROM read_blob('/etc/passwd')",
      "SELECT * FROM glob('/etc/*')",
      "SELECT * FROM read_csv('https://example.com/data.csv')",
      "SELECT * FROM 'https://example.com/data.parquet'",
    ])('refuses files and the network: %s', async (sql) => {
      const r = await query(sql);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ggm: GGM-E001 the sandbox refused the statement: Permission Error/);
      expect(r.stdout).toBe('');
    });

    it('reads a file in the project folder', async () => {
      const r = await query(`SELECT name FROM read_csv('${join(dir, 'extract.csv')}')`);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([{ name: 'Anna' }]);
    });
  } else {
    it.each([
      "SELECT pg_read_file('/etc/passwd')",
      "SELECT lo_import('/etc/passwd')",
      "SELECT * FROM pg_ls_dir('/etc')",
    ])('refuses server files: %s', async (sql) => {
      const r = await query(sql);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ggm: GGM-E001 the sandbox refused the statement: permission denied/);
    });

    it('runs in a READ ONLY transaction', async () => {
      const r = await query("SELECT current_setting('transaction_read_only') AS ro");
      expect(JSON.parse(r.stdout)).toEqual([{ ro: 'on' }]);
    });
  }
});
