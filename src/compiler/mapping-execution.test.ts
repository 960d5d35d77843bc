import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Row } from '../engines/engine.js';
import { PostgresEngine } from '../engines/postgres/postgres-engine.js';
import { createTestDatabase, type TestDatabase } from '../engines/postgres/postgres-test-database.js';
import { checkLoadBehaviour } from '../../test/fixtures/mappings/load-behaviour.js';

/** The compiled loads executed on real engines: history, findings, idempotence, equal keys. */
describe('compiled mapping loads', () => {
  const keys: Record<string, Row[]> = {};
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('ggm_mapping_exec');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('run on DuckDB', async () => {
    const engine = await DuckDbEngine.open({ path: ':memory:' });
    try {
      keys['duckdb'] = await checkLoadBehaviour(engine, 'duckdb');
    } finally {
      await engine.close();
    }
  });

  it('run on PostgreSQL', async () => {
    const engine = await PostgresEngine.open(db!.url);
    try {
      keys['postgres'] = await checkLoadBehaviour(engine, 'postgres');
    } finally {
      await engine.close();
    }
  });

  it('give the same surrogate keys on both engines', () => {
    expect(keys['duckdb']).toHaveLength(5);
    expect(keys['postgres']).toEqual(keys['duckdb']);
  });
});
