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

  it('run on DuckDB and PostgreSQL with the schema as emitted (a key per version, FKs enforced)', async () => {
    const duck = await DuckDbEngine.open({ path: ':memory:' });
    try {
      keys['duckdb-versioned'] = await checkLoadBehaviour(duck, 'duckdb', 'versioned');
    } finally {
      await duck.close();
    }
    const pg = await PostgresEngine.open(db!.url);
    try {
      for (const schema of ['bronze', 'silver', 'meta']) await pg.execute(`DROP SCHEMA ${schema} CASCADE`);
      keys['postgres-versioned'] = await checkLoadBehaviour(pg, 'postgres', 'versioned');
    } finally {
      await pg.close();
    }
  });

  it('give the same surrogate keys on both engines', () => {
    expect(keys['duckdb']).toHaveLength(8);
    expect(keys['postgres']).toEqual(keys['duckdb']);
    expect(keys['postgres-versioned']).toEqual(keys['duckdb-versioned']);
  });
});
