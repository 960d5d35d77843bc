import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from '@polyglot-sql/sdk';
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../dialects/dialect-registry.js';
import { TEST_CATALOG, TEST_POLICY_YAML } from '../governance-test-support.js';
import { parseGovernance } from '../parse-governance.js';
import { compilePlatformControls } from './compile-platform-controls.js';
import type { ControlStatementKind } from './platform-controls-types.js';

/** `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'platform-controls');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const PLATFORMS = ['databricks', 'snowflake', 'fabric'] as const;

/**
 * Statement forms the SQL parser (@polyglot-sql/sdk 0.12) does not know, listed rather than skipped:
 * Unity Catalog's `ALTER COLUMN … SET MASK` and multi-column `SET ROW FILTER`, T-SQL's inline predicate function and `ADD MASKED`. Their
 * shape is pinned by the golden files instead.
 */
const PARSER_GAPS: Record<(typeof PLATFORMS)[number], ControlStatementKind[]> = {
  // … and `SET ROW FILTER f ON (a, b)` with more than one column
  databricks: ['attach-mask', 'row-filter'],
  snowflake: [],
  fabric: ['row-filter', 'masked-column'],
};

const policy = () => {
  const { policy, diagnostics } = parseGovernance(TEST_POLICY_YAML);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy!;
};

