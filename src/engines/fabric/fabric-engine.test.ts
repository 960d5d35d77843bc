import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCloudEngineSpec, type FabricSpec } from '../../project/cloud-engine-spec.js';
import { fakeMssqlDriver, type Answer } from '../testing/fake-cloud-drivers.js';
import { openFabricEngine } from './fabric-engine.js';

// Against a fake of mssql (documented call and result shapes), not a Fabric warehouse.
let stageDir = '';
beforeAll(async () => {
  stageDir = await mkdtemp(join(tmpdir(), 'ggm-fabric-stage-'));
});
afterAll(async () => {
  if (stageDir) await rm(stageDir, { recursive: true, force: true });
});

const env = { FABRIC_TOKEN: 'entra-token' };
const SERVER = 'x.datawarehouse.fabric.microsoft.com';
const STAGE_URL = 'https://acct.dfs.core.windows.net/stage/ggm';

function spec(staged = true): FabricSpec {
  const query = staged ? `?stage_dir=${stageDir}&stage_url=${STAGE_URL}` : '';
  return parseCloudEngineSpec(`fabric://${SERVER}/gemeente${query}`) as FabricSpec;
}

function open(answer?: Answer, options: { staged?: boolean; env?: Record<string, string> } = {}) {
  const fake = fakeMssqlDriver((sql, params) => {
    if (/INFORMATION_SCHEMA\.COLUMNS/.test(sql))
      return {
        rows: [
          {
            TABLE_SCHEMA: 'silver',
            TABLE_NAME: 'pand',
            COLUMN_NAME: 'id',
            DATA_TYPE: 'int',
            IS_NULLABLE: 'NO',
          },
        ].filter(() => params.length === 0 || params[0] === 'silver'),
      };
    return answer?.(sql, params);
  }, stageDir);
  const engine = openFabricEngine(spec(options.staged), {
    env: options.env ?? env,
    importer: async () => fake.module,
  });
  return { fake, engine };
}

describe('fabric engine (fake mssql)', () => {
  it('connects with the Entra ID token from the environment, one connection per pool', async () => {
    const { fake, engine } = open();
    const e = await engine;
    expect(fake.configs[0]).toMatchObject({
      server: SERVER,
      database: 'gemeente',
      authentication: { type: 'azure-active-directory-access-token', options: { token: 'entra-token' } },
      pool: { max: 1 },
    });
    expect(e.kind).toBe('fabric');
    expect(e.description).toBe(`fabric://${SERVER}/gemeente`);
    await e.close();
    expect(fake.openPools()).toBe(0);
  });

  it('refuses to open without FABRIC_TOKEN (GGM-I121) or without mssql (GGM-I120)', async () => {
    await expect(open(undefined, { env: {} }).engine).rejects.toMatchObject({ code: 'GGM-I121' });
    const missing = openFabricEngine(spec(), {
      env,
      importer: () => Promise.reject(Object.assign(new Error('nope'), { code: 'ERR_MODULE_NOT_FOUND' })),
    });
    await expect(missing).rejects.toMatchObject({ code: 'GGM-I120', message: /npm install mssql/ });
  });

  it('binds $n as named @pn inputs and counts rowsAffected', async () => {
    const { fake, engine } = open((sql) => (/^UPDATE/.test(sql) ? { changed: 3 } : undefined));
    const e = await engine;
    const changed = await e.execute('UPDATE silver.pand SET naam = $2 WHERE id = $1 OR id = $1', [7, 'x']);
    expect(changed).toBe(3);
    const last = fake.sent.at(-1)!;
    expect(last.sql).toBe('UPDATE silver.pand SET naam = @p2 WHERE id = @p1 OR id = @p1');
    expect(last.options?.['inputs']).toEqual({ p1: 7, p2: 'x' });
    expect(await e.listTables('silver')).toEqual([
      { schema: 'silver', name: 'pand', columns: [{ name: 'id', type: 'int', nullable: false }] },
    ]);
    await e.close();
  });

  it('streams rows from row events in batches', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: i }));
    const { fake, engine } = open((sql) => (/^SELECT id/.test(sql) ? { rows } : undefined));
    const e = await engine;
    const batches: number[] = [];
    for await (const batch of e.stream('SELECT id FROM silver.pand', [], 2)) batches.push(batch.length);
    expect(batches).toEqual([2, 2, 1]);
    expect(fake.sent.at(-1)!.options).toMatchObject({ stream: true });
    expect(fake.cancelled()).toBe(0);
    // a reader that stops after the first batch cancels the request
    for await (const _batch of e.stream('SELECT id FROM silver.pand', [], 2)) break;
    expect(fake.cancelled()).toBe(1);
    await e.close();
  });

  it('loads bronze with COPY INTO from the stage URL, never INSERT, and removes the staged file', async () => {
    const { fake, engine } = open((sql) => (/^COPY INTO/.test(sql) ? { changed: 2 } : undefined));
    const e = await engine;
    async function* batches() {
      yield [
        ['1', 'een'],
        ['2', null],
      ];
    }
    const loaded = await e.bulkInsert({ schema: 'bronze', name: 'panden' }, ['id', 'naam'], batches());
    expect(loaded).toBe(2);
    const copy = fake.sent.find((s) => /^COPY INTO/.test(s.sql))!;
    expect(copy.sql).toMatch(/^COPY INTO \[bronze\]\.\[panden\] \(\[id\], \[naam\]\)/);
    expect(copy.sql).toContain(`FROM '${STAGE_URL}/ggm-`);
    expect(copy.sql).toContain("FILE_TYPE = 'CSV'");
    expect(copy.uploaded).toBe('"id","naam"\n"1","een"\n"2",\n');
    expect(fake.sent.some((s) => /^INSERT/i.test(s.sql))).toBe(false);
    expect(await readdir(stageDir)).toEqual([]);
    await e.close();
  });

  it('refuses a bulk load without a stage (GGM-I122) instead of inserting row by row', async () => {
    const { fake, engine } = open(undefined, { staged: false });
    const e = await engine;
    async function* batches() {
      yield [['1']];
    }
    await expect(e.bulkInsert({ schema: 'bronze', name: 'x' }, ['id'], batches())).rejects.toMatchObject({
      code: 'GGM-I122',
    });
    expect(fake.sent.some((s) => /^(INSERT|COPY)/i.test(s.sql))).toBe(false);
    await e.close();
  });

  it('puts the stage SAS into COPY INTO only when FABRIC_STAGE_SAS is set', async () => {
    const { fake, engine } = open((sql) => (/^COPY INTO/.test(sql) ? { changed: 1 } : undefined), {
      env: { ...env, FABRIC_STAGE_SAS: 'sv=2024&sig=abc' },
    });
    const e = await engine;
    async function* batches() {
      yield [['1']];
    }
    await e.bulkInsert({ schema: 'bronze', name: 'x' }, ['id'], batches());
    const copy = fake.sent.find((s) => /^COPY INTO/.test(s.sql))!;
    expect(copy.sql).toContain(
      "CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = 'sv=2024&sig=abc')",
    );
    await e.close();
  });
});
