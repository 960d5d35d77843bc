import { describe, expect, it } from 'vitest';
import type { GovernedRead, GovernedReadRequest } from '../governance/governed-read.js';
import { cachedCompile } from './compiled-read-cache.js';

const request: GovernedReadRequest = {
  roles: ['wmo-consulent'],
  purpose: 'wmo-uitvoering',
  table: 'NatuurlijkPersoon',
  page: 1,
  pageSize: 50,
};

describe('cachedCompile', () => {
  const counting = () => {
    const calls: GovernedReadRequest[] = [];
    const compile = (r: GovernedReadRequest) => {
      calls.push(r);
      return { sql: `SELECT ${calls.length}`, parameters: [r.page] } as unknown as GovernedRead;
    };
    return { calls, compile: cachedCompile(compile, 2) };
  };

  it('compiles a request shape once; roles, purpose, table, fields, sort and page each make another shape', () => {
    const { calls, compile } = counting();
    const first = compile(request);
    expect(compile({ ...request })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(compile({ ...request, page: 2 })).not.toBe(first);
    expect(compile({ ...request, roles: ['bi-analist'] })).not.toBe(first);
    expect(calls).toHaveLength(3);
    // at most `size` shapes are kept: the oldest went
    compile(request);
    expect(calls).toHaveLength(4);
  });

  it('never keeps a request with filter values or BSNs', () => {
    const { calls, compile } = counting();
    const filtered = {
      ...request,
      filters: [{ column: 'geslachtsnaam', op: 'eq' as const, value: 'Jansen' }],
    };
    compile(filtered);
    compile(filtered);
    const search = { ...request, subjects: ['111222333'] };
    compile(search);
    compile(search);
    expect(calls).toHaveLength(4);
  });
});
