import { describe, expect, it } from 'vitest';
import { parseCloudEngineSpec, type DatabricksSpec } from '../../project/cloud-engine-spec.js';
import { fakeDatabricksDriver } from '../testing/fake-cloud-drivers.js';
import { openDatabricksEngine } from './databricks-engine.js';
import { qualifyCatalog } from './databricks-names.js';

// Against a fake of @databricks/sql (documented call and result shapes), not a Databricks workspace.
const spec = parseCloudEngineSpec(
  'databricks://adb-1.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=gemeente',
) as DatabricksSpec;
const env = { DATABRICKS_TOKEN: 'dapi-secret' };

const TABLE_COLUMNS = [
  { table_schema: 'silver', table_name: 'pand', column_name: 'id', data_type: 'BIGINT', is_nullable: 'NO' },
  {
    table_schema: 'silver',
    table_name: 'pand',
    column_name: 'naam',
    data_type: 'STRING',
    is_nullable: 'YES',
  },
];

function open(answer?: Parameters<typeof fakeDatabricksDriver>[0]) {
  const fake = fakeDatabricksDriver((sql, params) => {
    if (/information_schema\.columns/.test(sql))
      return { rows: /table_name = \?/.test(sql) ? TABLE_COLUMNS : [] };
    return answer?.(sql, params);
  });
  const engine = openDatabricksEngine(spec, { env, importer: async () => fake.module });
  return { fake, engine };
}

