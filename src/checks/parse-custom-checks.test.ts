import { describe, expect, it } from 'vitest';
import type { PlanTable } from '../schema/schema-plan.js';
import { parseCheckSql, parseCheckYaml } from './parse-custom-checks.js';

const table = (name: string, columns: string[]): PlanTable => ({
  name,
  kind: 'entity',
  columns: columns.map((c) => ({ name: c, type: { kind: 'text' }, nullable: true, role: 'attribute' })),
  primaryKey: { name: `pk_${name}`, columns: [columns[0]!] },
  uniques: [],
  checks: [],
  foreignKeys: [],
});

const TABLES = new Map([
  ['woonplaats', table('woonplaats', ['woonplaats_id', 'identificatie', 'woonplaatsnaam'])],
  ['openbare_ruimte', table('openbare_ruimte', ['openbare_ruimte_id', 'straatnaam'])],
]);

describe('custom check files', () => {
  it('reads a single check and a list of checks', () => {
    const one = parseCheckYaml(
      'name: a\ntable: woonplaats\nexpect:\n  not_null: woonplaatsnaam\n',
      'a.yaml',
      TABLES,
    );
    expect(one.diagnostics).toEqual([]);
    expect(one.checks).toEqual([
      expect.objectContaining({
        id: 'a',
        table: 'woonplaats',
        column: 'woonplaatsnaam',
        severity: 'warn',
        origin: 'custom',
        file: 'a.yaml',
        rule: { kind: 'not-null', column: 'woonplaatsnaam' },
        keyColumns: ['woonplaats_id'],
      }),
    ]);
    const list = parseCheckYaml(
      'checks:\n  - name: u\n    table: openbare_ruimte\n    expect:\n      unique: [straatnaam]\n',
      'b.yaml',
      TABLES,
    );
    expect(list.checks.map((c) => c.rule)).toEqual([{ kind: 'unique', columns: ['straatnaam'] }]);
  });

  it('reports unknown tables, columns and keys with line, column and the nearest names', () => {
    const text = [
      'checks:',
      '  - name: a',
      '    table: woonplaatz',
      '    expect:',
      '      not_null: naam',
      '  - name: b',
      '    table: woonplaats',
      '    sevrity: error',
      '    expect:',
      '      not_null: woonplaatsnam',
      '  - name: c',
      '    table: woonplaats',
      '    severity: eror',
      '    sql: SELECT 1',
      '  - name: d',
      '    table: woonplaats',
      '',
    ].join('\n');
    const { checks, diagnostics } = parseCheckYaml(text, 'checks/x.yaml', TABLES);
    expect(checks).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.at?.line, d.at?.col, d.hint])).toEqual([
      ['GGM-Q005', 3, 12, 'did you mean woonplaats?'],
      ['GGM-Q002', 8, 5, 'did you mean severity?'],
      ['GGM-Q006', 10, 17, 'did you mean woonplaatsnaam, woonplaats_id?'],
      ['GGM-Q003', 13, 15, 'did you mean error?'],
      ['GGM-Q004', 15, 5, undefined],
    ]);
    expect(diagnostics[0]!.at?.file).toBe('checks/x.yaml');
  });

  it('refuses sql and expect together, and YAML syntax errors', () => {
    const both = parseCheckYaml(
      'name: a\ntable: woonplaats\nsql: SELECT 1\nexpect:\n  not_null: woonplaatsnaam\n',
      'a.yaml',
      TABLES,
    );
    expect(both.diagnostics.map((d) => d.code)).toEqual(['GGM-Q008']);
    const bad = parseCheckYaml('name: [a\n', 'a.yaml', TABLES);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['GGM-Q001']);
  });

  it('reads SQL checks with header comments, and reports a missing or unknown table', () => {
    const ok = parseCheckSql(
      '-- table: woonplaats\n-- severity: error\n-- description: named\nSELECT * FROM silver.woonplaats WHERE woonplaatsnaam IS NULL\n',
      'checks/named.sql',
      'named',
      TABLES,
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.checks[0]).toMatchObject({
      id: 'named',
      table: 'woonplaats',
      severity: 'error',
      description: 'named',
    });
    const missing = parseCheckSql('SELECT 1', 'checks/m.sql', 'm', TABLES);
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['GGM-Q004']);
    const unknown = parseCheckSql('-- table: openbare_ruimt\nSELECT 1', 'checks/u.sql', 'u', TABLES);
    expect(unknown.diagnostics.map((d) => [d.code, d.at?.line, d.at?.col, d.hint])).toEqual([
      ['GGM-Q005', 1, 11, 'did you mean openbare_ruimte?'],
    ]);
  });
});
