import { describe, expect, it } from 'vitest';
import type { ResolvedMapping } from '../compiler/resolve/resolved-mapping.js';
import { buildRunPlan, type PlannedMapping } from './build-run-plan.js';
import { explainRunPlan } from './explain-run-plan.js';
import type { GoldMetric } from '../gold/project-metrics.js';

/** The parts of a resolved mapping the run plan reads. */
function mapping(name: string, classId: string, tables: string[], looksUp: string[] = []): PlannedMapping {
  const resolved = {
    name,
    file: `mappings/${name}.yaml`,
    classId,
    className: classId,
    qualifiedName: `Kern/${classId}`,
    target: { schema: 'silver', table: classId.toLowerCase() },
    versionedKey: true,
    history: { mode: 'snapshot', closeMissing: false },
    sources: tables.map((table, i) => ({ alias: `t${i}`, table })),
    key: [],
    columns: looksUp.map((other) => ({
      kind: 'reference',
      column: { name: `${other}_id` },
      modelName: other,
      otherClassId: other,
      key: [],
      lookup: {
        schema: 'silver',
        table: other.toLowerCase(),
        keyColumn: 'id',
        identity: ['identificatie'],
        validTo: 'valid_to',
      },
    })),
    lineage: [],
  } as unknown as ResolvedMapping;
  return { resolved, batchBound: { maxBatches: 500, maxRows: 200_000 } };
}

const input = {
  project: '/p',
  engine: 'duckdb:w.duckdb',
  model: { name: 'GGM', version: '2.5.1' },
  sources: ['straten', 'woonplaatsen'],
  // straten looks up the current version of a woonplaats, so it is listed first but must run second.
  mappings: [
    mapping('straten', 'OpenbareRuimte', ['straten'], ['Woonplaats']),
    mapping('woonplaatsen', 'Woonplaats', ['woonplaatsen']),
  ],
  silverTables: ['openbareruimte', 'woonplaats'],
};

describe('buildRunPlan', () => {
  it('prepares, loads every source, then builds in dependency order', () => {
    const { plan, diagnostics } = buildRunPlan(input);
    expect(diagnostics).toEqual([]);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'prepare',
      'load:straten',
      'load:woonplaatsen',
      'build:woonplaatsen',
      'build:straten',
    ]);
    const straten = plan.steps.find((s) => s.id === 'build:straten')!;
    expect(straten.dependsOn).toEqual(['prepare', 'load:straten', 'build:woonplaatsen']);
  });

  it('selects a step with everything upstream of it', () => {
    const { plan } = buildRunPlan({ ...input, select: ['silver.openbareruimte'] });
    expect(plan.steps.map((s) => s.id)).toEqual([
      'prepare',
      'load:straten',
      'load:woonplaatsen',
      'build:woonplaatsen',
      'build:straten',
    ]);
    const onlyLoad = buildRunPlan({ ...input, select: ['woonplaatsen'] }).plan.steps.map((s) => s.id);
    expect(onlyLoad).toEqual(['prepare', 'load:woonplaatsen', 'build:woonplaatsen']);
  });

  it('computes a gold metric after the builds and checks of the tables it reads', () => {
    const metric = {
      descriptor: { id: 'straten_per_woonplaats', sources: ['silver.openbareruimte', 'bronze.woonplaatsen'] },
    } as unknown as GoldMetric;
    const { plan } = buildRunPlan({ ...input, gold: [metric] });
    const step = plan.steps.at(-1)!;
    expect(step.id).toBe('gold:straten_per_woonplaats');
    expect(step.dependsOn).toEqual(['prepare', 'build:straten', 'load:woonplaatsen']);
    expect(explainRunPlan(plan)).toContain(
      'compute gold.straten_per_woonplaats from silver.openbareruimte, bronze.woonplaatsen  [after 5, 3]',
    );
    const selected = buildRunPlan({ ...input, gold: [metric], select: ['straten_per_woonplaats'] });
    expect(selected.plan.steps.map((s) => s.id)).toContain('build:woonplaatsen');
  });

  it('reports an unknown selection with the nearest names', () => {
    const { diagnostics } = buildRunPlan({ ...input, select: ['straaten'] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'GGM-P011',
        severity: 'error',
        hint: expect.stringContaining('straten'),
      }),
    ]);
  });

  it('keeps file order for a lookup cycle and says so', () => {
    const cyclic = {
      ...input,
      mappings: [mapping('a', 'A', ['straten'], ['B']), mapping('b', 'B', ['woonplaatsen'], ['A'])],
    };
    const { plan, diagnostics } = buildRunPlan(cyclic);
    expect(plan.steps.filter((s) => s.kind === 'build')).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toEqual(['GGM-P010']);
  });

  it('explains the plan with step numbers and what each waits for', () => {
    const text = explainRunPlan(buildRunPlan(input).plan);
    expect(text).toContain('  1. prepare warehouse (2 silver tables)');
    expect(text).toContain('  5. build silver.openbareruimte from bronze.straten (straten)  [after 2, 4]');
    expect(text).toContain('Nothing is changed by a dry run.');
  });
  it('creates the views a source format brings right after that source is loaded', () => {
    const { plan } = buildRunPlan({
      ...input,
      views: [{ source: 'woonplaatsen', format: 'istandaarden', schema: 'sociaal_ext' }],
      select: ['sociaal_ext'],
    });
    expect(plan.steps.map((s) => s.id)).toEqual(['prepare', 'load:woonplaatsen', 'views:woonplaatsen']);
    expect(explainRunPlan(plan)).toContain(
      'create the sociaal_ext views over bronze.woonplaatsen  [after 2]',
    );
  });
});
