import { describe, expect, it } from 'vitest';
import { getDialect } from '../../dialects/dialect-registry.js';
import { parseFilter } from './filter-parser.js';
import { compileGoldQuery } from './gold-query-sql.js';
import { entitySetOf, type ODataEntitySet } from './odata-entity.js';
import { ODataQueryError } from './odata-error.js';
import { WMO_RATE } from './odata-test-support.js';
import { parseQueryOptions, skipToken, type RawQuery } from './query-options.js';

const set = entitySetOf(WMO_RATE) as ODataEntitySet;
const duckdb = getDialect('duckdb');

function compile(raw: RawQuery, pageSize = 100) {
  const parsed = parseQueryOptions(raw, set);
  if ('problem' in parsed) return parsed;
  return compileGoldQuery(set, parsed.query, { dialect: duckdb, pageSize });
}

function problemOf(raw: RawQuery) {
  const r = compile(raw);
  if (!('problem' in r)) throw new Error(`expected a problem for ${JSON.stringify(raw)}`);
  return r.problem;
}

describe('$filter parser', () => {
  it('parses comparisons, and/or/not, parentheses and functions into an AST', () => {
    const ast = parseFilter(
      "wet eq 'Wmo' and (teller gt 5 or not contains(wijk,'O''B')) and periode_start ge 2025-04-01",
    );
    expect(ast.kind).toBe('and');
    expect(JSON.stringify(ast)).toContain('"value":"O\'B"');
    expect(JSON.stringify(ast)).toContain('"kind":"date","value":"2025-04-01"');
  });

  it('a long chain of or is flat, not deep', () => {
    const text = Array.from({ length: 200 }, (_, i) => `teller eq ${i}`).join(' or ');
    const ast = parseFilter(text);
    expect(ast.kind === 'or' && ast.operands.length).toBe(200);
  });

  it.each([
    ["wet eq 'open", 'GGM-O020'],
    ['teller eq', 'GGM-O020'],
    ['(teller eq 1', 'GGM-O020'],
    ['teller eq 1)', 'GGM-O020'],
    ['periode_start eq 2025-02-30', 'GGM-O020'],
    ['teller eq 99999999999999999999', 'GGM-O020'],
    ['waarde gt 1e300', 'GGM-O020'],
    ['waarde gt -1000000000000001', 'GGM-O020'],
    ['teller eq 1; DROP TABLE x', 'GGM-O020'],
    ['substringof(wet,1)', 'GGM-O023'],
    ['year(periode_start) eq 2025', 'GGM-O023'],
    ['('.repeat(40) + 'teller eq 1' + ')'.repeat(40), 'GGM-O021'],
    ['not '.repeat(40) + 'onderdrukt', 'GGM-O021'],
    ["wet eq '" + 'x'.repeat(9000) + "'", 'GGM-O021'],
  ])('refuses %s with %s', (text, code) => {
    try {
      parseFilter(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ODataQueryError);
      expect((e as ODataQueryError).problem.code).toBe(code);
    }
  });
});

describe('query options', () => {
  it('reads every option', () => {
    const r = parseQueryOptions(
      {
        $select: 'periode,waarde',
        $filter: "wet eq 'Wmo'",
        $orderby: 'waarde desc,periode',
        $top: '10',
        $skip: '5',
        $count: 'true',
        other: 'x',
      },
      set,
    );
    expect('query' in r && r.query).toMatchObject({
      select: ['periode', 'waarde'],
      orderBy: [
        { property: 'waarde', descending: true },
        { property: 'periode', descending: false },
      ],
      top: 10,
      skip: 5,
      count: true,
    });
  });

  it.each<[RawQuery, string, string?]>([
    [{ $select: 'periode,wiijk' }, 'GGM-O010', 'did you mean wijk'],
    [{ $select: 'periode;DROP TABLE x' }, 'GGM-O011'],
    [{ $select: '*,onbekend' }, 'GGM-O010'],
    [{ $select: '' }, 'GGM-O011'],
    [{ $orderby: 'waarde sideways' }, 'GGM-O012'],
    [{ $orderby: 'tellr desc' }, 'GGM-O010', 'did you mean teller'],
    [{ $top: '-1' }, 'GGM-O002'],
    [{ $top: '1e9' }, 'GGM-O002'],
    [{ $top: '100000000000' }, 'GGM-O002'],
    [{ $skip: 'abc' }, 'GGM-O002'],
    [{ $count: 'yes' }, 'GGM-O003'],
    [{ $top: ['1', '2'] }, 'GGM-O004'],
    [{ $expand: 'x' }, 'GGM-O001'],
    [{ $format: 'atom' }, 'GGM-O001'],
    [{ $filter: "wijk_naam eq 'x'" }, 'GGM-O010', 'did you mean'],
    [{ $filter: "teller eq 'x'" }, 'GGM-O022'],
    [{ $filter: 'teller eq 1.5' }, 'GGM-O022'],
    [{ $filter: "periode_start gt '2025-01-01'" }, 'GGM-O022'],
    [{ $filter: 'onderdrukt gt true' }, 'GGM-O022'],
    [{ $filter: 'teller gt null' }, 'GGM-O022'],
    [{ $filter: '1 eq 1' }, 'GGM-O022'],
    [{ $filter: 'wet eq teller' }, 'GGM-O022'],
    [{ $filter: "contains(teller,'1')" }, 'GGM-O022'],
    [{ $filter: 'contains(wet,wijk)' }, 'GGM-O022'],
    [{ $filter: 'teller' }, 'GGM-O022'],
  ])('refuses %j with %s', (raw, code, hint) => {
    const p = problemOf(raw);
    expect(p.code).toBe(code);
    if (hint) expect(`${p.message} ${p.hint ?? ''}`).toContain(hint);
  });
});

