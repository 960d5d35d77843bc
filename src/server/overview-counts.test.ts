import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
import { overviewCounts } from './overview-counts.js';

describe('the overview counts, kept per warehouse state', () => {
  let engine: Engine;
  let statements: string[];

  beforeEach(async () => {
    const opened = await DuckDbEngine.open({ path: ':memory:' });
    statements = [];
    // every statement the counts run, to see when they count again
    engine = new Proxy(opened, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'query' || typeof value !== 'function') return value;
        return (sql: string, ...rest: unknown[]) => {
          statements.push(sql);
          return (value as (...a: unknown[]) => unknown).apply(target, [sql, ...rest]);
        };
      },
    });
    for (const sql of [
      'CREATE SCHEMA bronze',
      'CREATE SCHEMA silver',
      'CREATE SCHEMA meta',
      'CREATE TABLE bronze.persoon (bsn VARCHAR)',
      'CREATE TABLE silver.natuurlijk_persoon (id INTEGER)',
      `CREATE TABLE meta.batches (source VARCHAR, rows_loaded INTEGER, rows_quarantined INTEGER,
         loaded_at TIMESTAMP, status VARCHAR)`,
      'CREATE TABLE meta.runs (run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP)',
      `INSERT INTO bronze.persoon VALUES ('1'), ('2')`,
      `INSERT INTO meta.batches VALUES ('brp', 2, 0, TIMESTAMP '2026-12-01 10:00:00', 'loaded')`,
    ])
      await opened.execute(sql);
  });
  afterEach(async () => {
    await engine.close();
  });

  const counted = () => statements.filter((s) => s.includes('count(*) AS n FROM')).length;

  it('counts once while nothing is loaded or run, and again after a load or a run', async () => {
    let clock = 0;
    const counts = overviewCounts(engine, { now: () => clock, tablesRecheckMs: 5_000 });
    const first = await counts.get();
    expect(first.lagen).toEqual([
      { laag: 'bronze', tabellen: 1, rijen: 2 },
      { laag: 'silver', tabellen: 1, rijen: 0 },
      { laag: 'gold', tabellen: 0, rijen: 0 },
    ]);
    expect(first.bronnen).toEqual([
      {
        bron: 'brp',
        batches: 1,
        mislukteBatches: 0,
        rijenGeladen: 2,
        rijenInQuarantaine: 0,
        laatstGeladenOp: '2026-12-01T10:00:00.000Z',
      },
    ]);
    const countsAfterFirst = counted();
    expect(await counts.get()).toEqual(first);
    expect(counted()).toBe(countsAfterFirst); // not counted again

    // a load: a new batch and its rows
    await engine.execute(`INSERT INTO bronze.persoon VALUES ('3')`);
    await engine.execute(
      `INSERT INTO meta.batches VALUES ('brp', 1, 0, TIMESTAMP '2026-12-02 10:00:00', 'loaded')`,
    );
    const afterLoad = await counts.get();
    expect(afterLoad.lagen[0]).toEqual({ laag: 'bronze', tabellen: 1, rijen: 3 });
    expect(afterLoad.bronnen[0]).toMatchObject({ batches: 2, rijenGeladen: 3 });

    // a run: silver built, the run recorded
    await engine.execute('INSERT INTO silver.natuurlijk_persoon VALUES (1), (2), (3)');
    await engine.execute(
      `INSERT INTO meta.runs VALUES ('run-1', TIMESTAMP '2026-12-02 11:00:00', TIMESTAMP '2026-12-02 11:05:00')`,
    );
    expect((await counts.get()).lagen[1]).toEqual({ laag: 'silver', tabellen: 1, rijen: 3 });

    // a new table without a load or run (made by hand): the list of tables is trusted for a few
    // seconds (the catalog query is the dear one), then read again
    await engine.execute('CREATE SCHEMA gold');
    await engine.execute('CREATE TABLE gold.wmo_clienten (n INTEGER)');
    const catalogReads = () => statements.filter((s) => s.includes('information_schema.tables')).length;
    const readsBefore = catalogReads();
    expect((await counts.get()).lagen[2]).toEqual({ laag: 'gold', tabellen: 0, rijen: 0 });
    expect(catalogReads()).toBe(readsBefore);
    clock += 5_000;
    expect((await counts.get()).lagen[2]).toEqual({ laag: 'gold', tabellen: 1, rijen: 0 });
    expect(catalogReads()).toBe(readsBefore + 1);
  });

  it('has no sources on a warehouse without meta tables', async () => {
    await engine.execute('DROP TABLE meta.batches');
    await engine.execute('DROP TABLE meta.runs');
    expect((await overviewCounts(engine).get()).bronnen).toEqual([]);
  });
});
