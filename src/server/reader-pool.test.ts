// The server's reads through the sandbox connection pool on DuckDB: 64 governed reads at once all get
// their own rows (no two statements on one connection: that would crash the process), writes are still
// refused on every pooled connection, and renewing the session under load drains before it swaps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { SandboxError } from '../engines/engine.js';
import { SandboxPool } from '../engines/sandbox-pool.js';
import type { GovernedRead } from '../governance/governed-read.js';
import { GovernedReader } from '../pipeline/governance/governed-reader.js';
import { serializedWarehouse } from './serialized-warehouse.js';
import { ReaderPool } from './reader-pool.js';

const PERSONS = 640;
const noKeys = () => Promise.reject(new Error('no keys in this test'));

function pageRead(page: number): GovernedRead {
  return {
    sql: 'SELECT id, naam, bsn AS _subject FROM silver.persoon WHERE id > $1 ORDER BY id LIMIT 10',
    parameters: [page * 10],
    columns: [],
    subjectColumn: '_subject',
    personal: true,
    purpose: { id: 'test', uri: '', name: '' },
    role: 'test',
    table: 'persoon',
  } as GovernedRead;
}

function expected(page: number) {
  const ids = Array.from({ length: 10 }, (_, i) => page * 10 + i + 1);
  return {
    rows: ids.map((id) => ({ id, naam: `persoon ${id}` })),
    subjects: ids.map((id) => `bsn-${id}`),
  };
}

describe('ReaderPool on DuckDB', () => {
  let dir: string;
  let engine: DuckDbEngine;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-reader-pool-'));
    engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
    await engine.execute('CREATE SCHEMA silver');
    await engine.execute(
      `CREATE TABLE silver.persoon AS SELECT i::INTEGER AS id, 'persoon ' || i AS naam, 'bsn-' || i AS bsn
       FROM range(1, ${PERSONS + 1}) t(i)`,
    );
  });
  afterAll(async () => {
    await engine?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 64 concurrent governed reads, each with its own rows', async () => {
    const pool = new ReaderPool(serializedWarehouse(engine), noKeys, 4);
    try {
      const pages = Array.from({ length: 64 }, (_, i) => i);
      const results = await Promise.all(pages.map((p) => pool.read(pageRead(p))));
      results.forEach((r, p) => expect(r).toEqual(expected(p)));
    } finally {
      await pool.close();
    }
  });

  it('renews the session under load without losing a read (drain, then swap)', async () => {
    const reader = new GovernedReader(serializedWarehouse(engine), noKeys, {
      maxSessionAgeMs: 0,
      sandbox: { connections: 4 },
    });
    try {
      const reads = Array.from({ length: 64 }, (_, i) => reader.read(pageRead(i)));
      await Promise.all([reader.refresh(), reader.refresh()]);
      reads.push(...Array.from({ length: 64 }, (_, i) => reader.read(pageRead(i))));
      const results = await Promise.all(reads);
      results.forEach((r, i) => expect(r).toEqual(expected(i % 64)));
      // a write to the warehouse: the aged session is replaced and the next read sees it
      await engine.execute(`UPDATE silver.persoon SET naam = 'nieuw' WHERE id = 1`);
      const [first] = (await reader.read(pageRead(0))).rows;
      expect(first).toEqual({ id: 1, naam: 'nieuw' });
      await engine.execute(`UPDATE silver.persoon SET naam = 'persoon 1' WHERE id = 1`);
    } finally {
      await reader.close();
    }
  });

  it('holds cached results for the session they ran on, and reads anew once a write renews it', async () => {
    const pool = new ReaderPool(serializedWarehouse(engine), noKeys, 2, {});
    try {
      const [a, b] = await Promise.all([
        pool.read(pageRead(0), { cache: true }),
        pool.read(pageRead(0), { cache: true }),
      ]);
      expect(a).toEqual(expected(0));
      expect(b).toBe(a);
      expect(Object.isFrozen(a.rows)).toBe(true);
      expect(await pool.read(pageRead(1), { cache: true })).toEqual(expected(1));
      // not asked to cache: a fresh result every time
      const fresh = await pool.read(pageRead(0));
      expect(fresh).toEqual(a);
      expect(fresh).not.toBe(a);
      await engine.execute(`UPDATE silver.persoon SET naam = 'nieuw' WHERE id = 1`);
      await pool.refresh();
      const [first] = (await pool.read(pageRead(0), { cache: true })).rows;
      expect(first).toEqual({ id: 1, naam: 'nieuw' });
      await engine.execute(`UPDATE silver.persoon SET naam = 'persoon 1' WHERE id = 1`);
    } finally {
      await pool.close();
    }
  });

  it('still refuses writes, settings and files on every pooled connection', async () => {
    const session = await engine.openSandbox({ connections: 4 });
    try {
      expect(session).toBeInstanceOf(SandboxPool);
      const attempts = [
        'INSERT INTO silver.persoon VALUES (0, $$x$$, $$y$$)',
        'DELETE FROM silver.persoon',
        'CREATE TABLE silver.x AS SELECT 1',
        'SET enable_external_access = true',
        "SELECT * FROM read_csv('/etc/passwd')",
        "COPY silver.persoon TO '/tmp/ggm-reader-pool-leak.csv'",
        'SELECT 1; DROP TABLE silver.persoon',
      ];
      // several at once, so every connection of the pool gets some
      const outcomes = await Promise.allSettled(
        attempts.flatMap((sql) => Array.from({ length: 4 }, () => session.query(sql))),
      );
      for (const o of outcomes) {
        expect(o.status).toBe('rejected');
        expect((o as PromiseRejectedResult).reason).toBeInstanceOf(SandboxError);
      }
      expect(await session.query('SELECT count(*)::INTEGER AS n FROM silver.persoon')).toEqual([
        { n: PERSONS },
      ]);
    } finally {
      await session.close();
    }
    expect(session.closed).toBe(true);
    await expect(session.query('SELECT 1')).rejects.toThrow(SandboxError);
  });

  it('warms the sandbox ahead of the first read with counts, and a failing one does not stop it', async () => {
    const ran: string[] = [];
    // the engine as the pool sees it, with the sandbox sessions' statements noted
    const watched = new Proxy(engine, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'openSandbox' || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          type Query = (sql: string, ...rest: unknown[]) => Promise<unknown>;
          const open = value as (...a: unknown[]) => Promise<{ query: Query }>;
          const session = await open.apply(target, args);
          const query = session.query.bind(session);
          session.query = (sql: string, ...rest: unknown[]) => {
            ran.push(sql);
            return query(sql, ...rest);
          };
          return session;
        };
      },
    });
    const pool = new ReaderPool(serializedWarehouse(watched), noKeys, 2);
    try {
      await pool.warm(['SELECT count(*) AS n FROM silver.persoon', 'SELECT count(*) AS n FROM meta.geen']);
      expect(ran).toEqual([
        'SELECT count(*) AS n FROM silver.persoon',
        'SELECT count(*) AS n FROM meta.geen',
      ]);
      expect(await pool.read(pageRead(0))).toEqual(expected(0));
      expect(ran).toHaveLength(3); // the same session, not a new one
    } finally {
      await pool.close();
    }
  });
});
