import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fakeDatabricksDriver,
  fakeMssqlDriver,
  fakeSnowflakeDriver,
} from '../../src/engines/testing/fake-cloud-drivers.js';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `ggm run` on snowflake:// with snowflake-sdk replaced by a fake of its documented shapes: the fake runs
 * no SQL and answers empty results (a bronze table's columns excepted), so this proves what the run
 * sends, in which order and in which transaction, not that Snowflake accepts it.
 */
const fakes = vi.hoisted(() => ({}) as { snowflake?: unknown; databricks?: unknown; mssql?: unknown });
vi.mock('snowflake-sdk', () => ({ default: fakes.snowflake }));
vi.mock('@databricks/sql', () => ({ default: fakes.databricks }));
vi.mock('mssql', () => ({ default: fakes.mssql }));

const BRONZE_COLUMNS = ['id', 'naam', '_batch_id', '_row_number', '_loaded_at'];
const fake = fakeSnowflakeDriver((sql, params) => {
  if (/information_schema\.columns/.test(sql) && (params.length === 0 || params[0] === 'bronze'))
    return {
      rows: BRONZE_COLUMNS.map((c) => ({
        TABLE_SCHEMA: 'BRONZE',
        TABLE_NAME: 'REGISTRATIES',
        COLUMN_NAME: c.toUpperCase(),
        DATA_TYPE: 'TEXT',
        IS_NULLABLE: 'YES',
      })),
    };
  if (/^COPY INTO/.test(sql)) return { rows: [{ file: 'f.csv.gz', status: 'LOADED', rows_loaded: 2 }] };
  if (/^(INSERT|UPDATE|DELETE|MERGE)/.test(sql)) return { changed: 1 };
  return undefined;
});
fakes.snowflake = fake.module;

const databricks = fakeDatabricksDriver((sql, params) => {
  if (/information_schema\.columns/.test(sql) && (params.length === 0 || params[0] === 'bronze'))
    return {
      rows: BRONZE_COLUMNS.map((c) => ({
        table_schema: 'bronze',
        table_name: 'registraties',
        column_name: c,
        data_type: 'STRING',
        is_nullable: 'YES',
      })),
    };
  if (/^(COPY INTO|INSERT|UPDATE|DELETE|MERGE)/.test(sql)) return { changed: 2 };
  return undefined;
});
fakes.databricks = databricks.module;

/** The fabric fake reads the staged CSV a COPY INTO names from this folder (the engine's stage_dir). */
const fabricStage = vi.hoisted(() => ({ dir: '' }));
const mssql = fakeMssqlDriver(
  (sql, params) => {
    if (/INFORMATION_SCHEMA\.COLUMNS/.test(sql) && (params.length === 0 || params[0] === 'bronze'))
      return {
        rows: BRONZE_COLUMNS.map((c) => ({
          TABLE_SCHEMA: 'bronze',
          TABLE_NAME: 'registraties',
          COLUMN_NAME: c,
          DATA_TYPE: 'varchar',
          IS_NULLABLE: 'YES',
        })),
      };
    if (/^(COPY INTO|INSERT|UPDATE|DELETE|MERGE)/.test(sql)) return { changed: 2 };
    return undefined;
  },
  () => fabricStage.dir,
);
fakes.mssql = mssql.module;

/** Every transaction holds changes only: DDL ran before its BEGIN or after its COMMIT. */
function expectNoDdlInTransactions(sql: readonly string[]): void {
  let open = false;
  for (const s of sql) {
    if (/^BEGIN/.test(s)) open = true;
    else if (/^(COMMIT|ROLLBACK)/.test(s)) open = false;
    else if (open) expect(s, 'DDL inside a transaction').not.toMatch(/^(CREATE|DROP|ALTER)\b/i);
  }
}

function workbook(): Buffer {
  return fixtureWorkbook({
    packages: [
      { id: 'EAPK_ROOT', name: 'Testmodel', stereotype: 'Basismodel', version: '9.9.9' },
      { id: 'EAPK_KERN', name: '99 Kern', parent_package_id: 'EAPK_ROOT', stereotype: 'Domein' },
    ],
    classes: [
      {
        id: 'EAID_R',
        name: 'Registratie',
        package_id: 'EAPK_KERN',
        stereotype: 'Objecttype',
        is_datatype: false,
      },
    ],
    attributes: [
      {
        id: 'EAID_R1',
        clazz_id: 'EAID_R',
        name: 'identificatie',
        primitive: 'AN16',
        mogelijk_geen_waarde: 'Nee',
      },
      { id: 'EAID_R2', clazz_id: 'EAID_R', name: 'naam', primitive: 'AN20' },
    ],
    enumerations: [],
    enumerationliterals: [],
    associations: [],
    generalizations: [],
    diagrams: [],
    diagram_class: [],
    diagram_enumeration: [],
    diagram_association: [],
    diagram_generalization: [],
  });
}

/** A one-class project: a model workbook, one CSV source, one snapshot mapping. */
async function writeProject(dir: string, engine: string): Promise<void> {
  await mkdir(join(dir, 'mappings'));
  await mkdir(join(dir, 'sources'));
  await writeFile(join(dir, 'model.xlsx'), workbook());
  await writeFile(
    join(dir, 'ggm.yaml'),
    [
      `model: ${JSON.stringify(join(dir, 'model.xlsx'))}`,
      `engine: ${engine}`,
      'domains: [99 Kern]',
      'sources:',
      '  - name: registraties',
      '    format: csv',
      '    path: sources/registraties.csv',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'mappings', 'registratie.yaml'),
    'name: registratie\ntarget: Registratie\nhistory:\n  mode: snapshot\nsources:\n  - table: registraties\n    alias: r\nkey: [r.id]\nattributes:\n  identificatie: r.id\n  naam: r.naam\n',
  );
  await writeFile(join(dir, 'sources', 'registraties.csv'), 'id,naam\nR1,eerste\nR2,tweede\n');
}

describe('ggm run on snowflake:// (fake snowflake-sdk)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-cloud-run-'));
    await writeProject(dir, 'snowflake://myorg-acct/GEMEENTE_DB?warehouse=WH');
    process.env['SNOWFLAKE_TOKEN'] = 'oauth-test';
  });
  afterAll(async () => {
    delete process.env['SNOWFLAKE_TOKEN'];
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  it('loads bronze, builds silver and runs the checks with no DDL inside a transaction', async () => {
    const r = await runCli(['run', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const sql = fake.sent.map((s) => s.sql.trim());
    expectNoDdlInTransactions(sql);
    // the mapping's pass: stage tables before BEGIN, silver and ledger inside, stage drops after COMMIT
    const silver = sql.findIndex((s) => /^INSERT INTO silver\.registratie\b/i.test(s));
    expect(silver).toBeGreaterThan(0);
    const begin = sql.lastIndexOf('BEGIN TRANSACTION', silver);
    const commit = sql.indexOf('COMMIT', silver);
    expect(sql.slice(0, begin).some((s) => /^CREATE TEMPORARY TABLE ggm_stage/i.test(s))).toBe(true);
    expect(sql.slice(begin, commit).some((s) => /^INSERT INTO meta\.applied_batches/i.test(s))).toBe(true);
    expect(sql.slice(commit).some((s) => /^DROP TABLE ggm_stage/i.test(s))).toBe(true);
    // bronze went through PUT and COPY INTO; the checks queried silver
    expect(sql.some((s) => /^PUT 'file:\/\//.test(s))).toBe(true);
    expect(sql.some((s) => /^COPY INTO "bronze"\."registraties"/.test(s))).toBe(true);
    expect(sql.slice(commit).some((s) => /^(SELECT|WITH)\b[\s\S]*silver\.registratie/i.test(s))).toBe(true);
    expect(fake.openConnections()).toBe(0);
  });

  it('ggm check runs the derived checks there, names as the Snowflake DDL writes them', async () => {
    const before = fake.sent.length;
    const r = await runCli(['check', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const queries = fake.sent.slice(before).map((s) => s.sql.trim());
    expect(queries.some((s) => /^(SELECT|WITH)\b[\s\S]*FROM silver\.registratie\b/i.test(s))).toBe(true);
    expect(queries.some((s) => /"silver"/.test(s) && /^(SELECT|WITH)/i.test(s))).toBe(false);
  });
});

describe('ggm run on databricks:// (fake @databricks/sql)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-cloud-run-dbx-'));
    await writeProject(dir, 'databricks://adb-1.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=gemeente');
    process.env['DATABRICKS_TOKEN'] = 'dapi-test';
  });
  afterAll(async () => {
    delete process.env['DATABRICKS_TOKEN'];
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds silver with three-part names, the stage DDL outside the transaction', async () => {
    const r = await runCli(['run', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const sql = databricks.sent.map((s) => s.sql.trim());
    expectNoDdlInTransactions(sql);
    const silver = sql.findIndex((s) => s.startsWith('INSERT INTO `gemeente`.`silver`.`registratie`'));
    expect(silver).toBeGreaterThan(0);
    const begin = sql.lastIndexOf('BEGIN TRANSACTION', silver);
    expect(sql.slice(0, begin).some((s) => /^CREATE TEMPORARY TABLE `ggm_stage` AS/.test(s))).toBe(true);
    // every warehouse schema the run named carries the catalog
    const unqualified = sql.filter((s) => /(^|[\s(,])`?(bronze|silver|gold|meta)`?\.`?\w/.test(s));
    expect(unqualified).toEqual([]);
    expect(databricks.openSessions()).toBe(0);
  });

  it('ggm check queries silver under the catalog', async () => {
    const before = databricks.sent.length;
    const r = await runCli(['check', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const queries = databricks.sent.slice(before).map((s) => s.sql.trim());
    expect(queries.some((s) => /^(SELECT|WITH)\b[\s\S]*`gemeente`\.`silver`\.`registratie`/.test(s))).toBe(
      true,
    );
  });
});

describe('ggm run on fabric:// (fake mssql)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-cloud-run-fabric-'));
    fabricStage.dir = join(dir, 'stage');
    await writeProject(
      dir,
      `fabric://x.datawarehouse.fabric.microsoft.com/gemeente?stage_dir=${fabricStage.dir}&stage_url=https://acct.dfs.core.windows.net/c/stage`,
    );
    process.env['FABRIC_TOKEN'] = 'entra-test';
  });
  afterAll(async () => {
    delete process.env['FABRIC_TOKEN'];
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads bronze by COPY INTO from the stage, builds silver with the stage DDL outside the transaction', async () => {
    const r = await runCli(['run', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const sql = mssql.sent.map((s) => s.sql.trim());
    expectNoDdlInTransactions(sql);
    // T-SQL has no CREATE … IF NOT EXISTS: schemas and catalog tables are guarded by IF SCHEMA_ID/OBJECT_ID
    expect(sql.filter((s) => /IF NOT EXISTS/i.test(s))).toEqual([]);
    expect(sql).toContain("IF SCHEMA_ID('bronze') IS NULL EXEC('CREATE SCHEMA [bronze]')");
    // bronze: COPY INTO from the stage URL with the source's rows, never INSERT
    const copy = mssql.sent.find((s) => /^COPY INTO \[bronze\]\.\[registraties\]/.test(s.sql));
    expect(copy?.sql).toContain("FROM 'https://acct.dfs.core.windows.net/c/stage/ggm-");
    expect(copy?.uploaded).toMatch(/"R1","eerste"/);
    expect(sql.some((s) => /^INSERT INTO \[?bronze\]?\./i.test(s))).toBe(false);
    // the mapping's pass: silver and ledger between BEGIN TRAN and COMMIT TRAN
    const silver = sql.findIndex((s) => /^INSERT INTO \[?silver\]?\.\[?registratie\b/i.test(s));
    expect(silver).toBeGreaterThan(0);
    const begin = sql.lastIndexOf('BEGIN TRAN', silver);
    const commit = sql.indexOf('COMMIT TRAN', silver);
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(sql.slice(begin, commit).some((s) => /^INSERT INTO \[?meta\]?\.\[?applied_batches/i.test(s))).toBe(
      true,
    );
    expect(mssql.openPools()).toBe(0);
  });

  it('ggm check runs the derived checks there', async () => {
    const before = mssql.sent.length;
    const r = await runCli(['check', '-p', dir]);
    expect(r.stderr).not.toMatch(/GGM-[^I]|Error/);
    expect(r.code).toBe(0);
    const queries = mssql.sent.slice(before).map((s) => s.sql.trim());
    expect(queries.filter((s) => /IF NOT EXISTS/i.test(s))).toEqual([]);
    expect(queries.some((s) => /^(SELECT|WITH)\b[\s\S]*silver\]?\.\[?registratie\b/i.test(s))).toBe(true);
  });
});
