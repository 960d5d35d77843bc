import { createHash } from 'node:crypto';
import type { Engine } from '../../engines/engine.js';
import type { GoldMetricDescriptor } from '../../gold/gold-table.js';
import type { GoldPeriod } from '../../gold/sociaal/periods.js';
import {
  GGM_UITKERING_TABLES,
  GGM_UITKERINGEN,
  STANDARD_BASE_SOURCES,
} from '../../gold/sociaal/sociaal-basis.js';
import { standardLineage } from '../../gold/sociaal/standard-lineage.js';
import type { StandardMetric } from '../../gold/sociaal/standard-metric.js';
import {
  ALL_STANDARD_METRICS,
  standardMetricSelect,
  standardSetSteps,
  type StandardSetOptions,
} from '../../gold/sociaal/standard-set-sql.js';
import { ensureGoldStore } from '../gold/gold-store.js';
import { forgetStandardBase, periodsOfData } from '../gold/materialise-standard-metric.js';
import { publishStandardMetric } from '../gold/publish-standard-metric.js';

export { periodsOfData } from '../gold/materialise-standard-metric.js';

export interface MaterialiseResult {
  /** Per step (helper tables, then each metric) its name, milliseconds and, for metrics, cells. */
  steps: { name: string; ms: number; cells?: number; suppressed?: number }[];
  periods: readonly GoldPeriod[];
  /** Things the figures lack because the warehouse lacks them (Dutch-free, for the command's output). */
  notes: string[];
}

/**
 * Builds the social-domain standard set on an open warehouse: the helper views and tables in
 * `gold_intern` (sd_*, zorgpad), then per metric `gold.<id>` (suppressed: primary below the threshold,
 * secondary over the margins, src/gold/suppress.ts) and `gold_intern.<id>` (unsuppressed, with persons),
 * its row in `meta.gold_metrics` and its lineage (`gold:<id>`), swapped in one transaction per metric.
 */
export async function materialiseStandardSet(
  engine: Engine,
  options: Partial<StandardSetOptions> = {},
): Promise<MaterialiseResult> {
  await requireInputs(engine);
  await ensureGoldStore(engine);
  const notes: string[] = [];
  let uitkeringen = options.uitkeringen;
  if (uitkeringen === undefined) {
    const silver = new Set((await engine.listTables('silver')).map((t) => t.name));
    if (GGM_UITKERING_TABLES.every((t) => silver.has(t))) uitkeringen = GGM_UITKERINGEN;
    else notes.push('no silver.inkomensvoorziening: stapeling counts Wmo and Jeugdwet only');
  }
  const periods = options.periods ?? (await periodsOfData(engine));
  if (periods.length === 0) notes.push('no toewijzingen in silver: no periods, every metric is empty');
  const threshold = options.threshold ?? 5;
  const steps: MaterialiseResult['steps'] = [];
  const all = standardSetSteps({ ...options, uitkeringen, periods, threshold: 0 });
  for (const step of all.filter((s) => !ALL_STANDARD_METRICS.some((m) => m.id === s.name))) {
    const t0 = performance.now();
    for (const sql of step.statements) await engine.execute(sql);
    steps.push({ name: step.name, ms: performance.now() - t0 });
  }
  // the base tables now follow this command's options: the gold step of `standaard:` files rebuilds them
  await forgetStandardBase(engine);
  const present = new Set<string>();
  for (const schema of ['silver', 'sociaal_ext'])
    for (const t of await engine.listTables(schema)) present.add(`${schema}.${t.name}`);
  for (const m of ALL_STANDARD_METRICS) {
    const t0 = performance.now();
    const { cells, suppressed } = await publishMetric(engine, m, periods, threshold, present);
    steps.push({ name: m.id, ms: performance.now() - t0, cells, suppressed });
  }
  return { steps, periods, notes };
}

/** A standard metric of the command: its own descriptor and column lineage, fingerprinted by its SQL. */
async function publishMetric(
  engine: Engine,
  m: StandardMetric,
  periods: readonly GoldPeriod[],
  threshold: number,
  present: ReadonlySet<string>,
): Promise<{ cells: number; suppressed: number }> {
  const hash = createHash('sha256')
    .update(JSON.stringify([m.definition, standardMetricSelect(m, periods, 0)]))
    .digest('hex');
  const r = await publishStandardMetric(engine, {
    descriptor: descriptorOf(m),
    standard: m,
    periods,
    threshold,
    definitionHash: hash,
    fingerprint: hash,
    lineage: standardLineage(m, present),
  });
  return { cells: r.cells, suppressed: r.primary + r.secondary };
}

/** The descriptor part of a standard metric (what meta.gold_metrics keeps), without its SQL. */
function descriptorOf(m: StandardMetric): GoldMetricDescriptor {
  const { with: _w, cells: _c, value: _v, suppressOn: _s, additiveOverTime: _a, gaps: _g, ...descriptor } = m;
  return descriptor;
}

/** The standard set's input is missing from the warehouse (GGM-K101): which tables, and what makes them. */
export class StandardSetInputError extends Error {
  readonly code = 'GGM-K101';
  constructor(readonly missing: readonly string[]) {
    super(
      `GGM-K101 the standard set needs ${missing.join(', ')}: run the project first (ggm run) with the iWmo/iJw mappings of examples/sociaal; the sociaal_ext views come with its istandaarden source`,
    );
    this.name = 'StandardSetInputError';
  }
}

async function requireInputs(engine: Engine): Promise<void> {
  const present = new Set<string>();
  for (const schema of ['silver', 'sociaal_ext'])
    for (const t of await engine.listTables(schema)) present.add(`${schema}.${t.name}`);
  const missing = STANDARD_BASE_SOURCES.filter((n) => !present.has(n));
  if (missing.length > 0) throw new StandardSetInputError(missing);
}