describe('SQL with bound parameters', () => {
  it('binds every literal and orders ties by the key', () => {
    const r = compile({
      $filter:
        "wet eq 'Wmo'' OR 1=1 --' and startswith(wijk,'100%') and periode_start ge 2025-04-01 and onderdrukt eq false",
      $select: 'waarde',
      $top: '10',
      $skip: '20',
      $count: 'true',
    });
    if ('problem' in r) throw new Error(r.problem.message);
    expect(r.params).toEqual(["Wmo' OR 1=1 --", '100\\%%', '2025-04-01', false]);
    expect(r.sql).toBe(
      'SELECT "waarde", "periode", "grain", "wet", "wijk" FROM "gold"."wmo_clienten_per_10000" WHERE (("wet" = $1) AND ("wijk" LIKE $2 ESCAPE \'\\\') AND ("periode_start" >= CAST($3 AS DATE)) AND ("onderdrukt" = $4)) ORDER BY "periode", "grain", "wet", "wijk" LIMIT 10 OFFSET 20',
    );
    expect(r.countSql).toContain('SELECT COUNT(*) AS n FROM "gold"."wmo_clienten_per_10000" WHERE');
    expect(r.take).toBe(10);
  });

  it('fetches one row past a server page to know whether there is a next one', () => {
    const r = compile({}, 25);
    if ('problem' in r) throw new Error(r.problem.message);
    expect(r.take).toBe(25);
    expect(r.fetchRows).toBe(26);
    expect(r.sql).toMatch(/LIMIT 26 OFFSET 0$/);
  });

  it('a skip token continues after the last key (keyset paging), counted without it', () => {
    const token = skipToken(['2025Q1', 'quarter', 'Wmo', 'Noord']);
    const r = compile({ $skiptoken: token, $filter: "wet eq 'Wmo'", $count: 'true' });
    if ('problem' in r) throw new Error(r.problem.message);
    expect(r.sql).toContain(
      'WHERE ("wet" = $1) AND (("periode" > $2) OR ("periode" = $2 AND "grain" > $3) OR ("periode" = $2 AND "grain" = $3 AND "wet" > $4) OR ("periode" = $2 AND "grain" = $3 AND "wet" = $4 AND "wijk" > $5))',
    );
    expect(r.params).toEqual(['Wmo', '2025Q1', 'quarter', 'Wmo', 'Noord']);
    expect(r.countSql).toBe('SELECT COUNT(*) AS n FROM "gold"."wmo_clienten_per_10000" WHERE ("wet" = $1)');
    expect(r.countParams).toEqual(['Wmo']);
    expect(r.keyset).toEqual(['periode', 'grain', 'wet', 'wijk']);
  });

  it('with $orderby, pages go by $skip (no keyset)', () => {
    const r = compile({ $orderby: 'waarde desc' });
    if ('problem' in r) throw new Error(r.problem.message);
    expect(r.keyset).toBeUndefined();
  });

  it.each([
    ['not-base64!'],
    [Buffer.from('{"a":1}').toString('base64url')],
    [Buffer.from('["2025Q1"]').toString('base64url')],
    [Buffer.from('["a","b","c",4]').toString('base64url')],
    [Buffer.from('["a","b","c","\\u0000"]').toString('base64url')],
  ])('refuses a skip token this feed did not write: %s', (token) => {
    expect(problemOf({ $skiptoken: token }).code).toBe('GGM-O005');
  });

  it('refuses a skip token with $orderby', () => {
    const token = skipToken(['a', 'b', 'c', 'd']);
    expect(problemOf({ $skiptoken: token, $orderby: 'waarde' }).code).toBe('GGM-O005');
  });

  it('literal on the left is flipped; null becomes IS NULL', () => {
    const r = compile({ $filter: '5 lt teller and noemer eq null and waarde ne null' });
    if ('problem' in r) throw new Error(r.problem.message);
    expect(r.sql).toContain('("teller" > $1) AND ("noemer" IS NULL) AND ("waarde" IS NOT NULL)');
  });
});
