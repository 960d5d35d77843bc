import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
import { metaTableExists } from './meta-pages.js';

describe('metaTableExists', () => {
  let engine: Engine;
  let catalogReads: number;

  beforeEach(async () => {
    const opened = await DuckDbEngine.open({ path: ':memory:' });
    catalogReads = 0;
    engine = new Proxy(opened, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'query' || typeof value !== 'function') return value;
        return (sql: string, ...rest: unknown[]) => {
          if (sql.includes('information_schema')) catalogReads++;
          return (value as (...a: unknown[]) => unknown).apply(target, [sql, ...rest]);
        };
      },
    });
    await opened.execute('CREATE SCHEMA meta');
    await opened.execute('CREATE TABLE meta.runs (run_id VARCHAR)');
  });
  afterEach(async () => {
    await engine.close();
  });

  it('asks the catalog once for a table that exists, and again for one that does not (yet)', async () => {
    expect(await metaTableExists(engine, 'runs')).toBe(true);
    expect(await metaTableExists(engine, 'runs')).toBe(true);
    expect(catalogReads).toBe(1);
    expect(await metaTableExists(engine, 'batches')).toBe(false);
    expect(catalogReads).toBe(2);
    // created by the first load: seen at the next question
    await engine.execute('CREATE TABLE meta.batches (source VARCHAR)');
    expect(await metaTableExists(engine, 'batches')).toBe(true);
    expect(await metaTableExists(engine, 'batches')).toBe(true);
    expect(catalogReads).toBe(3);
  });
});
