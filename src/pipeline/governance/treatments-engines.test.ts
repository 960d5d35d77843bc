// Treatments and the BSN probe on the real engines: the SQL HMAC equals Node's createHmac byte for byte,
// the long-lived sandbox refuses writes and (PostgreSQL) sees later commits.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, SandboxSession } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { bsnColumnsFromProbe, bsnProbeSql } from '../../governance/bsn-probe-sql.js';
import { hmacSql } from '../../governance/column-treatments.js';
import { Parameters } from '../../governance/row-filter-sql.js';
import { GovernedReader } from './governed-reader.js';
import { keyBlocks } from './key-blocks.js';

const VALUES = ['100000071', 'é ñ 漢字 🙂', '', "it's", 'a'.repeat(300), '999993653'];
const KEYS = [Buffer.from('k'), Buffer.alloc(32, 7), Buffer.alloc(64, 0xab), Buffer.alloc(100, 3)];
/** Valid BSNs (11-proef) and nine-digit numbers that are not. */
const BSNS = ['100000071', '999993653', '111222333', '123456782', '010000008'];
const NOT_BSNS = ['100000072', '999993654', '123456789', '987654320', '555555550'];

describe.each(TEST_ENGINES)('treatments on $name', (target) => {
  let engine: Engine;
  let close: () => Promise<void>;
  let session: SandboxSession;

  beforeAll(async () => {
    ({ engine, close } = await target.open('ggm_treatments'));
    await engine.execute('CREATE SCHEMA IF NOT EXISTS silver');
    await engine.execute('CREATE TABLE silver.waarden (id INTEGER, tekst VARCHAR, getal BIGINT)');
    for (const [i, v] of VALUES.entries())
      await engine.execute('INSERT INTO silver.waarden VALUES ($1, $2, $3)', [i, v, 1000 + i]);
    await engine.execute('CREATE TABLE silver.klant (klantnummer VARCHAR, dossier VARCHAR, nummer BIGINT)');
    for (const [i, b] of BSNS.entries())
      await engine.execute('INSERT INTO silver.klant VALUES ($1, $2, $3)', [b, NOT_BSNS[i]!, Number(b)]);
    session = await engine.openSandbox();
  });
  afterAll(async () => {
    await session?.close();
    await close?.();
  });

  it('computes HMAC-SHA256 in SQL equal to Node for text and integers, short and long keys', async () => {
    const syntax = engine.dialect.treatments!;
    for (const key of KEYS) {
      const params = new Parameters();
      const text = hmacSql(syntax.text('tekst'), 'k', syntax, params);
      const number = hmacSql(syntax.text('getal'), 'k', syntax, params);
      const blocks = keyBlocks(key);
      const bound = params.values.map((p) => blocks[(p as { part: 'inner' | 'outer' }).part]);
      const rows = await session.query(
        `SELECT id, getal, ${text} AS h, ${number} AS g FROM silver.waarden ORDER BY id`,
        bound,
      );
      expect(rows.map((r) => r['h'])).toEqual(
        VALUES.map((v) => createHmac('sha256', key).update(v).digest('hex')),
      );
      expect(rows.map((r) => r['g'])).toEqual(
        rows.map((r) => createHmac('sha256', key).update(String(r['getal'])).digest('hex')),
      );
      // the key is never in the statement
      expect(text).not.toContain(blocks.inner);
    }
  });

  it('finds BSN columns by the 11-proef, whatever their names', async () => {
    const columns = [
      { name: 'klantnummer', integer: false },
      { name: 'dossier', integer: false },
      { name: 'nummer', integer: true },
    ];
    const [row] = await session.query(bsnProbeSql(engine.dialect, 'silver', 'klant', columns));
    expect(bsnColumnsFromProbe(columns, row!)).toEqual(['klantnummer', 'nummer']);
  });

  it('keeps the long-lived sandbox read-only', async () => {
    await expect(session.query('INSERT INTO silver.waarden VALUES (99, $1, 1)', ['x'])).rejects.toThrow();
    await expect(session.query('DROP TABLE silver.waarden')).rejects.toThrow();
    expect(await session.query('SELECT count(*) AS n FROM silver.waarden')).toEqual([
      { n: expect.anything() as unknown },
    ]);
  });

  it('a reader replaces its session when it is old, so reads see later runs', async () => {
    const reader = new GovernedReader(engine, () => Promise.resolve(Buffer.alloc(32, 1)), {
      maxSessionAgeMs: 0,
    });
    try {
      const count = async () =>
        Number(
          (
            await reader.read({
              sql: 'SELECT count(*) AS n FROM silver.waarden',
              parameters: [],
              columns: [],
              subjectColumn: null,
              personal: false,
              purpose: { id: 'p', uri: 'u', name: 'n' },
              role: 'r',
              table: 'silver.waarden',
            })
          ).rows[0]!['n'],
        );
      expect(await count()).toBe(VALUES.length);
      await engine.execute('INSERT INTO silver.waarden VALUES (100, $1, 1)', ['nieuw']);
      expect(await count()).toBe(VALUES.length + 1);
    } finally {
      await reader.close();
    }
  });
});
