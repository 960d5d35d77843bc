import { describe, expect, it } from 'vitest';
import { parseCloudEngineSpec, type SnowflakeSpec } from '../../project/cloud-engine-spec.js';
import { fakeSnowflakeDriver, type Answer } from '../testing/fake-cloud-drivers.js';
import { openSnowflakeEngine } from './snowflake-engine.js';

// Against a fake of snowflake-sdk (documented call and result shapes), not a Snowflake account.
const spec = parseCloudEngineSpec(
  'snowflake://myorg-acct/GEMEENTE_DB?warehouse=GGM_WH&role=GGM_LOADER',
) as SnowflakeSpec;
const env = { SNOWFLAKE_USER: 'ggm_loader', SNOWFLAKE_PASSWORD: 'geheim' };

function open(answer?: Answer) {
  const fake = fakeSnowflakeDriver((sql, params) => {
    if (/information_schema\.columns/.test(sql))
      return {
        // Snowflake answers unquoted column names in upper case, names stored folded to upper case
        rows: [
          {
            TABLE_SCHEMA: 'SILVER',
            TABLE_NAME: 'PAND',
            COLUMN_NAME: 'ID',
            DATA_TYPE: 'NUMBER',
            IS_NULLABLE: 'NO',
          },
          {
            TABLE_SCHEMA: 'SILVER',
            TABLE_NAME: 'PAND',
            COLUMN_NAME: 'NAAM',
            DATA_TYPE: 'TEXT',
            IS_NULLABLE: 'YES',
          },
        ].filter(() => params.length === 0 || params[0] === 'silver'),
      };
    return answer?.(sql, params);
  });
  const engine = openSnowflakeEngine(spec, { env, importer: async () => fake.module });
  return { fake, engine };
}

