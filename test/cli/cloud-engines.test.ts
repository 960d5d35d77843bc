import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  fakeDatabricksDriver,
  fakeMssqlDriver,
  fakeSnowflakeDriver,
} from '../../src/engines/testing/fake-cloud-drivers.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `ggm` against databricks:// and snowflake:// with the vendors' packages replaced by fakes of their
 * documented shapes (the packages are not installed here): what the CLI sends, not what a platform does.
 */
const fakes = vi.hoisted(() => ({}) as { databricks?: unknown; snowflake?: unknown; mssql?: unknown });
// CommonJS packages: their exports are the default export of the ES module namespace
vi.mock('@databricks/sql', () => ({ default: fakes.databricks }));
vi.mock('snowflake-sdk', () => ({ default: fakes.snowflake }));
vi.mock('mssql', () => ({ default: fakes.mssql }));

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'ingest');
const root = mkdtempSync(join(tmpdir(), 'ggm-cli-cloud-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function project(engine: string): Promise<string> {
  const dir = join(root, engine.split(':')[0]!);
  expect((await runCli(['init', dir])).code).toBe(0);
  copyFileSync(join(FIXTURES, 'uitkeringen-cp1252.csv'), join(dir, 'sources', 'uitkeringen.csv'));
  const yaml = readFileSync(join(dir, 'ggm.yaml'), 'utf8')
    .replace(/engine: .*/, `engine: ${engine}`)
    .replace('sources: []', 'sources:\n  - name: uitkeringen\n    path: sources/uitkeringen.csv');
  writeFileSync(join(dir, 'ggm.yaml'), yaml);
  return dir;
}

describe('ggm on databricks:// (fake @databricks/sql)', () => {
  const fake = fakeDatabricksDriver((sql) => {
    if (/^COPY INTO/.test(sql)) return { changed: 3 };
    if (/^(INSERT|UPDATE|DELETE)/.test(sql)) return { changed: 1 };
    if (/AS n FROM/.test(sql)) return { rows: [{ n: 42 }] };
    return undefined;
  });
  fakes.databricks = fake.module;
  let dir = '';

  it('ggm query reads through the sandbox session with three-part names', async () => {
    dir = await project('databricks://adb-1.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=gemeente');
    process.env['DATABRICKS_TOKEN'] = 'dapi-test';
    const r = await runCli(['query', '-p', dir, 'SELECT count(*) AS n FROM silver.pand']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('42');
    expect(fake.sent.map((s) => s.sql)).toContain('SELECT count(*) AS n FROM `gemeente`.silver.pand');
    expect(fake.connects.every((c) => c['token'] === 'dapi-test')).toBe(true);
    expect(fake.openSessions()).toBe(0);
  });

  it('ggm ingest loads bronze by PUT and COPY INTO, with the batch ledger in the same transaction', async () => {
    const before = fake.sent.length;
    const r = await runCli(['ingest', '--project', dir]);
    expect(r.stderr).not.toMatch(/Error|GGM-[^I]/);
    expect(r.code).toBe(0);
    const sent = fake.sent.slice(before).map((s) => s.sql.trim().split(/\s+/).slice(0, 3).join(' '));
    const put = sent.findIndex((s) => s.startsWith('PUT'));
    expect(put).toBeGreaterThan(0);
    expect(sent[put + 1]).toMatch(/^COPY INTO `gemeente`.`bronze`/);
    expect(sent.some((s) => /^INSERT INTO `gemeente`.`bronze`/.test(s))).toBe(false);
    const begin = sent.lastIndexOf('BEGIN TRANSACTION', put);
    const commit = sent.indexOf('COMMIT', put);
    expect(begin).toBeGreaterThanOrEqual(0);
    // the bronze table's DDL runs before BEGIN: on these platforms DDL would commit the transaction
    expect(sent.findIndex((s) => /^CREATE TABLE `gemeente`.`bronze`/.test(s))).toBe(begin - 1);
    expect(sent.slice(put, commit).some((s) => /meta.*batches/.test(s))).toBe(true);
    expect(fake.sent[before + put]!.uploaded).toContain('"_row_number"');
  });

  it('a missing token is a coded error naming the variable, not a stack trace', async () => {
    delete process.env['DATABRICKS_TOKEN'];
    const r = await runCli(['query', '-p', dir, 'SELECT 1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-I121');
    expect(r.stderr).toContain('DATABRICKS_TOKEN');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ggm on snowflake:// (fake snowflake-sdk)', () => {
  const fake = fakeSnowflakeDriver((sql) => {
    if (/^COPY INTO/.test(sql)) return { rows: [{ file: 'x.csv.gz', status: 'LOADED', rows_loaded: 3 }] };
    if (/^(INSERT|UPDATE|DELETE)/.test(sql)) return { changed: 1 };
    if (/AS n FROM/.test(sql)) return { rows: [{ N: 7 }] };
    return undefined;
  });
  fakes.snowflake = fake.module;

  it('ggm query answers with the rows, column names as written', async () => {
    const dir = await project('snowflake://myorg-acct/GEMEENTE_DB?warehouse=WH');
    process.env['SNOWFLAKE_USER'] = 'loader';
    process.env['SNOWFLAKE_PASSWORD'] = 'pw';
    try {
      const r = await runCli(['query', '-p', dir, '--json', 'SELECT count(*) AS n FROM silver.pand']);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual([{ n: 7 }]);
      expect(fake.openConnections()).toBe(0);
    } finally {
      delete process.env['SNOWFLAKE_USER'];
      delete process.env['SNOWFLAKE_PASSWORD'];
    }
  });
});

describe('ggm on fabric:// (fake mssql)', () => {
  const fake = fakeMssqlDriver();
  fakes.mssql = fake.module;

  it('ggm ingest without a stage is a coded error at the file and inserts nothing row by row', async () => {
    const dir = await project('fabric://x.datawarehouse.fabric.microsoft.com/gemeente');
    process.env['FABRIC_TOKEN'] = 'entra-test';
    try {
      const r = await runCli(['ingest', '-p', dir]);
      expect(r.code).toBe(1);
      // the loader reports the engine's refusal (GGM-I122) at the source file it could not load
      expect(r.stderr).toMatch(/GGM-I003 at sources\/uitkeringen\.csv: .*stage_dir .*stage_url/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fake.sent.some((s) => /^(INSERT INTO \[?bronze|COPY INTO)/i.test(s.sql.trim()))).toBe(false);
    } finally {
      delete process.env['FABRIC_TOKEN'];
    }
  });

  it('a missing FABRIC_TOKEN is a coded error naming the variable', async () => {
    const r = await runCli(['query', '-p', join(root, 'fabric'), 'SELECT 1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-I121');
    expect(r.stderr).toContain('FABRIC_TOKEN');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
