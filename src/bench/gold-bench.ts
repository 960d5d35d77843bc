import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine, Row } from '../engines/engine.js';
import { resolveProjectMetrics, type GoldMetric } from '../gold/project-metrics.js';
import { yearAndHalfYearPeriods } from '../gold/sociaal/periods.js';
import { ALL_STANDARD_METRICS } from '../gold/sociaal/standard-set-sql.js';
import { isStandardMetricFile } from '../gold/standard-metric-file.js';
import { REFERENCE_SQL } from '../gold/sociaal/testing/reference-sql.js';
import { seedSilverStatements } from '../gold/sociaal/testing/seed-silver.js';
import { FIXTURE_TABLES, FIXTURE_UITKERINGEN, PLAN_COLUMNS } from '../gold/sociaal/testing/silver-fixture.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { ensureGoldStore, materialiseMetric } from '../pipeline/gold/materialise-metric.js';
import { forgetStandardBase } from '../pipeline/gold/materialise-standard-metric.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';

const PERIODS = yearAndHalfYearPeriods(2024, 2026);
const RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');
/** The standard set's metric files; wmo-clienten.yaml is the format's example, not in the set. */
const METRIC_DIR = resolve('examples', 'sociaal', 'gold');
const NOT_IN_SET = new Set(['wmo-clienten.yaml']);
/** The hand-written figures of the metric files (one reference query serves the three trajectory counts). */
const FILE_REFERENCES = [
  'wmo_clienten_per_10000',
  'jeugdhulp_jeugdigen',
  'jeugdbescherming_jeugdigen',
  'jeugdreclassering_jeugdigen',
  'jeugdhulp_trajecten',
  'jeugdhulp_trajectduur',
  'kosten',
  'kosten_per_client',
  'kosten_per_inwoner',
];

/**
 * `npm run bench -- gold [clients] [repeat]`: the social-domain standard set over a seeded silver of N
 * clients (default 100,000; 4 inhabitants per client), generated in DuckDB with generate_series. Ours:
 * every metric file of examples/sociaal/gold through the gold step of `ggm run` (compile, compute,
 * suppress, gold and gold_intern, catalog, lineage), the nine `standaard:` files included (their shared
 * base tables, zorgpaden, stapeling are built once, by the first). Baseline: the same figures written by hand in SQL
 * (src/gold/sociaal/testing/reference-sql.ts, one query per metric and period), in the same run. The SQL
 * part's figures are compared here; the metric files' figures are compared with the same references in
 * src/pipeline/gold/standard-set-yaml.test.ts.
 */
export async function run(args: string[]): Promise<void> {
  const clients = Number(args[0] ?? 100_000);
  const repeat = Number(args[1] ?? 1);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-gold-'));
  const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
  try {
    const t0 = performance.now();
    for (const sql of [...FIXTURE_TABLES, ...seedSilverStatements(clients), ...PLAN_COLUMNS])
      await engine.execute(sql);
    const [size] = await engine.query(
      `SELECT (SELECT count(*) FROM silver.toewijzing) AS t, (SELECT count(*) FROM silver.levering) AS l,
        (SELECT count(*) FROM silver.declaratieregel) AS r, (SELECT count(*) FROM silver.natuurlijk_persoon) AS p`,
    );
    console.log(
      `silver: ${clients} clients, ${size!['p']} persons, ${size!['t']} toewijzingen, ${size!['l']} leveringen, ${size!['r']} declaratieregels (${round((performance.now() - t0) / 1000)} s)`,
    );
    const metrics = await metricFiles();
    let expected: Map<string, string[]> = new Map();
    const memory = trackPeakMemory();
    const baseline = await time(
      async () => {
        expected = await handWritten(engine);
        for (const id of FILE_REFERENCES)
          for (const p of PERIODS)
            await engine.query(REFERENCE_SQL[id]!({ ...p, grain: p.grain as 'year' | 'halfyear' }));
      },
      repeat,
      0,
    );
    const baselinePeak = memory.stop();
    const ours = trackPeakMemory();
    await ensureGoldStore(engine);
    const gold = await time(
      async () => {
        // the nine `standaard:` files share one build of the base tables (the first one makes it)
        await forgetStandardBase(engine);
        for (const m of metrics)
          await materialiseMetric(engine, m, { force: true, uitkeringen: FIXTURE_UITKERINGEN });
      },
      repeat,
      0,
    );
    const peak = ours.stop();
    await sameFigures(engine, expected);
    console.log(
      resultLine('gold', 'gold_ms', gold.ms, baseline.ms, {
        clients,
        metrics: metrics.length,
        standaard_files: metrics.filter((m) => m.standard).length,
        periods: PERIODS.length,
        peak_rss_mb: round(peak / 2 ** 20, 1),
        baseline_peak_rss_mb: round(baselinePeak / 2 ** 20, 1),
        speed_vs_baseline: round(baseline.ms / gold.ms),
      }),
    );
  } finally {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The standard set's metric files, resolved against v2.5.1's social domain as a project would. */
async function metricFiles(): Promise<GoldMetric[]> {
  const index = new ModelIndex((await loadModel(RELEASE)).model);
  const { plan } = buildSchemaPlan(index, { domains: ['6 Sociaal Domein'] });
  const names = (await readdir(METRIC_DIR)).filter((f) => f.endsWith('.yaml') && !NOT_IN_SET.has(f));
  const files = await Promise.all(
    names.sort().map(async (f) => ({ file: f, text: await readFile(join(METRIC_DIR, f), 'utf8') })),
  );
  // the hand-written figures are for 2024–2026: the built-in metrics take those years too
  for (const f of files)
    if (isStandardMetricFile(f.text))
      f.text += `periods: { from: ${PERIODS[0]!.start}, to: ${PERIODS.at(-1)!.end} }\n`;
  const { metrics, diagnostics } = resolveProjectMetrics(files, {
    index,
    targets: silverTargetsFromPlan(plan),
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`gold bench: the metric files have errors: ${errors[0]!.message}`);
  return metrics;
}

/** Every figure by the hand-written queries: metric id → sorted `periode | dims | teller | noemer`. */
async function handWritten(engine: Engine): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const m of ALL_STANDARD_METRICS) {
    const lines: string[] = [];
    for (const p of PERIODS.filter((x) => m.grains.includes(x.grain))) {
      const rows = await engine.query(REFERENCE_SQL[m.id]!({ ...p, grain: p.grain as 'year' | 'halfyear' }));
      for (const r of rows) lines.push(line(m.id, r, p.label));
    }
    out.set(m.id, lines.sort());
  }
  return out;
}

async function sameFigures(engine: Engine, expected: Map<string, string[]>): Promise<void> {
  for (const m of ALL_STANDARD_METRICS) {
    const got = (await engine.query(`SELECT * FROM gold_intern.${m.id}`)).map((r) => line(m.id, r)).sort();
    const want = expected.get(m.id)!;
    if (got.length !== want.length || got.some((g, i) => g !== want[i]))
      throw new Error(
        `gold bench: ${m.id} differs from the hand-written SQL (${got.length} vs ${want.length} cells)`,
      );
  }
}

function line(id: string, r: Row, period?: string): string {
  const dims = ALL_STANDARD_METRICS.find((m) => m.id === id)!.dimensions.map((d) => String(r[d.name]));
  const f = (v: unknown) => (v === null || v === undefined ? 'null' : Number(v).toFixed(2));
  return [period ?? String(r['periode']), ...dims, f(r['teller']), f(r['noemer'])].join(' | ');
}