describe('snowflake engine (fake driver)', () => {
  it('connects with the credentials from the environment and sets the session up', async () => {
    const { fake, engine } = open();
    const e = await engine;
    expect(fake.connections[0]).toMatchObject({
      account: 'myorg-acct',
      database: 'GEMEENTE_DB',
      warehouse: 'GGM_WH',
      role: 'GGM_LOADER',
      username: 'ggm_loader',
      password: 'geheim',
    });
    expect(fake.sent[0]!.sql).toBe(
      "ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = TRUE, TIMEZONE = 'UTC'",
    );
    expect(e.description).toBe('snowflake://myorg-acct/GEMEENTE_DB');
    await e.close();
    expect(fake.openConnections()).toBe(0);
  });

  it('uses an OAuth token when SNOWFLAKE_TOKEN is set', async () => {
    const fake = fakeSnowflakeDriver();
    const e = await openSnowflakeEngine(spec, {
      env: { SNOWFLAKE_TOKEN: 't0k' },
      importer: async () => fake.module,
    });
    expect(fake.connections[0]).toMatchObject({ authenticator: 'OAUTH', token: 't0k' });
    await e.close();
  });

  it('says which package to install when snowflake-sdk is missing (the real import)', async () => {
    await expect(openSnowflakeEngine(spec, { env })).rejects.toMatchObject({
      code: 'GGM-I120',
      message: expect.stringContaining('npm install snowflake-sdk'),
    });
  });

  it('names the environment variables when no credentials are set', async () => {
    await expect(openSnowflakeEngine(spec, { env: {} })).rejects.toMatchObject({
      code: 'GGM-I121',
      message: expect.stringContaining('SNOWFLAKE_USER'),
    });
  });

  it('binds $n by number, counts changed rows and reads upper-case result columns in lower case', async () => {
    const { fake, engine } = open((sql) =>
      sql.startsWith('UPDATE')
        ? { changed: 4 }
        : sql.startsWith('SELECT count')
          ? { rows: [{ N: 2, Mixed: 1 }] }
          : undefined,
    );
    const e = await engine;
    expect(await e.execute('UPDATE silver.pand SET naam = $2 WHERE id = $1 OR id = $1', [7n, 'x'])).toBe(4);
    expect(fake.sent.at(-1)).toMatchObject({
      sql: 'UPDATE silver.pand SET naam = :2 WHERE id = :1 OR id = :1',
      params: ['7', 'x'],
    });
    expect(await e.query('SELECT count(*) AS n, 1 AS "Mixed" FROM meta.batches')).toEqual([
      { n: 2, Mixed: 1 },
    ]);
    await e.close();
  });

  it('streams rows from streamRows() in batches, result columns read in lower case', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ ID: i }));
    const { fake, engine } = open((sql) => (sql.startsWith('SELECT id') ? { rows } : undefined));
    const e = await engine;
    const batches: unknown[][] = [];
    for await (const batch of e.stream('SELECT id FROM silver.pand WHERE id > $1', [-1], 2))
      batches.push(batch);
    expect(batches).toEqual([[{ id: 0 }, { id: 1 }], [{ id: 2 }, { id: 3 }], [{ id: 4 }]]);
    expect(fake.sent.at(-1)).toMatchObject({
      sql: 'SELECT id FROM silver.pand WHERE id > :1',
      params: [-1],
      options: { streamResult: true },
    });
    await e.close();
  });

  it('introspects folded names back as the callers write them', async () => {
    const { engine } = open();
    const e = await engine;
    expect(await e.listTables('silver')).toEqual([
      {
        schema: 'silver',
        name: 'pand',
        columns: [
          { name: 'id', type: 'NUMBER', nullable: false },
          { name: 'naam', type: 'TEXT', nullable: true },
        ],
      },
    ]);
    await e.close();
  });

  it('bulk loads with PUT file:// into the internal stage, then COPY INTO inside the transaction', async () => {
    const { fake, engine } = open((sql) =>
      sql.startsWith('COPY INTO')
        ? { rows: [{ file: 'part-1.csv.gz', status: 'LOADED', rows_parsed: 2, rows_loaded: 2 }] }
        : sql.startsWith('INSERT')
          ? { changed: 1 }
          : undefined,
    );
    const e = await engine;
    const before = fake.sent.length;
    const n = await e.transaction(async (tx) => {
      await tx.execute('CREATE TABLE IF NOT EXISTS bronze.bron (id VARCHAR, naam VARCHAR)');
      async function* rows() {
        yield [
          ['1', 'Ö "x"'],
          ['2', null],
        ];
      }
      const loaded = await tx.bulkInsert({ schema: 'bronze', name: 'bron' }, ['id', 'naam'], rows());
      await tx.execute('INSERT INTO meta.batches (batch_id) VALUES ($1)', [1]);
      return loaded;
    });
    expect(n).toBe(2);
    const sent = fake.sent.slice(before);
    expect(sent.map((s) => s.sql.split(/\s/)[0])).toEqual([
      'ALTER',
      'CREATE',
      'BEGIN',
      'PUT',
      'COPY',
      'INSERT',
      'COMMIT',
    ]);
    const put = sent[3]!;
    expect(put.sql).toMatch(/^PUT 'file:\/\/\/.*\/part-1\.csv' @~\/ggm\/[0-9a-f-]+ AUTO_COMPRESS = TRUE$/);
    expect(put.uploaded).toBe('"id","naam"\n"1","Ö ""x"""\n"2",\n');
    const stage = /@~\/ggm\/[0-9a-f-]+/.exec(put.sql)![0];
    expect(sent[4]!.sql).toContain(`COPY INTO "bronze"."bron" ("id", "naam")\n  FROM ${stage}`);
    expect(sent[4]!.sql).toContain('PURGE = TRUE');
    await e.close();
  });

  it('keeps DDL out of the transaction: before BEGIN, drops after COMMIT; a failure rolls back', async () => {
    const { fake, engine } = open((sql) => {
      if (sql.includes('boom')) throw new Error('SQL compilation error');
      return sql.startsWith('INSERT') ? { changed: 1 } : undefined;
    });
    const e = await engine;
    const before = fake.sent.length;
    await e.transaction(async (tx) => {
      await tx.query('SELECT count(*) AS n FROM meta.batches');
      await tx.execute('CREATE TEMPORARY TABLE ggm_batch AS SELECT 1 AS b');
      await tx.execute('INSERT INTO meta.applied_batches SELECT * FROM ggm_batch');
      await tx.execute('DROP TABLE ggm_batch');
    });
    expect(fake.sent.slice(before).map((s) => s.sql.split(/\s/)[0])).toEqual([
      'ALTER',
      'SELECT',
      'CREATE',
      'BEGIN',
      'INSERT',
      'COMMIT',
      'DROP',
    ]);
    const second = fake.sent.length;
    await expect(
      e.transaction(async (tx) => {
        await tx.execute('INSERT INTO silver.x VALUES (1)');
        await tx.execute('INSERT INTO boom VALUES (1)');
      }),
    ).rejects.toThrow('SQL compilation error');
    expect(fake.sent.slice(second).map((s) => s.sql.split(/\s/)[0])).toEqual([
      'ALTER',
      'BEGIN',
      'INSERT',
      'INSERT',
      'ROLLBACK',
    ]);
    await e.close();
  });
});
