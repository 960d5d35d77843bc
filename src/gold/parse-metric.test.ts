import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases } from '../../test/helpers/releases.js';
import { sociaalContext } from '../../test/helpers/gold-silver.js';
import { compileMetric } from './compile-metric.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { parseMetric } from './parse-metric.js';
import { periodsBetween, parsePeriodLabel } from './periods.js';
import { resolveProjectMetrics } from './project-metrics.js';

const BASE = `id: test
title: Test
definition: Test.
population:
  class: Levering
  alias: l
  join:
    c: l.prestatie voor
  person: c
time:
  start: l.datumStart
  end: l.datumStop
`;

const codes = (text: string) =>
  parseMetric(text, 'gold/test.yaml').diagnostics.map(
    (d) => `${d.code} ${d.at?.line}:${d.at?.col} ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
  );

describe('parseMetric', () => {
  it('reads a complete metric', () => {
    const { spec, diagnostics } = parseMetric(BASE, 'gold/test.yaml');
    expect(diagnostics).toEqual([]);
    expect(spec!.population.joins).toEqual([
      {
        alias: 'c',
        from: 'l',
        association: 'prestatie voor',
        at: { file: 'gold/test.yaml', line: 8, col: 8 },
      },
    ]);
    expect(spec!.grains).toEqual(['year']);
    expect(spec!.threshold).toBe(5);
  });

  it('reports unknown keys and values at their line with the nearest name', () => {
    expect(codes(`${BASE}grains: [halfjaar]\ndimenions: []\n`)).toEqual([
      'GGM-K004 13:10 unknown grain halfjaar (did you mean halfyear?)',
      'GGM-K003 14:1 metric: unknown field dimenions (did you mean dimensions?)',
    ]);
  });

  it('reports expressions that do not parse, aliases that are not declared, and bad bands', () => {
    const text = BASE.replace('l.prestatie voor', 'x.prestatie voor').replace(
      'end: l.datumStop',
      'end: l.datumStop +\ndimensions:\n  - name: leeftijd\n    age: c.datumGeboorte\n    bands: [0-17, 10-20]',
    );
    const found = codes(text);
    expect(found.some((d) => d.startsWith('GGM-K016 8:') && d.includes('no alias x'))).toBe(true);
    expect(found.some((d) => d.startsWith('GGM-K005'))).toBe(true);
    expect(found.some((d) => d.includes('age band 10-20 overlaps 0-17'))).toBe(true);
  });

  it('needs a person for a metric of persons, and a denominator for a rate', () => {
    expect(codes(BASE.replace('  person: c\n', ''))).toEqual([
      'GGM-K002 5:10 a metric of persons names its person: the alias of the person class',
    ]);
    expect(codes(`${BASE}unit: rate\n`)[0]).toMatch(/^GGM-K002 .* a rate needs a denominator/);
  });

  it('names periods as people write them', () => {
    expect(periodsBetween('2024-11-15', '2025-02-01', ['halfyear', 'quarter']).map((p) => p.label)).toEqual([
      '2024H2',
      '2025H1',
      '2024Q4',
      '2025Q1',
    ]);
    expect(parsePeriodLabel('2024H2')).toMatchObject({ start: '2024-07-01', end: '2024-12-31' });
    expect(parsePeriodLabel('2024-02')).toMatchObject({ end: '2024-02-29', grain: 'month' });
    expect(parsePeriodLabel('2024H3')).toBeUndefined();
  });
});

describe.skipIf(!hasReleases())('resolving a metric against the model', () => {
  let ctx: Awaited<ReturnType<typeof sociaalContext>>;
  beforeAll(async () => {
    ctx = await sociaalContext();
  });

  const problems = (text: string) =>
    resolveProjectMetrics([{ file: 'gold/test.yaml', text }], ctx).diagnostics.map(
      (d) => `${d.code} ${d.at?.line} ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    );

  it('names the nearest class, association and attribute', () => {
    expect(problems(BASE.replace('class: Levering', 'class: Leverin'))).toEqual([
      'GGM-K010 5 unknown class Leverin (did you mean Levering, Leveringsvorm, Fase/Oplevering?)',
    ]);
    expect(problems(BASE.replace('l.prestatie voor', 'l.prestatie vor'))).toEqual([
      'GGM-K014 8 Levering has no association prestatie vor (did you mean prestatie voor?)',
    ]);
    expect(problems(BASE.replace('start: l.datumStart', 'start: l.datumStrat'))).toEqual([
      'GGM-K013 11 Levering has no attribute datumStrat (did you mean datumStart, datumStop?)',
    ]);
  });

  it('reaches inherited attributes through the superclass tables (shared key)', () => {
    const text = `${BASE}dimensions:\n  - name: leeftijd\n    age: to_date(c.datumGeboorte)\n`;
    const { metrics, diagnostics } = resolveProjectMetrics([{ file: 'gold/test.yaml', text }], ctx);
    expect(diagnostics).toEqual([]);
    const tables = metrics[0]!.resolved!.query.tables.map((t) => `${t.alias}:${t.table}`);
    expect(tables).toEqual(['l:levering', 'c:client', 'c__natuurlijk_persoon:natuurlijk_persoon']);
  });

  it('reaches an area through an association of a superclass (the address of the person)', () => {
    const text = `${BASE.replace('    c: l.prestatie voor\n', '    c: l.prestatie voor\n    a: c.heeft als adres\n')}dimensions:\n  - name: pc4\n    value: substring(a.postcode, 1, 4)\n`;
    const { metrics, diagnostics } = resolveProjectMetrics([{ file: 'gold/test.yaml', text }], ctx);
    expect(diagnostics).toEqual([]);
    const tables = metrics[0]!.resolved!.query.tables.map((t) => `${t.alias}:${t.table}`);
    expect(tables).toEqual([
      'l:levering',
      'c:client',
      'c__ingeschreven_persoon:ingeschreven_persoon',
      'a:nummeraanduiding',
    ]);
    expect(metrics[0]!.resolved!.lineage['pc4']).toEqual([
      { schema: 'silver', table: 'nummeraanduiding', column: 'postcode' },
    ]);
  });

  it('compiles the example metric for DuckDB and PostgreSQL', () => {
    const file = join(import.meta.dirname, '..', '..', 'examples', 'sociaal', 'gold', 'wmo-clienten.yaml');
    const { metrics, diagnostics } = resolveProjectMetrics([{ file, text: readFileSync(file, 'utf8') }], ctx);
    expect(diagnostics).toEqual([]);
    const periods = periodsBetween('2025-01-01', '2025-12-31', ['halfyear']);
    for (const engine of ['duckdb', 'postgres']) {
      const compiled = compileMetric(metrics[0]!.resolved!, getDialect(engine), periods);
      expect(compiled.diagnostics).toEqual([]);
      expect(compiled.sql).toContain('CUBE(c."ggm_d_productcategorie")');
    }
    const mysql = compileMetric(metrics[0]!.resolved!, getDialect('mysql'), periods);
    expect(mysql.diagnostics.map((d) => d.code)).toEqual(['GGM-K021']);
  });
});
