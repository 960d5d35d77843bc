import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases } from '../../test/helpers/releases.js';
import { sociaalContext } from '../../test/helpers/gold-silver.js';
import { resolveProjectMetrics } from './project-metrics.js';
import type { GoldContext } from './query-scope.js';
import { BASE_COLUMN_SOURCES, standardLineage } from './sociaal/standard-lineage.js';
import { STANDARD_BASE_SOURCES, STANDARD_INCOME_SOURCES } from './sociaal/sociaal-basis.js';
import { ALL_STANDARD_METRICS } from './sociaal/standard-set-sql.js';

const FILE = `id: stapeling_gemeente
standaard: stapeling
title: Stapeling
definition: Personen per combinatie van wetten.
suppression: { threshold: 10 }
`;

const messages = (r: ReturnType<typeof resolveProjectMetrics>) =>
  r.diagnostics.map(
    (d) => `${d.code} ${d.at?.line}:${d.at?.col} ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
  );

describe.skipIf(!hasReleases())('metric files of the kind standaard', () => {
  let ctx: GoldContext;
  beforeAll(async () => {
    ctx = await sociaalContext();
  }, 60_000);

  it('reads a standaard file into a project metric with the standard metric’s shape', () => {
    const r = resolveProjectMetrics([{ file: 'gold/s.yaml', text: FILE }], ctx);
    expect(r.diagnostics).toEqual([]);
    const [m] = r.metrics;
    expect(m!.standard?.standard.id).toBe('stapeling');
    expect(m!.descriptor).toMatchObject({
      id: 'stapeling_gemeente',
      title: 'Stapeling',
      unit: 'persons',
      grains: ['year'],
      dimensions: [{ name: 'combinatie', title: 'Combinatie van wetten' }],
      suppressionThreshold: 10,
    });
    // the base inputs, and the income silver the social domain plans
    expect(m!.descriptor.sources).toEqual([...STANDARD_BASE_SOURCES, ...STANDARD_INCOME_SOURCES]);
  });

  it('names the nearest standard metric for an unknown one, and rejects keys and grains it does not know', () => {
    const r = resolveProjectMetrics(
      [{ file: 'gold/s.yaml', text: FILE.replace('standaard: stapeling', 'standaard: stapling') }],
      ctx,
    );
    expect(messages(r)).toEqual(['GGM-K025 2:12 unknown standard metric stapling (did you mean stapeling?)']);
    const bad = resolveProjectMetrics(
      [{ file: 'gold/s.yaml', text: `${FILE}grains: [month]\ngemente: '0221'\n` }],
      ctx,
    );
    expect(messages(bad)).toEqual([
      'GGM-K003 7:1 unknown field gemente in a standaard metric (did you mean gemeente?)',
      expect.stringMatching(/^GGM-K004 6:10 grain month is not one of stapeling's \(year\)/),
    ]);
    expect(bad.metrics).toEqual([]);
    const missing = resolveProjectMetrics([{ file: 'gold/s.yaml', text: 'standaard: stapeling\n' }], ctx);
    expect(messages(missing)).toEqual(['GGM-K002 1:1 missing title', 'GGM-K002 1:1 missing definition']);
  });

  it('declares lineage for every gold column of the nine, down to silver columns the base reads', () => {
    const all = new Set([...STANDARD_BASE_SOURCES, ...STANDARD_INCOME_SOURCES]);
    for (const m of ALL_STANDARD_METRICS) {
      const lineage = standardLineage(m, all);
      for (const column of ['periode', 'teller', 'waarde', ...m.dimensions.map((d) => d.name)]) {
        expect(lineage[column]?.length, `${m.id}.${column}`).toBeGreaterThan(0);
        for (const ref of lineage[column]!) expect(all.has(`${ref.schema}.${ref.table}`)).toBe(true);
      }
      if (m.value === 'ratio') expect(lineage['noemer']?.length, m.id).toBeGreaterThan(0);
    }
    // without the income silver, stapeling's lineage leaves it out instead of naming absent tables
    const stapeling = ALL_STANDARD_METRICS.find((m) => m.id === 'stapeling')!;
    const sources = standardLineage(stapeling, new Set(STANDARD_BASE_SOURCES))['teller']!;
    expect(sources.some((r) => r.table === 'inkomensvoorziening')).toBe(false);
    expect(Object.keys(BASE_COLUMN_SOURCES).length).toBeGreaterThan(20);
  });
});
