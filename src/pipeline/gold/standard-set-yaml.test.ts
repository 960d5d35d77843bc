import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import { bijstandReference, seedBijstandStatements } from '../../gold/sociaal/testing/reference-bijstand.js';
import { REFERENCE_SQL, type RefPeriod } from '../../gold/sociaal/testing/reference-sql.js';
import { seedSilverStatements } from '../../gold/sociaal/testing/seed-silver.js';
import { FIXTURE_TABLES, PLAN_COLUMNS } from '../../gold/sociaal/testing/silver-fixture.js';
import { sociaalContext, targetOf } from '../../../test/helpers/gold-silver.js';
import { ensureGoldStore, materialiseMetric } from './materialise-metric.js';

// The standard set as metric files (examples/sociaal/gold/*.yaml), built by the gold materialisation of
// `ggm run`, against goldset's independently written reference SQL (one query per period, straight over
// silver) on the seeded silver of 800 clients, on DuckDB and PostgreSQL; both engines publish the same.

const GOLD_DIR = fileURLToPath(new URL('../../../examples/sociaal/gold/', import.meta.url));
/** Bijstand needs the SSD and the BRP silver: examples/participatie/gold-brp. */
const PARTICIPATIE_GOLD_DIR = fileURLToPath(
  new URL('../../../examples/participatie/gold-brp/', import.meta.url),
);

interface Case {
  file: string;
  /** The reference query (reference-sql.ts) and how its rows become ours. */
  ref: string;
  dims: string[];
  /** Keep only these reference rows (a status of jeugdhulp_trajecten). */
  refWhere?: (r: Row) => boolean;
  /** Keep only these gold rows (the CUBE margins the reference does not have). */
  goldWhere?: (r: Row) => boolean;
  /** The reference gives sum and count; the metric the mean. */
  mean?: boolean;
}

const status = (s: string) => (r: Row) => r['status'] === s;
const CASES: Record<string, Case> = {
  wmo_clienten_per_10000: {
    file: 'wmo-clienten-per-10000.yaml',
    ref: 'wmo_clienten_per_10000',
    dims: ['productcategorie'],
  },
  jeugdhulp_jeugdigen: { file: 'jeugdhulp-jeugdigen.yaml', ref: 'jeugdhulp_jeugdigen', dims: [] },
  jeugdbescherming_jeugdigen: {
    file: 'jeugdbescherming-jeugdigen.yaml',
    ref: 'jeugdbescherming_jeugdigen',
    dims: [],
  },
  jeugdreclassering_jeugdigen: {
    file: 'jeugdreclassering-jeugdigen.yaml',
    ref: 'jeugdreclassering_jeugdigen',
    dims: [],
  },
  jeugdhulp_trajecten_lopend: {
    file: 'jeugdhulp-trajecten-lopend.yaml',
    ref: 'jeugdhulp_trajecten',
    dims: [],
    refWhere: status('lopend'),
  },
  jeugdhulp_trajecten_gestart: {
    file: 'jeugdhulp-trajecten-gestart.yaml',
    ref: 'jeugdhulp_trajecten',
    dims: [],
    refWhere: status('gestart'),
  },
  jeugdhulp_trajecten_beeindigd: {
    file: 'jeugdhulp-trajecten-beeindigd.yaml',
    ref: 'jeugdhulp_trajecten',
    dims: [],
    refWhere: status('beeindigd'),
  },
  jeugdhulp_trajectduur: {
    file: 'jeugdhulp-trajectduur.yaml',
    ref: 'jeugdhulp_trajectduur',
    dims: [],
    mean: true,
  },
  kosten: {
    file: 'kosten.yaml',
    ref: 'kosten',
    dims: ['wet', 'productcategorie'],
    goldWhere: (r) => r['wet'] !== 'Totaal' || r['productcategorie'] === 'Totaal',
  },
  kosten_per_client: { file: 'kosten-per-client.yaml', ref: 'kosten_per_client', dims: ['wet'] },
  bijstand_per_10000_volwassenen: {
    file: 'bijstand-per-10000-volwassenen.yaml',
    ref: 'bijstand',
    dims: [],
  },
  kosten_per_inwoner: { file: 'kosten-per-inwoner.yaml', ref: 'kosten_per_inwoner', dims: ['wet'] },
};