describe('databricks engine (fake driver)', () => {
  it('connects with the token from the environment and the catalog of the URL', async () => {
    const { fake, engine } = open();
    const e = await engine;
    expect(fake.connects).toEqual([
      { host: 'adb-1.azuredatabricks.net', path: '/sql/1.0/warehouses/abc', token: 'dapi-secret' },
    ]);
    expect(fake.sessions).toEqual([{ initialCatalog: 'gemeente' }]);
    // timestamps as text (version keys, row hashes) in UTC, as on DuckDB and PostgreSQL
    expect(fake.sent[0]?.sql).toBe("SET TIME ZONE 'UTC'");
    expect(e.description).not.toContain('dapi-secret');
    await e.close();
    expect(fake.openSessions()).toBe(0);
  });

  it('says which package to install when @databricks/sql is missing (the real import)', async () => {
    await expect(openDatabricksEngine(spec, { env })).rejects.toMatchObject({
      code: 'GGM-I120',
      message: expect.stringContaining('npm install @databricks/sql'),
    });
  });

  it('names the environment variable when the token is missing', async () => {
    await expect(openDatabricksEngine(spec, { env: {} })).rejects.toMatchObject({
      code: 'GGM-I121',
      message: expect.stringContaining('DATABRICKS_TOKEN'),
    });
  });

  it('qualifies the warehouse schemas with the catalog and binds $n as ordinal parameters', async () => {
    const { fake, engine } = open((sql) => (sql.startsWith('UPDATE') ? { changed: 3 } : undefined));
    const e = await engine;
    const changed = await e.execute('UPDATE `silver`.`pand` SET naam = $2 WHERE id = $1 OR id = $1', [
      7,
      'x',
    ]);
    expect(changed).toBe(3);
    const last = fake.sent.at(-1)!;
    expect(last.sql).toBe('UPDATE `gemeente`.`silver`.`pand` SET naam = ? WHERE id = ? OR id = ?');
    expect(last.params).toEqual(['x', 7, 7]);
    await e.close();
  });

  it('maps information_schema rows to tables in column order', async () => {
    const { engine } = open();
    const e = await engine;
    expect(await e.describeTable({ schema: 'silver', name: 'pand' })).toEqual({
      schema: 'silver',
      name: 'pand',
      columns: [
        { name: 'id', type: 'BIGINT', nullable: false },
        { name: 'naam', type: 'STRING', nullable: true },
      ],
    });
    await e.close();
  });

  it('bulk loads as a CSV file: PUT into the volume, COPY INTO, REMOVE; never INSERT', async () => {
    const { fake, engine } = open((sql) => (sql.startsWith('COPY INTO') ? { changed: 3 } : undefined));
    const e = await engine;
    async function* rows() {
      yield [
        ['1', 'a,b'],
        ['2', null],
      ];
      yield [['3', '']];
    }
    const n = await e.bulkInsert({ schema: 'bronze', name: 'bron' }, ['id', 'naam'], rows());
    expect(n).toBe(3);
    const load = fake.sent.filter((s) => !/information_schema|^SET TIME ZONE/.test(s.sql));
    expect(load.map((s) => s.sql.split(/\s/)[0])).toEqual(['PUT', 'COPY', 'REMOVE']);
    expect(load[0]!.uploaded).toBe('"id","naam"\n"1","a,b"\n"2",\n"3",""\n');
    expect(load[0]!.sql).toMatch(
      /^PUT '\/.*\/part-1\.csv' INTO '\/Volumes\/gemeente\/meta\/ggm_staging\/ggm\/[0-9a-f-]+\.csv' OVERWRITE$/,
    );
    expect(load[0]!.options?.['stagingAllowedLocalPath']).toHaveLength(1);
    expect(load[1]!.sql).toContain('COPY INTO `gemeente`.`bronze`.`bron`');
    expect(load[1]!.sql).toContain("FROM (SELECT `id`, `naam` FROM '/Volumes/gemeente/meta/ggm_staging/ggm/");
    expect(load.some((s) => /^\s*INSERT/i.test(s.sql))).toBe(false);
    await e.close();
  });

  it('runs the stage DDL before BEGIN and drops stage tables after COMMIT', async () => {
    const { fake, engine } = open((sql) => (sql.startsWith('INSERT') ? { changed: 2 } : undefined));
    const e = await engine;
    const before = fake.sent.length;
    const n = await e.transaction(async (tx) => {
      await tx.execute('DROP TABLE IF EXISTS ggm_stage');
      await tx.execute('CREATE TEMPORARY TABLE ggm_stage AS SELECT * FROM bronze.x');
      const rows = await tx.execute('INSERT INTO silver.y SELECT * FROM ggm_stage');
      await tx.execute('DROP TABLE ggm_stage');
      return rows;
    });
    expect(n).toBe(2);
    expect(fake.sent.slice(before).map((s) => s.sql)).toEqual([
      "SET TIME ZONE 'UTC'",
      'DROP TABLE IF EXISTS ggm_stage',
      'CREATE TEMPORARY TABLE ggm_stage AS SELECT * FROM `gemeente`.bronze.x',
      'BEGIN TRANSACTION',
      'INSERT INTO `gemeente`.silver.y SELECT * FROM ggm_stage',
      'COMMIT',
      'DROP TABLE ggm_stage',
    ]);
    await e.close();
  });

  it('refuses DDL after the first change of a transaction and rolls back', async () => {
    const { fake, engine } = open((sql) => (sql.startsWith('INSERT') ? { changed: 1 } : undefined));
    const e = await engine;
    await expect(
      e.transaction(async (tx) => {
        await tx.execute('INSERT INTO meta.x VALUES (1)');
        await tx.execute('CREATE TABLE meta.y (a INT)');
      }),
    ).rejects.toMatchObject({ code: 'GGM-R102' });
    expect(fake.sent.at(-1)!.sql).toBe('ROLLBACK');
    expect(fake.sent.some((s) => s.sql.startsWith('CREATE TABLE'))).toBe(false);
    await e.close();
  });

  it("streams rows by the driver's chunked fetch, and exports them as CSV", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: i, naam: i === 2 ? null : `n${i}` }));
    const { fake, engine } = open((sql) => (sql.startsWith('SELECT id') ? { rows } : undefined));
    const e = await engine;
    const batches: unknown[][] = [];
    for await (const batch of e.stream('SELECT id, naam FROM silver.pand', [], 2)) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(fake.chunks).toEqual([2, 2, 2]);
    let csv = '';
    for await (const chunk of e.exportCsv('SELECT id, naam FROM silver.pand')) csv += chunk.toString('utf8');
    expect(csv.split('\n').slice(0, 4)).toEqual(['"id","naam"', '"0","n0"', '"1","n1"', '"2",']);
    await e.close();
  });

  it('lets the sandbox run queries only', async () => {
    const { engine } = open(() => ({ rows: [{ n: 1 }] }));
    const e = await engine;
    expect(await e.sandboxed((s) => s.query('SELECT 1 AS n'))).toEqual([{ n: 1 }]);
    await expect(e.sandboxed((s) => s.query('DROP TABLE silver.pand'))).rejects.toMatchObject({
      code: 'GGM-E001',
    });
    await expect(e.sandboxed((s) => s.query('SELECT 1; DROP TABLE silver.pand'))).rejects.toMatchObject({
      code: 'GGM-E001',
    });
    await e.close();
  });
});

describe('Unity Catalog three-part names', () => {
  it('qualifies schemas, not columns, literals or comments', () => {
    expect(
      qualifyCatalog(
        "CREATE SCHEMA IF NOT EXISTS meta; SELECT s.meta, 'silver.x' FROM silver.x s JOIN `gold`.`y` -- meta.z\n",
        'gemeente',
      ),
    ).toBe(
      "CREATE SCHEMA IF NOT EXISTS `gemeente`.meta; SELECT s.meta, 'silver.x' FROM `gemeente`.silver.x s JOIN `gemeente`.`gold`.`y` -- meta.z\n",
    );
    expect(qualifyCatalog('SELECT * FROM other.silver.x', 'gemeente')).toBe('SELECT * FROM other.silver.x');
  });
});
