import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import { PostgresEngine } from '../../engines/postgres/postgres-engine.js';
import { createTestDatabase, type TestDatabase } from '../../engines/postgres/postgres-test-database.js';
import type { LogicalType } from '../../schema/schema-plan.js';
import { harmonize } from '../resolve/expression-types.js';
import { parseExpression } from '../spec/parse-expression.js';
import { ExpressionEmitter } from './emit-expression.js';
import { getMappingDialect, type MappingDialectName } from '../../dialects/dialect-registry.js';

const TEXT: LogicalType = { kind: 'text' };
const INT: LogicalType = { kind: 'integer' };
const DEC: LogicalType = { kind: 'decimal', precision: 10, scale: 2 };
const DATE: LogicalType = { kind: 'date' };
const BOOL: LogicalType = { kind: 'boolean' };

/** Each function of the mapping language gives the same value on every engine. */
const CASES: [string, LogicalType, unknown][] = [
  ["trim('  a ')", TEXT, 'a'],
  ["upper('aé')", TEXT, 'AÉ'],
  ["lower('AB')", TEXT, 'ab'],
  ["concat('a', null, 'b')", TEXT, 'ab'],
  ["'a' || 'b'", TEXT, 'ab'],
  ["substring('abcdef', 2, 3)", TEXT, 'bcd'],
  ["substring('abcdef', 4)", TEXT, 'def'],
  ["replace('a-b-c', '-', '')", TEXT, 'abc'],
  ["coalesce(null, 'x')", TEXT, 'x'],
  ["nullif('', '')", TEXT, null],
  ["to_integer(' 42 ')", INT, 42],
  ["to_integer('-7')", INT, -7],
  ["to_integer('4.2')", INT, null],
  ["to_integer('abc')", INT, null],
  ["to_number('1.234,56', ',')", DEC, '1234.56'],
  ["to_number('12,5', ',')", DEC, '12.50'],
  ["to_number('1,234.5')", DEC, '1234.50'],
  ["to_number('-0.75')", DEC, '-0.75'],
  ["to_number('12 kg')", DEC, null],
  ["to_date('31-12-2020', 'DD-MM-YYYY')", DATE, '2020-12-31'],
  ["to_date('1-2-2020', 'DD-MM-YYYY')", DATE, '2020-02-01'],
  ["to_date('31-02-2020', 'DD-MM-YYYY')", DATE, null],
  ["to_date('2020-12-31')", DATE, '2020-12-31'],
  ["to_date('20201231', 'YYYYMMDD')", DATE, '2020-12-31'],
  // BRP dates with an unknown day or month (LO3 writes 00): PostgreSQL's to_date would read 00 as 01
  ["to_date('20111200', 'YYYYMMDD')", DATE, null],
  ["to_date('19680000', 'YYYYMMDD')", DATE, null],
  ["to_date('2011-00-05')", DATE, null],
  ["to_date('00-12-2011', 'DD-MM-YYYY')", DATE, null],
  ["to_date('2020/12/31', 'YYYY-MM-DD')", DATE, null],
  ["to_date('gisteren')", DATE, null],
  ["to_text(to_timestamp('2020-12-31 23:59:58'))", TEXT, '2020-12-31 23:59:58'],
  ["to_text(to_timestamp('31-12-2020 7:05', 'DD-MM-YYYY HH24:MI'))", TEXT, '2020-12-31 07:05:00'],
  ["to_boolean('Ja')", BOOL, true],
  ["to_boolean(' N ')", BOOL, false],
  ["to_boolean('misschien')", BOOL, null],
  ['7 / 2', DEC, '3.50'],
  ['2 + 3 * 4', INT, 14],
  ["case when 1 = 1 then 'y' else 'n' end", TEXT, 'y'],
  ["case when 'a' <> 'a' then 'y' end", TEXT, null],
  ["'x' is null", BOOL, false],
  ["not ('x' is not null) or 1 >= 2", BOOL, false],
  // Text meets numbers and dates: the text side is parsed.
  ["'12' = 12", BOOL, true],
  ["'3' + 1", INT, 4],
  // Without a decimal separator given, ',' groups thousands: write to_number(x, ',') for Dutch exports.
  ["'2,5' * 2", DEC, '50.00'],
  ["to_date('2020-01-02') > '2020-01-01'", BOOL, true],
  ["-'4'", INT, -4],
];

function sqlFor(dialect: MappingDialectName, text: string, type: LogicalType): string {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const emitter = new ExpressionEmitter(getMappingDialect(dialect));
  return `SELECT ${emitter.emit({ kind: 'cast', expr: harmonize(parsed.expr), type })} AS v`;
}

/** Texts for keys and row hashes: the escaping must give what escaping every value always gave. */
const KEY_TEXTS = ['plain', 'a|b', 'a\\b', '\\|', '|\\N', '', null];

/** The canonical text as it was first defined: `\` and `|` escaped, NULL as `\N`, joined by `|`. */
function canonicalText(values: (string | null)[]): string {
  return values.map((v) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|'))).join('|');
}

async function check(engine: Engine, dialect: MappingDialectName): Promise<void> {
  await engine.execute('CREATE SCHEMA IF NOT EXISTS meta');
  for (const s of getMappingDialect(dialect).prelude) await engine.execute(s);
  for (const [text, type, expected] of CASES) {
    const [row] = await engine.query(sqlFor(dialect, text, type));
    expect(row!['v'], `${dialect}: ${text}`).toEqual(expected);
  }
  const emitter = new ExpressionEmitter(getMappingDialect(dialect));
  const lit = (v: string | null) =>
    v === null ? `CAST(NULL AS ${emitter.d.type(TEXT)})` : emitter.literal(v);
  for (const a of KEY_TEXTS)
    for (const b of KEY_TEXTS) {
      const [row] = await engine.query(
        `SELECT ${emitter.canonical([lit(a), lit(b)])} AS v, ${emitter.canonical([lit(a), emitter.text('CAST(12 AS INTEGER)')], [false, true])} AS w`,
      );
      expect(row!['v'], `${dialect}: ${String(a)}, ${String(b)}`).toBe(canonicalText([a, b]));
      expect(row!['w'], `${dialect}: ${String(a)}, 12`).toBe(canonicalText([a, '12']));
    }
}

describe('mapping functions behave the same on every engine', () => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('ggm_mapping_expr');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('on DuckDB', async () => {
    const engine = await DuckDbEngine.open({ path: ':memory:' });
    try {
      await check(engine, 'duckdb');
    } finally {
      await engine.close();
    }
  });

  it('on PostgreSQL', async () => {
    const engine = await PostgresEngine.open(db!.url);
    try {
      await check(engine, 'postgres');
    } finally {
      await engine.close();
    }
  });
});
