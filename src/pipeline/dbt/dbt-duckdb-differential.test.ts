import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMapping } from '../../compiler/compile-mapping.js';
import { renderDbtJinja } from '../../dbt/dbt-jinja.js';
import { exportDbt } from '../../dbt/export-dbt.js';
import type { Engine } from '../../engines/engine.js';
import { compileFixture, FIXTURES, type Layout } from '../../../test/fixtures/mappings/load-scenario.js';
import { miniIndex } from '../../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../../test/fixtures/mappings/mini-schema.js';
import { addPandBatch, pandWarehouse } from '../../../test/fixtures/mappings/pand-batches.js';

/**
 * The dbt-duckdb flavour of `ggm export dbt`, rendered by our Jinja subset and run on DuckDB the way
 * dbt runs it (a table: CREATE TABLE AS; incremental: the model into a temporary table, then
 * delete+insert on the unique key), must give the silver rows of the batch-by-batch load. dbt itself
 * (Python) is not installed here, so its materialisation is played by these statements.
 */
function dbtModel(file: string, layout: Layout): { sql: string; uniqueKey: string[]; incremental: boolean } {
  const { plan, targets } = miniSchema(layout);
  const compiled = compileMapping(
    readFileSync(join(FIXTURES, file), 'utf8'),
    file,
    {
      index: miniIndex(),
      targets,
      bronze: MINI_BRONZE,
    },
    [],
  );
  const out = exportDbt({
    name: 'fixture',
    adapter: 'duckdb',
    mappings: [{ file, plan: compiled.plan! }],
    silverPlan: plan,
    sources: [],
    checks: [],
  });
  expect(out.diagnostics).toEqual([]);
  const sql = out.files.find((f) => f.path === 'models/silver/pand.sql')!.content;
  const config = /unique_key=\[([^\]]*)\]/.exec(sql);
  return {
    sql,
    uniqueKey: config ? config[1]!.split(', ').map((k) => k.replace(/'/g, '')) : [],
    incremental: sql.includes("materialized='incremental'"),
  };
}

const render = (sql: string, incremental: boolean) =>
  renderDbtJinja(sql, {
    ref: (m) => `silver."${m}"`,
    source: (s, t) => `"${s}"."${t}"`,
    self: 'dbt.pand',
    incremental,
  });

const COLUMNS = `CAST(pand_id AS VARCHAR) AS pand_id, identificatie, oorspronkelijk_bouwjaar AS jaar, naam`;
const HISTORY = `${COLUMNS}, CAST(valid_from AS VARCHAR) AS vf, CAST(valid_to AS VARCHAR) AS vt, CAST(load_batch_id AS VARCHAR) AS batch`;

describe('dbt-duckdb models on DuckDB equal ggm run', () => {
  const open: Engine[] = [];
  afterEach(async () => {
    for (const e of open.splice(0)) await e.close();
  });

  const CASES: [string, Layout, string][] = [
    ['pand-deletes.yaml', 'stable-key', `${HISTORY}, CAST(registered_at AS VARCHAR) AS reg`],
    ['pand-deletes.yaml', 'versioned', HISTORY],
    ['pand-deletes-none.yaml', 'stable-key', COLUMNS],
  ];
  for (const [file, layout, columns] of CASES) {
    it(`${file} (${layout}): full build and an incremental run after the last batch`, async () => {
      const native = await pandWarehouse(layout);
      const dbt = await pandWarehouse(layout, 2);
      open.push(native, dbt);
      for (let i = 0; i < 3; i++)
        await native.transaction(async (tx) => {
          for (const s of compileFixture(file, 'duckdb', layout)) await tx.execute(s);
        });
      const model = dbtModel(file, layout);
      await dbt.execute('CREATE SCHEMA dbt');
      await dbt.execute(`CREATE TABLE dbt.pand AS ${render(model.sql, false)}`);
      await addPandBatch(dbt, 2);
      if (model.incremental) {
        // dbt-duckdb's delete+insert: the model's rows replace those with the same unique key.
        const key = model.uniqueKey.map((k) => `"${k}"`).join(', ');
        await dbt.execute(`CREATE TEMP TABLE pand__dbt_tmp AS ${render(model.sql, true)}`);
        // Only the objects the new batch changed, all their versions (the closed ones rewritten).
        const [tmp, all] = await Promise.all([
          dbt.query<{ n: bigint }>(`SELECT COUNT(*) AS n FROM pand__dbt_tmp`),
          dbt.query<{ n: bigint }>(`SELECT COUNT(*) AS n FROM (${render(model.sql, false)}) m`),
        ]);
        expect(Number(tmp[0]!.n)).toBeGreaterThan(0);
        expect(Number(tmp[0]!.n)).toBeLessThan(Number(all[0]!.n));
        await dbt.execute(`DELETE FROM dbt.pand WHERE (${key}) IN (SELECT ${key} FROM pand__dbt_tmp)`);
        await dbt.execute(`INSERT INTO dbt.pand SELECT * FROM pand__dbt_tmp`);
      } else {
        await dbt.execute('DROP TABLE dbt.pand');
        await dbt.execute(`CREATE TABLE dbt.pand AS ${render(model.sql, false)}`);
      }
      await dbt.execute(`CREATE TABLE dbt.full_refresh AS ${render(model.sql, false)}`);
      const expected = await native.query(`SELECT ${columns} FROM silver.pand ORDER BY ALL`);
      expect(expected.length).toBeGreaterThan(3);
      expect(await dbt.query(`SELECT ${columns} FROM dbt.pand ORDER BY ALL`)).toEqual(expected);
      expect(await dbt.query(`SELECT ${columns} FROM dbt.full_refresh ORDER BY ALL`)).toEqual(expected);
    });
  }

  it('the snapshot mapping is incremental with the version as unique key; the none mapping a table', () => {
    expect(dbtModel('pand-deletes.yaml', 'stable-key')).toMatchObject({
      incremental: true,
      uniqueKey: ['pand_id', 'valid_from'],
    });
    expect(dbtModel('pand-deletes.yaml', 'versioned')).toMatchObject({
      incremental: true,
      uniqueKey: ['pand_id'],
    });
    expect(dbtModel('pand-deletes-none.yaml', 'stable-key').incremental).toBe(false);
  });
});