/** Columns the schema plan has that goldset's hand-built fixture leaves out (all empty). */
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const fmt = (x: number | null) => (x === null ? 'null' : x.toFixed(2));

function line(c: Case, period: string, r: Row, mean = false): string {
  const t = num(r['teller']);
  const n = num(r['noemer']);
  const figures = mean ? [fmt(t !== null && n ? t / n : null)] : [fmt(t), fmt(n)];
  return [period, ...c.dims.map((d) => String(r[d])), ...figures].join(' | ');
}

const published = new Map<string, Record<string, string[]>>();

describe.each(TEST_ENGINES)('the standard set as metric files on $name', (target) => {
  let engine: Engine;
  let close: () => Promise<void>;
  let metrics: GoldMetric[];

  beforeAll(async () => {
    const ctx = await sociaalContext();
    // the wet of Inkomensvoorzieningsoort is stored as the plan's enumeration id
    const wet = targetOf(ctx, 'Inkomensvoorzieningsoort').columns.find((c) => c.name === 'wet_enum_id');
    const ids = wet?.enumeration?.stored === 'id' ? wet.enumeration.ids : {};
    const files = Object.values(CASES).map((c) => ({
      file: c.file,
      text: readFileSync((c.ref === 'bijstand' ? PARTICIPATIE_GOLD_DIR : GOLD_DIR) + c.file, 'utf8'),
    }));
    const resolved = resolveProjectMetrics(files, ctx);
    expect(resolved.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    metrics = resolved.metrics;
    ({ engine, close } = await target.open('ggm_goldport_yaml'));
    for (const sql of [
      ...FIXTURE_TABLES,
      ...seedSilverStatements(800),
      ...PLAN_COLUMNS,
      ...seedBijstandStatements(ids['Participatiewet PW-I']!, ids['Bijzondere Bijstand']!),
    ])
      await engine.execute(sql);
    await ensureGoldStore(engine);
    for (const m of metrics) await materialiseMetric(engine, m);
  }, 300_000);
  afterAll(async () => close?.());

  it.each(Object.keys(CASES))(
    '%s equals the reference SQL',
    async (id) => {
      const c = CASES[id]!;
      const metric = metrics.find((m) => m.descriptor.id === id)!;
      expect(metric).toBeDefined();
      const gold = (await engine.query(`SELECT * FROM gold_intern.${id}`)).filter(
        (r) => !c.goldWhere || c.goldWhere(r),
      );
      const periods = new Map<string, RefPeriod>();
      for (const r of gold) {
        const iso = (v: unknown) =>
          v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
        periods.set(String(r['periode']), {
          label: String(r['periode']),
          start: iso(r['periode_start']),
          end: iso(r['periode_eind']),
          grain: r['grain'] as 'year' | 'halfyear',
        });
      }
      // the seeded toewijzingen run from 2024 into 2026
      for (const p of ['2024', '2024H2', '2025', '2025H1']) expect(periods.has(p), p).toBe(true);
      const expected: string[] = [];
      for (const p of periods.values())
        for (const r of await engine.query((REFERENCE_SQL[c.ref] ?? bijstandReference)(p)))
          if (!c.refWhere || c.refWhere(r)) expected.push(line(c, p.label, r, c.mean));
      const actual = gold.map((r) =>
        c.mean ? [String(r['periode']), fmt(num(r['teller']))].join(' | ') : line(c, String(r['periode']), r),
      );
      // a period without any fact has no gold row; the reference still gives its zero total
      const zero = (l: string) => / \| 0\.00( \| [\d.]+)?$/.test(l) && !actual.includes(l);
      expect(actual.sort()).toEqual(expected.filter((l) => !zero(l)).sort());
      published.set(target.name, {
        ...published.get(target.name),
        [id]: (await engine.query(`SELECT * FROM gold.${id}`))
          .map((r) =>
            JSON.stringify(
              Object.values(r).map((v) =>
                v instanceof Date ? v.toISOString() : v === null ? null : String(v),
              ),
            ),
          )
          .sort(),
      });
    },
    120_000,
  );
});

describe('DuckDB and PostgreSQL', () => {
  it('publish identical gold for every metric file', () => {
    const [a, b] = TEST_ENGINES.map((e) => published.get(e.name));
    expect(a && b).toBeTruthy();
    for (const id of Object.keys(CASES)) expect(b![id], id).toEqual(a![id]);
  });
});
