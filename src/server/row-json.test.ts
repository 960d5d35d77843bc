import { describe, expect, it } from 'vitest';
import { jsonValue } from './meta-pages.js';
import { rowsJson, rowsJsonBytes } from './row-json.js';

describe('rowsJson', () => {
  it('writes what JSON.stringify writes for the jsonValue of every cell, keys in row order', () => {
    const rows = [
      {
        id: 9007199254740993n,
        small: 12n,
        naam: 'Jan "de" \\ Vries\u2028\u00e9',
        geboren: new Date(Date.UTC(1980, 4, 1)),
        leeg: null,
        ja: true,
        bedrag: 12.5,
        ['__proto__']: 'own',
      },
      {
        id: 1n,
        small: 0n,
        naam: '',
        geboren: null,
        leeg: null,
        ja: false,
        bedrag: -0.25,
        ['__proto__']: 'x',
      },
    ].map((r) => Object.fromEntries(Object.entries(r)));
    const expected = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])),
    );
    expect(rowsJson(rows)).toBe(JSON.stringify(expected));
    expect(JSON.parse(rowsJson(rows))[0].id).toBe('9007199254740993');
    expect(rowsJson([])).toBe('[]');
    expect(rowsJson([{}])).toBe('[{}]');
  });

  it('writes a frozen list (a held result) once, and an open list every time', () => {
    const open = [{ id: 1, naam: 'a' }];
    expect(rowsJson(open)).toBe('[{"id":1,"naam":"a"}]');
    open[0]!.naam = 'b';
    expect(rowsJson(open)).toBe('[{"id":1,"naam":"b"}]');
    expect(rowsJsonBytes(open).toString()).toBe('[{"id":1,"naam":"b"}]');
    open[0]!.naam = 'd';
    expect(rowsJsonBytes(open).toString()).toBe('[{"id":1,"naam":"d"}]');
    const held = Object.freeze([Object.freeze({ id: 2, naam: 'c\u00e9' })]);
    const first = rowsJsonBytes(held);
    expect(first.toString('utf8')).toBe('[{"id":2,"naam":"c\u00e9"}]');
    expect(rowsJsonBytes(held)).toBe(first);
  });
});
