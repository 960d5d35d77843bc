import { transpile } from '@polyglot-sql/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import {
  addBatch,
  compileFixture,
  createBronze,
  createSilver,
} from '../../../test/fixtures/mappings/load-scenario.js';

/**
 * The Databricks and Snowflake load SQL of a fixture mapping (snapshot history with tombstones),
 * transpiled to DuckDB by @polyglot-sql/sdk and executed: silver, the findings and the ledger must
 * equal the native DuckDB load of the same batches. This checks the semantics of our SQL as far as
 * the transpiler carries it; it is no run on the platforms themselves.
 *
 * What the transpiler does not carry is shimmed by one DuckDB macro each, listed here:
 * - Snowflake `TO_NUMBER(hex, 'XXXXXXXXXXXXXXX')` (hex to number) and `TIMESTAMP_NTZ` (written as
 *   `TIMESTAMPNTZ`);
 * - Databricks `conv(hex, 16, 10)` and `current_timestamp()`.
 */
const SHIMS = [
  `CREATE TYPE TIMESTAMPNTZ AS TIMESTAMP`,
  `CREATE MACRO current_timestamp() AS get_current_timestamp()`,
  `CREATE MACRO to_number(h, f) AS CAST(('0x' || h) AS BIGINT)`,
  `CREATE MACRO conv(h, a, b) AS CAST(CAST(('0x' || h) AS BIGINT) AS VARCHAR)`,
];

const T = ['2026-01-05 10:00:00', '2026-01-12 10:00:00', '2026-01-19 10:00:00'];
const row = (id: string | null, status: string, jaar: string | null, naam: string | null) => [
  id,
  status,
  jaar,
  null,
  null,
  null,
  naam,
];

async function warehouse(): Promise<Engine> {
  const engine = await DuckDbEngine.open({ path: ':memory:' });
  await createBronze(engine);
  await createSilver(engine, 'duckdb', 'stable-key');
  await addBatch(engine, 'bag_panden', 'B1', T[0]!, [
    row('0001', '1', '1990', 'a'),
    row('0002', '1', '2000', 'b'),
    row('0003', '1', 'abc', 'c'),
  ]);
  await addBatch(engine, 'bag_panden', 'B2', T[1]!, [
    row('0001', 'X', null, null),
    row('0002', '1', '2001', 'b2'),
    row('0004', '1', '2004', 'd'),
  ]);
  await addBatch(engine, 'bag_panden', 'B3', T[2]!, [row('0002', 'X', '2000', 'b')]);
  return engine;
}

async function loadThrice(engine: Engine, statements: string[]): Promise<void> {
  for (let i = 0; i < 3; i++)
    await engine.transaction(async (tx) => {
      for (const s of statements) await tx.execute(s);
    });
}

const state = (engine: Engine) =>
  Promise.all([
    engine.query(
      `SELECT CAST(pand_id AS VARCHAR) AS pand_id, identificatie, oorspronkelijk_bouwjaar AS jaar, naam, CAST(valid_from AS VARCHAR) AS valid_from, CAST(valid_to AS VARCHAR) AS valid_to FROM silver.pand ORDER BY identificatie, valid_from`,
    ),
    engine.query(
      `SELECT batch_id, kind, column_name, value FROM meta.load_findings ORDER BY batch_id, row_number, kind, column_name`,
    ),
    engine.query(`SELECT batch_id, rows_read, rows_rejected FROM meta.applied_batches ORDER BY batch_id`),
  ]);

describe('differential: Databricks and Snowflake load SQL transpiled to DuckDB', () => {
  const open: Engine[] = [];
  afterEach(async () => {
    for (const e of open.splice(0)) await e.close();
  });

  for (const engineName of ['databricks', 'snowflake'] as const) {
    it(`${engineName}: silver, findings and ledger equal the native DuckDB run`, async () => {
      const native = await warehouse();
      const translated = await warehouse();
      open.push(native, translated);
      await loadThrice(native, compileFixture('pand-deletes.yaml', 'duckdb', 'stable-key'));
      const statements = compileFixture('pand-deletes.yaml', engineName, 'stable-key').map((s) => {
        const r = transpile(s, engineName as never, 'duckdb' as never);
        expect(r.success, `${r.error}\n${s.slice(0, 300)}`).toBe(true);
        return r.sql!.join(';\n');
      });
      for (const shim of SHIMS) await translated.execute(shim);
      await loadThrice(translated, statements);
      const [silver, findings, ledger] = await state(native);
      expect(silver.length).toBeGreaterThan(3);
      expect(await state(translated)).toEqual([silver, findings, ledger]);
    });
  }
});
