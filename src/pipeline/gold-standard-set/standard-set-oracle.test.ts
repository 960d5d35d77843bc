import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { yearAndHalfYearPeriods } from '../../gold/sociaal/periods.js';
import { ALL_STANDARD_METRICS } from '../../gold/sociaal/standard-set-sql.js';
import { REFERENCE_SQL } from '../../gold/sociaal/testing/reference-sql.js';
import { seedSilverStatements } from '../../gold/sociaal/testing/seed-silver.js';
import { FIXTURE_TABLES, FIXTURE_UITKERINGEN } from '../../gold/sociaal/testing/silver-fixture.js';
import { materialiseStandardSet } from './materialise-standard-set.js';
import { standardMetricFiles } from '../../../test/helpers/standard-metric-files.js';
import { materialiseMetric } from '../gold/materialise-metric.js';

// Every shipped metric against its independently written SQL (testing/reference-sql.ts) on a seeded
// corpus of 800 clients, on DuckDB and PostgreSQL; then the gold of both engines must be identical.
// Each metric twice: built by `ggm gold-standard-set` (gold.<id>) and by the gold step of `ggm run`
// from its `standaard:` file in examples/sociaal/gold (here under the id f_<id>).

const PERIODS = yearAndHalfYearPeriods(2024, 2026);
const goldPerEngine = new Map<string, Record<string, string[]>>();

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const dims = (id: string) => ALL_STANDARD_METRICS.find((m) => m.id === id)!.dimensions.map((d) => d.name);

/** A row as one comparable line: dimension values, teller, noemer (numbers rounded to cents). */
function line(id: string, r: Row, period?: string): string {
  const t = num(r['teller']);
  const n = num(r['noemer']);
  const fmt = (x: number | null) => (x === null ? 'null' : x.toFixed(2));
  return [period ?? String(r['periode']), ...dims(id).map((d) => String(r[d])), fmt(t), fmt(n)].join(' | ');
}

describe.each(TEST_ENGINES)('the standard set on $name', (target) => {
  let engine: Engine;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ engine, close } = await target.open('ggm_goldset_oracle'));
    for (const sql of [...FIXTURE_TABLES, ...seedSilverStatements(800)]) await engine.execute(sql);
    await materialiseStandardSet(engine, {
      periods: PERIODS,
      threshold: 0,
      uitkeringen: FIXTURE_UITKERINGEN,
    });
    const files = await standardMetricFiles({
      id: (id) => `f_${id}`,
      extra: 'periods: { from: 2024-01-01, to: 2026-12-31 }\nsuppression: { threshold: 0 }',
    });
    for (const m of files) {
      const r = await materialiseMetric(engine, m, { uitkeringen: FIXTURE_UITKERINGEN });
      expect(r.status).toBe('built');
    }
    // a second run with unchanged inputs leaves every table (and the shared base) as it is
    for (const m of files)
      expect((await materialiseMetric(engine, m, { uitkeringen: FIXTURE_UITKERINGEN })).status).toBe(
        'unchanged',
      );
  }, 300_000);
  afterAll(async () => close?.());

  it.each(
    ALL_STANDARD_METRICS.flatMap((m) => [
      [m.id, ''],
      [m.id, 'f_'],
    ]),
  )(
    '%s equals its hand-written SQL (table prefix "%s")',
    async (id, prefix) => {
      const metric = ALL_STANDARD_METRICS.find((m) => m.id === id)!;
      const gold = await engine.query(`SELECT * FROM gold.${prefix}${id}`);
      const expected: string[] = [];
      for (const p of PERIODS.filter((x) => metric.grains.includes(x.grain))) {
        for (const r of await engine.query(
          REFERENCE_SQL[id]!({ ...p, grain: p.grain as 'year' | 'halfyear' }),
        )) {
          expected.push(line(id, r, p.label));
        }
      }
      const actual = gold.map((r) => line(id, r)).sort();
      expect(actual).toEqual(expected.sort());
      expect(actual.length).toBeGreaterThan(0);
      // waarde follows from teller and noemer
      for (const r of gold) {
        const t = num(r['teller']);
        const n = num(r['noemer']);
        const w = num(r['waarde']);
        if (metric.value === 'teller') expect(w).toBe(t);
        else if (n) expect(Math.abs(w! - (t! * (metric.scale ?? 1)) / n)).toBeLessThanOrEqual(0.005 + 1e-9);
        else expect(w).toBeNull();
      }
      goldPerEngine.set(target.name, {
        ...goldPerEngine.get(target.name),
        [prefix + id]: gold.map((r) => line(id, r) + ` | ${num(r['waarde'])?.toFixed(2)}`).sort(),
      });
    },
    120_000,
  );
});

describe('DuckDB and PostgreSQL', () => {
  it('give identical gold for every metric', () => {
    const [a, b] = TEST_ENGINES.map((e) => goldPerEngine.get(e.name));
    expect(a && b).toBeTruthy();
    for (const m of ALL_STANDARD_METRICS) {
      expect(b![m.id], m.id).toEqual(a![m.id]);
      // the metric file gives exactly the command's figures
      expect(a![`f_${m.id}`], m.id).toEqual(a![m.id]);
      expect(b![`f_${m.id}`], m.id).toEqual(a![m.id]);
    }
  });
});