describe('governance.yaml as a platform’s own access controls', () => {
  for (const platform of PLATFORMS) {
    describe(platform, () => {
      const dialect = getDialect(platform);
      const controls = compilePlatformControls(policy(), TEST_CATALOG, dialect, {
        ...(platform === 'fabric' ? {} : { catalog: 'gemeente' }),
      });
      const script = `${controls.statements.map((s) => `${s.sql};`).join('\n\n')}\n`;

      it('matches the golden script', () => {
        const file = resolve(GOLDEN_DIR, `${platform}.sql`);
        if (UPDATE || !existsSync(file)) {
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(file, script);
        }
        expect(script).toBe(readFileSync(file, 'utf8'));
      });

      it('parses statement by statement, except the listed parser gaps', () => {
        const failing = controls.statements.filter(
          (s) => !parse(s.sql, dialect.parserDialect as never).success,
        );
        for (const s of failing) expect(PARSER_GAPS[platform], s.sql).toContain(s.kind);
        expect(controls.statements.length).toBeGreaterThan(5);
      });

      it('grants each table only to the principals of the grants naming it', () => {
        const grants = controls.statements.filter((s) => s.kind === 'grant');
        const consulent = dialect.controls!.principalName('consulent', 'wmo-uitvoering');
        const onderzoeker = dialect.controls!.principalName('onderzoeker', 'onderzoek');
        expect(
          grants
            .filter((g) => g.table === 'silver.toewijzing')
            .map((g) => g.sql)
            .join('\n'),
        ).toContain(consulent);
        expect(
          grants
            .filter((g) => g.table === 'silver.toewijzing')
            .map((g) => g.sql)
            .join('\n'),
        ).not.toContain(onderzoeker);
        expect(grants.filter((g) => g.table === 'silver.natuurlijk_persoon')).toHaveLength(2);
      });

      it("applies each principal's treatment and gives NULL to everyone else", () => {
        const treated = controls.statements
          .filter((s) => s.kind === 'column-mask' || s.kind === 'governed-view')
          .map((s) => s.sql)
          .join('\n');
        expect(treated).toContain(
          dialect.controls!.isMember(dialect.controls!.principalName('onderzoeker', 'onderzoek')),
        );
        expect(treated).toMatch(/onderzoek-(inner|outer)|'onderzoek'/); // the research key, not another
        expect(treated).toContain('ELSE NULL END');
      });

      it("turns the consulent's row filter into the platform's row filter with its literals inline", () => {
        const filters = controls.statements
          .filter((s) => s.kind === 'row-filter')
          .map((s) => s.sql)
          .join('\n');
        expect(filters).toContain("'Wmo'");
        expect(filters).toContain("'X'");
        expect(filters).toContain(dialect.controls!.principalName('consulent', 'wmo-uitvoering'));
      });

      it('states what the platform does not enforce', () => {
        const codes = controls.limits.map((l) => l.code);
        expect(codes).toEqual(expect.arrayContaining(['GGM-G202', 'GGM-G203', 'GGM-G205', 'GGM-G206']));
      });
    });
  }

  // The transpiler (polyglot 0.12) does not carry SHA2, ENCODE(…, 'UTF-8') or binary CONCAT to DuckDB,
  // so the platform's SQL runs on DuckDB with one-line shims that give each function its documented
  // meaning: what is checked is our composition (which pad goes where, hex vs bytes, UTF-8).
  it('pseudonymises byte for byte like ggm serve (the platform SQL run on DuckDB with shims)', async () => {
    const key = Buffer.from('een-geheime-sleutel-voor-onderzoek');
    const block = (part: string) =>
      Buffer.from(
        Array.from({ length: 64 }, (_, i) => (key[i] ?? 0) ^ (part === 'inner' ? 0x36 : 0x5c)),
      ).toString('hex');
    const expected = createHmac('sha256', key).update('123456782').digest('hex');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const shim of [
        'CREATE MACRO sha2(x, n) AS sha256(x)',
        'CREATE MACRO bconcat(a, b) AS a || b',
        'CREATE MACRO encode_text(x, charset) AS encode(x)',
        'CREATE MACRO hex_decode_binary(h) AS unhex(h)',
        'CREATE MACRO to_binary(x, charset) AS encode(x)',
        'CREATE MACRO to_varchar(x) AS CAST(x AS VARCHAR)',
      ])
        await connection.run(shim);
      const sqlOf = {
        databricks: getDialect('databricks')
          .controls!.hmacSha256Hex("CAST('123456782' AS STRING)", 'onderzoek')
          .replace(/secret\('ggm', 'onderzoek-(inner|outer)'\)/g, (_m, part: string) => `'${block(part)}'`)
          .replace(/\bconcat\(/g, 'bconcat(')
          .replace(/\bencode\(/g, 'encode_text(')
          .replace(/\bSTRING\b/g, 'VARCHAR'),
        snowflake: getDialect('snowflake')
          .controls!.hmacSha256Hex("TO_VARCHAR('123456782')", 'onderzoek')
          .replace(
            /\(SELECT HEX_DECODE_BINARY\(K\.BLOCK_HEX\) FROM [^)]*'(inner|outer)'\)/g,
            (_m, part: string) => `HEX_DECODE_BINARY('${block(part)}')`,
          ),
      };
      for (const [platform, sql] of Object.entries(sqlOf)) {
        const reader = await connection.runAndReadAll(`SELECT ${sql} AS h`);
        expect(String(reader.getRowObjects()[0]!['h']), platform).toBe(expected);
      }
    } finally {
      connection.closeSync();
    }
  });

  it("filters rows per principal: the consulent sees Wmo rows without code X, anyone else none (Databricks's filter run on DuckDB)", async () => {
    const controls = compilePlatformControls(policy(), TEST_CATALOG, getDialect('databricks'), {
      catalog: 'gemeente',
    });
    const create = controls.statements.find(
      (s) => s.kind === 'row-filter' && s.sql.startsWith('CREATE'),
    )!.sql;
    const [, params, predicate] = /\((.*?)\) RETURNS BOOLEAN RETURN (.*)$/.exec(create)!;
    const names = params!.split(', ').map((p) => p.split(' ')[0]!.replace(/`/g, ''));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const sql of [
        "ATTACH ':memory:' AS gemeente",
        'CREATE SCHEMA gemeente.silver',
        'CREATE TABLE gemeente.silver.wet_enum (wet_enum_id BIGINT, value VARCHAR)',
        "INSERT INTO gemeente.silver.wet_enum VALUES (1, 'Wmo'), (2, 'Jeugdwet')",
        'CREATE TABLE gemeente.silver.toewijzing (toewijzing_id BIGINT, code VARCHAR, wet_enum_id BIGINT)',
        "INSERT INTO gemeente.silver.toewijzing VALUES (1, 'A', 1), (2, 'X', 1), (3, 'A', 2), (4, NULL, 1)",
      ])
        await connection.run(sql);
      const visibleTo = async (group: string) => {
        await connection.run(`CREATE OR REPLACE MACRO is_account_group_member(g) AS g = '${group}'`);
        // the filter function's parameters bound to the row's columns, as SET ROW FILTER … ON (…) does
        let bound = predicate!.replace(/`/g, '');
        for (const name of names) bound = bound.split(name).join(`t.${name.slice(2)}`);
        const reader = await connection.runAndReadAll(
          `SELECT toewijzing_id FROM gemeente.silver.toewijzing t WHERE ${bound} ORDER BY 1`,
        );
        return reader.getRowObjects().map((r) => Number(r['toewijzing_id']));
      };
      expect(await visibleTo('ggm-consulent--wmo-uitvoering')).toEqual([1]);
      expect(await visibleTo('ggm-onderzoeker--onderzoek')).toEqual([]);
      expect(await visibleTo('iemand-anders')).toEqual([]);
    } finally {
      connection.closeSync();
    }
  });
});
