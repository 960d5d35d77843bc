import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLoadError, SandboxError, WAREHOUSE_SCHEMAS, type Engine, type TextRow } from './engine.js';
import { ensureSchemas } from './sql-text.js';

export interface EngineUnderTest {
  engine: Engine;
  /** Removes what the factory created (database file, test database). */
  cleanup(): Promise<void>;
}

async function* batchesOf(rows: readonly TextRow[], size = 2): AsyncIterable<readonly TextRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/**
 * The behaviour every engine must show, run once per engine by a test file in its folder. Engines
 * differ only in what `capabilities` declares, and the suite checks the declaration too.
 */
export function describeEngineConformance(name: string, factory: () => Promise<EngineUnderTest>): void {
  describe(`engine conformance: ${name}`, () => {
    let under: EngineUnderTest;
    let engine: Engine;
    const dir = mkdtempSync(join(tmpdir(), `ggm-conformance-${name}-`));

    beforeAll(async () => {
      under = await factory();
      engine = under.engine;
      await ensureSchemas(engine, WAREHOUSE_SCHEMAS);
    });
    afterAll(async () => {
      await under?.engine.close();
      await under?.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('declares every capability', () => {
      const c = engine.capabilities;
      expect(typeof c.transactionalDdl).toBe('boolean');
      expect(typeof c.supportsMerge).toBe('boolean');
      expect(typeof c.concurrentWriters).toBe('boolean');
      expect(['appender', 'copy-from-stdin']).toContain(c.bulkInsert);
      expect(c.maxIdentifierLength).toBeGreaterThanOrEqual(63);
      for (const f of c.nativeFileFormats) expect(['csv', 'parquet', 'json']).toContain(f);
      expect(engine.description).not.toMatch(/:[^:@/]+@/); // no password
    });

    it('has the warehouse schemas and introspects tables and columns in order', async () => {
      await engine.execute(
        'CREATE TABLE silver.person (id BIGINT NOT NULL, name VARCHAR, born DATE, amount DECIMAL(10,2))',
      );
      const info = await engine.describeTable({ schema: 'silver', name: 'person' });
      expect(info?.columns.map((c) => c.name)).toEqual(['id', 'name', 'born', 'amount']);
      expect(info?.columns.map((c) => c.nullable)).toEqual([false, true, true, true]);
      expect(info?.columns[1]?.type).toMatch(/char|text/i);
      expect(await engine.describeTable({ schema: 'silver', name: 'nope' })).toBeUndefined();
      const tables = await engine.listTables('silver');
      expect(tables.map((t) => `${t.schema}.${t.name}`)).toEqual(['silver.person']);
      const all = await engine.listTables();
      expect(all.some((t) => t.schema === 'information_schema' || t.schema === 'pg_catalog')).toBe(false);
    });

    it('executes DML with positional parameters and reports changed rows', async () => {
      await engine.execute('CREATE TABLE silver.dml (id INTEGER, label VARCHAR)');
      expect(await engine.execute('INSERT INTO silver.dml VALUES ($1, $2), ($3, $4)', [1, 'a', 2, 'b'])).toBe(
        2,
      );
      expect(await engine.execute('UPDATE silver.dml SET label = $1 WHERE id = $2', ['c', 2])).toBe(1);
      expect(await engine.query('SELECT id, label FROM silver.dml ORDER BY id LIMIT $1', [5])).toEqual([
        { id: 1, label: 'a' },
        { id: 2, label: 'c' },
      ]);
    });

    it('returns values normalised the same way', async () => {
      const [row] = await engine.query(
        `SELECT CAST(42 AS INTEGER) AS i, CAST(9007199254740993 AS BIGINT) AS big, CAST(7 AS BIGINT) AS small,
                CAST('12.50' AS DECIMAL(10,2)) AS dec, CAST(1.25 AS DOUBLE PRECISION) AS dbl, TRUE AS yes,
                CAST('2024-02-29 13:14:15' AS TIMESTAMP) AS ts, CAST('2024-02-29' AS DATE) AS d,
                CAST(NULL AS VARCHAR) AS nothing, 'tekst é' AS txt, $1 AS param`,
        [new Date('2020-01-02T03:04:05Z')],
      );
      expect(row).toMatchObject({
        i: 42,
        big: 9007199254740993n,
        small: 7,
        dec: '12.50',
        dbl: 1.25,
        yes: true,
        d: '2024-02-29',
        nothing: null,
        txt: 'tekst é',
      });
      expect(row?.['ts']).toEqual(new Date('2024-02-29T13:14:15Z'));
    });

    it('keeps a column named __proto__ as a column, in query and stream', async () => {
      const sql = `SELECT 1 AS "__proto__", 2 AS b`;
      const [row] = await engine.query(sql);
      expect(Object.keys(row!)).toEqual(['__proto__', 'b']);
      expect(Number(row!['__proto__'])).toBe(1);
      for await (const rows of engine.stream(sql)) expect(Object.keys(rows[0]!)).toEqual(['__proto__', 'b']);
    });

    it('round-trips a Date parameter through a timestamp column', async () => {
      await engine.execute('CREATE TABLE meta.ts_check (seen_at TIMESTAMP)');
      const at = new Date('2026-03-01T10:11:12.345Z');
      await engine.execute('INSERT INTO meta.ts_check VALUES ($1)', [at]);
      expect((await engine.query('SELECT seen_at FROM meta.ts_check'))[0]?.['seen_at']).toEqual(at);
    });

    it('streams large results in bounded batches', async () => {
      const sql = 'SELECT g AS n FROM generate_series(1, 25000) AS t(g) ORDER BY g';
      const batches = await collect(engine.stream(sql, [], 10_000));
      expect(batches.map((b) => b.length)).toEqual([10_000, 10_000, 5_000]);
      expect(batches[2]?.at(-1)).toEqual({ n: 25000 });
    });

    it('commits a transaction, including DDL', async () => {
      const result = await engine.transaction(async (tx) => {
        await tx.execute('CREATE TABLE gold.committed (x INTEGER)');
        await tx.execute('INSERT INTO gold.committed VALUES (1), (2)');
        return tx.query('SELECT count(*) AS n FROM gold.committed');
      });
      expect(result).toEqual([{ n: 2 }]);
      expect(await engine.query('SELECT count(*) AS n FROM gold.committed')).toEqual([{ n: 2 }]);
    });

    it('rolls back everything when the function throws, and rethrows', async () => {
      await engine.execute('CREATE TABLE gold.kept (x INTEGER)');
      await expect(
        engine.transaction(async (tx) => {
          await tx.execute('INSERT INTO gold.kept VALUES (1)');
          await tx.execute('CREATE TABLE gold.rolled_back (x INTEGER)');
          await tx.bulkInsert({ schema: 'gold', name: 'kept' }, ['x'], batchesOf([['2'], ['3']]));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await engine.query('SELECT count(*) AS n FROM gold.kept')).toEqual([{ n: 0 }]);
      expect(await engine.describeTable({ schema: 'gold', name: 'rolled_back' })).toBeUndefined();
    });

    it('hides uncommitted changes from statements outside the transaction', async () => {
      await engine.execute('CREATE TABLE gold.isolated (x INTEGER)');
      await engine.transaction(async (tx) => {
        await tx.execute('INSERT INTO gold.isolated VALUES (1)');
        expect(await engine.query('SELECT count(*) AS n FROM gold.isolated')).toEqual([{ n: 0 }]);
      });
      expect(await engine.query('SELECT count(*) AS n FROM gold.isolated')).toEqual([{ n: 1 }]);
    });

    it('bulk-inserts text rows into typed columns, keeping NULL apart from empty text', async () => {
      await engine.execute(
        'CREATE TABLE bronze.bulk (a VARCHAR, b VARCHAR, n BIGINT, seen_at TIMESTAMP, extra VARCHAR DEFAULT NULL)',
      );
      const rows: TextRow[] = [
        ['x', '', '1', '2024-01-01 00:00:00'],
        [null, 'with "quotes", comma;\nand a newline', '2', null],
        ['€ ë ß', null, '3', '2024-12-31 23:59:59'],
      ];
      const n = await engine.bulkInsert(
        { schema: 'bronze', name: 'bulk' },
        ['a', 'b', 'n', 'seen_at'],
        batchesOf(rows),
      );
      expect(n).toBe(3);
      const back = await engine.query('SELECT a, b, n, seen_at, extra FROM bronze.bulk ORDER BY n');
      expect(back).toEqual([
        { a: 'x', b: '', n: 1, seen_at: new Date('2024-01-01T00:00:00Z'), extra: null },
        { a: null, b: 'with "quotes", comma;\nand a newline', n: 2, seen_at: null, extra: null },
        { a: '€ ë ß', b: null, n: 3, seen_at: new Date('2024-12-31T23:59:59Z'), extra: null },
      ]);
    });

    it('bulk-inserts columns in any order and a subset of them', async () => {
      await engine.execute('CREATE TABLE bronze.ordered (a VARCHAR, b VARCHAR, c VARCHAR)');
      await engine.bulkInsert({ schema: 'bronze', name: 'ordered' }, ['c', 'a'], batchesOf([['3', '1']]));
      expect(await engine.query('SELECT a, b, c FROM bronze.ordered')).toEqual([{ a: '1', b: null, c: '3' }]);
    });

    it('exports a query as CSV with a header', async () => {
      await engine.execute('CREATE TABLE silver.export (id INTEGER, label VARCHAR)');
      await engine.execute(`INSERT INTO silver.export VALUES (1, 'a,"b"'), (2, ''), (3, NULL)`);
      const chunks = await collect(engine.exportCsv('SELECT id, label FROM silver.export ORDER BY id'));
      const text = Buffer.concat(chunks).toString('utf8');
      const lines = text.trimEnd().split('\n');
      expect(lines[0]?.replace(/"/g, '')).toBe('id,label');
      expect(lines.slice(1).map((l) => l.replace(/^"?(\d)"?,/, '$1,'))).toEqual([
        '1,"a,""b"""',
        '2,""',
        '3,',
      ]);
    });

    it('loads a CSV file natively when it declares csv, with constants and row ordinals', async () => {
      const file = join(dir, 'native.csv');
      writeFileSync(file, 'a;b\n1;"x;y"\n2;\n3;""\n');
      await engine.execute('CREATE TABLE bronze.native (a VARCHAR, b VARCHAR, batch VARCHAR, nr BIGINT)');
      const request = {
        file,
        format: 'csv' as const,
        csv: { delimiter: ';', quote: '"', escape: '"', header: true },
        table: { schema: 'bronze', name: 'native' },
        columns: ['a', 'b'],
        extraColumns: [
          { name: 'batch', value: 'B1' },
          { name: 'nr', ordinal: true as const },
        ],
      };
      if (!engine.capabilities.nativeFileFormats.includes('csv')) {
        await expect(engine.loadFile(request)).rejects.toThrow();
        return;
      }
      expect(await engine.loadFile(request)).toBe(3);
      expect(await engine.query('SELECT a, b, batch, nr FROM bronze.native ORDER BY nr')).toEqual([
        { a: '1', b: 'x;y', batch: 'B1', nr: 1 },
        { a: '2', b: null, batch: 'B1', nr: 2 },
        { a: '3', b: '', batch: 'B1', nr: 3 },
      ]);
      const created = await engine.transaction((tx) =>
        tx.loadFile({
          ...request,
          table: { schema: 'bronze', name: 'created' },
          createTable: true,
          extraColumns: [
            ...request.extraColumns,
            { name: 'loaded', value: new Date('2024-05-06T07:08:09Z') },
          ],
        }),
      );
      expect(created).toBe(3);
      expect(
        (await engine.describeTable({ schema: 'bronze', name: 'created' }))?.columns.map((c) => c.name),
      ).toEqual(['a', 'b', 'batch', 'nr', 'loaded']);
      expect(await engine.query('SELECT a, nr, loaded FROM bronze.created ORDER BY nr LIMIT 1')).toEqual([
        { a: '1', nr: 1, loaded: new Date('2024-05-06T07:08:09Z') },
      ]);
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, 'a;b\n1;2\n3;4;5\n');
      await expect(engine.loadFile({ ...request, file: bad })).rejects.toBeInstanceOf(FileLoadError);
    });

    it('runs user SQL in a read-only sandbox and keeps writing on its own connections', async () => {
      await engine.execute('CREATE TABLE gold.sandboxed (id INTEGER)');
      await engine.execute('INSERT INTO gold.sandboxed VALUES (1), (2)');
      const rows = await engine.sandboxed(async (session) => {
        expect(session.kind).toBe(engine.kind);
        const refused = await session.query('INSERT INTO gold.sandboxed VALUES (3)').catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(SandboxError);
        expect((refused as SandboxError).code).toBe('GGM-E001');
        return session.query('SELECT count(*) AS n FROM gold.sandboxed WHERE id > $1', [0]);
      });
      expect(rows.map((r) => Number(r['n']))).toEqual([2]);
      await engine.execute('INSERT INTO gold.sandboxed VALUES (4)');
      const [after] = await engine.query('SELECT count(*) AS n FROM gold.sandboxed');
      expect(Number(after?.['n'])).toBe(3);
    });
  });
}
