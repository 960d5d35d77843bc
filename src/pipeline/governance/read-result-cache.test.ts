// The per-session result cache: one statement for concurrent reads of one key, frozen shared results,
// failures not held, and the bound on rows (oldest first, oversized results never held).
import { describe, expect, it } from 'vitest';
import { ReadResultCache, readResultKey } from './read-result-cache.js';

function rows(n: number, tag = 'x') {
  return { rows: Array.from({ length: n }, (_, i) => ({ id: i, tag })), subjects: ['s'] };
}

describe('ReadResultCache', () => {
  it('runs one read for concurrent callers of a key and hands all the same frozen result', async () => {
    const cache = new ReadResultCache<ReturnType<typeof rows>>();
    let runs = 0;
    const read = async () => {
      runs++;
      return rows(3);
    };
    const [a, b] = await Promise.all([cache.get('k', read), cache.get('k', read)]);
    const c = await cache.get('k', read);
    expect(runs).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(Object.isFrozen(a.rows)).toBe(true);
    expect(Object.isFrozen(a.rows[0])).toBe(true);
    expect(Object.isFrozen(a.subjects)).toBe(true);
    expect(() => (a.rows as { id: number }[]).push({ id: 9, tag: 'y' } as never)).toThrow(TypeError);
  });

  it('does not hold a failed read', async () => {
    const cache = new ReadResultCache<ReturnType<typeof rows>>();
    await expect(cache.get('k', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect((await cache.get('k', async () => rows(1))).rows).toHaveLength(1);
  });

  it('drops the oldest results beyond its rows and never holds an oversized one', async () => {
    const cache = new ReadResultCache<ReturnType<typeof rows>>({ maxRows: 10, maxRowsPerRead: 6 });
    let runs = 0;
    const read = (n: number, tag: string) => async () => {
      runs++;
      return rows(n, tag);
    };
    await cache.get('a', read(5, 'a'));
    await cache.get('b', read(5, 'b'));
    await cache.get('a', read(5, 'a'));
    expect(runs).toBe(2); // both held: 10 rows
    await cache.get('c', read(1, 'c')); // 11 rows: a goes
    await cache.get('b', read(5, 'b'));
    expect(runs).toBe(3);
    await cache.get('a', read(5, 'a'));
    expect(runs).toBe(4);
    await cache.get('big', read(7, 'big'));
    await cache.get('big', read(7, 'big'));
    expect(runs).toBe(6);
  });

  it('keys a read by its SQL and its values with their types', () => {
    const sql = 'SELECT $1';
    expect(readResultKey(sql, [1])).not.toBe(readResultKey(sql, ['1']));
    expect(readResultKey(sql, [new Date(0)])).not.toBe(readResultKey(sql, ['1970-01-01T00:00:00.000Z']));
    expect(readResultKey(sql, [1])).not.toBe(readResultKey('SELECT $1 + 0', [1]));
    expect(readResultKey(sql, [{ key: 'k', part: 'inner' }])).toBe(
      readResultKey(sql, [{ key: 'k', part: 'inner' }]),
    );
  });
});
