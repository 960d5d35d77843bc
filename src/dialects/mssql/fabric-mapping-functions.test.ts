import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpressionEmitter } from '../../compiler/emit/emit-expression.js';
import { harmonize } from '../../compiler/resolve/expression-types.js';
import { parseExpression } from '../../compiler/spec/parse-expression.js';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import { parseDateFormat } from '../date-format.js';
import { getMappingDialect } from '../dialect-registry.js';
import { sqlString } from '../identifiers.js';
import { canonicalDateText } from './fabric-mapping-functions.js';

/**
 * Fabric's date parsing rewrites a text to `yyyy-mm-dd hh:mi:ss` with regular expressions (RE2, as on
 * Fabric) before TRY_CONVERT reads it. The rewrite runs here on DuckDB, whose regexp_replace is RE2
 * too; T-SQL's REGEXP_REPLACE replaces every match, DuckDB's with the 'g' flag (one macro).
 */
describe('Fabric date texts rewritten to the canonical form (run on DuckDB)', () => {
  let engine: DuckDbEngine;
  beforeAll(async () => {
    engine = await DuckDbEngine.open({ path: ':memory:' });
    await engine.execute(`CREATE MACRO tsql_regexp_replace(s, p, r) AS regexp_replace(s, p, r, 'g')`);
  });
  afterAll(async () => engine.close());

  const CASES: [string, string, string][] = [
    ['DD-MM-YYYY', '1-2-2020', '2020-02-01 00:00:00'],
    ['DD-MM-YYYY', '31-12-1999', '1999-12-31 00:00:00'],
    ['YYYYMMDD', '20200102', '2020-01-02 00:00:00'],
    ['YYYY-MM-DD', '2024-3-5', '2024-03-05 00:00:00'],
    ['DD-MM-YYYY HH24:MI', '5-3-2024 9:07', '2024-03-05 09:07:00'],
    ['YYYY-MM-DD HH24:MI:SS', '2024-03-05 10:11:12', '2024-03-05 10:11:12'],
    ['DD.MM.YYYY', '05.03.2024', '2024-03-05 00:00:00'],
  ];
  for (const [format, text, expected] of CASES) {
    it(`${format}: ${text}`, async () => {
      const sql = canonicalDateText(sqlString(text), parseDateFormat(format), (s) => sqlString(s))!;
      const [row] = await engine.query(
        `SELECT ${sql.replace(/REGEXP_REPLACE\(/g, 'tsql_regexp_replace(')} AS v`,
      );
      expect(row!['v']).toBe(expected);
    });
  }

  it('has no rewrite for a format without a day: compiling reports GGM-S702', () => {
    expect(canonicalDateText("'x'", parseDateFormat('YYYY-MM'), (s) => sqlString(s))).toBeUndefined();
    const parsed = parseExpression("to_date('2020-01', 'YYYY-MM')");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const emitter = new ExpressionEmitter(getMappingDialect('fabric'));
    expect(emitter.emit(harmonize(parsed.expr))).toBe('NULL');
    expect(emitter.diagnostics.map((d) => d.code)).toEqual(['GGM-S702']);
  });
});
