import { describe, expect, it } from 'vitest';
import type { LogicalTypeKind } from '../schema/schema-plan.js';
import { SqlText } from '../schema/emit/sql-text.js';
import { getDialect, isDialectName } from './dialect-registry.js';
import { DIALECT_NAMES } from './sql-dialect.js';

const KINDS: LogicalTypeKind[] = [
  'varchar',
  'text',
  'smallint',
  'integer',
  'bigint',
  'decimal',
  'boolean',
  'date',
  'timestamp',
  'time',
  'uuid',
  'geometry',
  'blob',
  'json',
];
const GEOMETRIES = ['point', 'curve', 'surface', 'multipoint', 'multicurve', 'multisurface', 'any'] as const;

describe('dialect registry', () => {
  for (const name of DIALECT_NAMES) {
    it(`${name} maps every logical type and quotes reserved words`, () => {
      const dialect = getDialect(name);
      expect(dialect.name).toBe(name);
      const sql = new SqlText(dialect, []);
      for (const kind of KINDS.filter((k) => k !== 'geometry')) {
        expect(dialect.types.templates[kind as Exclude<LogicalTypeKind, 'geometry'>], kind).toMatch(/\S/);
      }
      for (const g of GEOMETRIES) expect(dialect.types.geometry[g], g).toMatch(/\S/);
      expect(sql.type({ kind: 'varchar', length: 80 })).not.toContain('{');
      expect(sql.type({ kind: 'decimal', precision: 12, scale: 2 })).not.toContain('{');
      expect(sql.ident('select')).not.toBe('select');
      expect(sql.ident('pand')).toBe('pand');
      expect(sql.ident('24uurs')).not.toBe('24uurs');
      expect(sql.name('x'.repeat(300)).length).toBeLessThanOrEqual(dialect.maxIdentifierLength);
    });
  }

  it('knows the usual other spellings', () => {
    for (const alias of ['postgresql', 'mariadb', 'sqlserver', 'spark'])
      expect(isDialectName(alias)).toBe(true);
    expect(getDialect('mariadb').name).toBe('mysql');
    expect(() => getDialect('sqlite')).toThrow(/unknown dialect/);
    expect(getDialect('postgres', { postgis: true }).types.geometry.point).toBe('geometry(Point, 28992)');
  });
});
