import { createHash } from 'node:crypto';
import type { LineageRecord } from '../../compiler/resolve/resolved-mapping.js';
import { sqlName, sqlTableName } from '../../dialects/identifiers.js';
import type { Engine, Row } from '../../engines/engine.js';
import { goldColumns, goldTableDdl } from '../../gold/gold-ddl.js';
import { GOLD_COLUMNS, GOLD_INTERNAL_SCHEMA, GOLD_SCHEMA } from '../../gold/gold-table.js';
import { yearAndHalfYearPeriods, type GoldPeriod } from '../../gold/sociaal/periods.js';
import { GGM_UITKERING_TABLES, GGM_UITKERINGEN } from '../../gold/sociaal/sociaal-basis.js';
import type { StandardMetric } from '../../gold/sociaal/standard-metric.js';
import {
  ALL_STANDARD_METRICS,
  standardMetricSelect,
  standardSetSteps,
  type StandardSetOptions,
} from '../../gold/sociaal/standard-set-sql.js';
import { suppressCells, type GoldCell } from '../../gold/suppress.js';
import { storeLineage } from '../lineage-store.js';
import { ensureGoldStore } from '../gold/materialise-metric.js';

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
  for (const m of ALL_STANDARD_METRICS) {
    const t0 = performance.now();
    const { cells, suppressed } = await publishMetric(engine, m, periods, threshold);
    steps.push({ name: m.id, ms: performance.now() - t0, cells, suppressed });
  }
  return { steps, periods, notes };
}

async function publishMetric(
  engine: Engine,
  m: StandardMetric,
  periods: readonly GoldPeriod[],
  threshold: number,
): Promise<{ cells: number; suppressed: number }> {
  const d = engine.dialect;
  const sql = standardMetricSelect(m, periods, 0);
  const dims = m.dimensions.map((x) => x.name);
  const staging = `${m.id}__staging`;
  const intern = sqlTableName(d, GOLD_INTERNAL_SCHEMA, staging);
  const published = sqlTableName(d, GOLD_SCHEMA, staging);
  for (const [schema, internal] of [
    [GOLD_SCHEMA, false],
    [GOLD_INTERNAL_SCHEMA, true],
  ] as const) {
    await engine.execute(`DROP TABLE IF EXISTS ${sqlTableName(d, schema, staging)}`);
    for (const s of goldTableDdl(d, m, schema, staging, internal)) await engine.execute(s);
  }
  // The cells are computed and stored in the engine (set-based, nothing row by row); only the
  // suppression pattern is decided in JS (src/gold/suppress.ts) and written back by cell key.
  const names = (internal: boolean) => goldColumns(m, internal).map((c) => sqlName(d, c.name));
  const persons = m.suppressOn ? `c.${m.suppressOn}` : 'NULL';
  await engine.execute(
    `INSERT INTO ${intern} (${names(true).join(', ')})
     SELECT c.periode, c.periode_start, c.periode_eind, c.grain, ${dims.map((x) => `c.${x}, `).join('')}c.teller, c.noemer, c.waarde, FALSE, ${persons}
     FROM (${sql}) c`,
  );
  const rows = periods.length === 0 ? [] : await engine.query(`SELECT * FROM ${intern}`);
  const cells = rows.map((r) => toCell(r, m, dims));
  if (m.suppressOn) suppressCells(cells, dims, threshold, m.additiveOverTime ?? false);
  const hidden = cells
    .filter((c) => c.suppressed)
    .map((c) => cellKeyText([c.period, ...dims.map((x) => c.dims[x]!)]));
  const keySql = `${[GOLD_COLUMNS.period, ...dims].map((x) => sqlName(d, x)).join(` || '${KEY_SEPARATOR}' || `)}`;
  for (let i = 0; i < hidden.length; i += 500) {
    const chunk = hidden.slice(i, i + 500).map((k) => `'${k.replace(/'/g, "''")}'`);
    await engine.execute(
      `UPDATE ${intern} SET ${sqlName(d, GOLD_COLUMNS.suppressed)} = TRUE WHERE ${keySql} IN (${chunk.join(', ')})`,
    );
  }
  const visible = (c: string) =>
    `CASE WHEN ${sqlName(d, GOLD_COLUMNS.suppressed)} THEN NULL ELSE ${sqlName(d, c)} END`;
  await engine.execute(
    `INSERT INTO ${published} (${names(false).join(', ')})
     SELECT ${[GOLD_COLUMNS.period, GOLD_COLUMNS.periodStart, GOLD_COLUMNS.periodEnd, GOLD_COLUMNS.grain, ...dims].map((x) => sqlName(d, x)).join(', ')},
       ${visible(GOLD_COLUMNS.numerator)}, ${visible(GOLD_COLUMNS.denominator)}, ${visible(GOLD_COLUMNS.value)}, ${sqlName(d, GOLD_COLUMNS.suppressed)}
     FROM ${intern}`,
  );
  const definitionHash = createHash('sha256')
    .update(JSON.stringify([m.definition, sql]))
    .digest('hex');
  await engine.transaction(async (tx) => {
    for (const schema of [GOLD_SCHEMA, GOLD_INTERNAL_SCHEMA]) {
      await tx.execute(`DROP TABLE IF EXISTS ${sqlTableName(d, schema, m.id)}`);
      await tx.execute(`ALTER TABLE ${sqlTableName(d, schema, staging)} RENAME TO ${sqlName(d, m.id)}`);
    }
    await tx.execute(`DELETE FROM meta.gold_metrics WHERE metric_id = $1`, [m.id]);
    await tx.execute(
      `INSERT INTO meta.gold_metrics VALUES ($1, $2, $3, $4, $5, CAST($6 AS TIMESTAMP), $7, $8)`,
      [
        m.id,
        m.title,
        JSON.stringify(descriptorOf(m)),
        definitionHash,
        definitionHash,
        new Date().toISOString().replace('T', ' ').replace('Z', ''),
        cells.length,
        cells.filter((c) => c.suppressed).length,
      ],
    );
    await storeLineage(tx, `gold:${m.id}`, lineage(m));
  });
  return { cells: cells.length, suppressed: cells.filter((c) => c.suppressed).length };
}

/** The descriptor part of a standard metric (what meta.gold_metrics keeps), without its SQL. */
function descriptorOf(m: StandardMetric) {
  const { with: _w, cells: _c, value: _v, suppressOn: _s, additiveOverTime: _a, ...descriptor } = m;
  return descriptor;
}

/** Table-level lineage: every gold column of the metric comes from every silver table it reads. */
function lineage(m: StandardMetric): LineageRecord[] {
  return m.sources.map((source) => {
    const [schema, table] = source.split('.') as [string, string];
    return {
      mapping: `gold:${m.id}`,
      target: { schema: GOLD_SCHEMA, table: m.id, column: 'teller' },
      sources: [{ schema, table, column: '*' }],
      transform: 'raw-sql' as const,
      expression: `${m.id}: standard set (src/gold/sociaal)`,
    };
  });
}

const KEY_SEPARATOR = ' ¦ ';
const cellKeyText = (parts: readonly string[]) => parts.join(KEY_SEPARATOR);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

function toCell(r: Row, m: StandardMetric, dims: readonly string[]): GoldCell {
  return {
    period: String(r['periode']),
    periodStart: iso(r['periode_start']),
    periodEnd: iso(r['periode_eind']),
    grain: String(r['grain']),
    dims: Object.fromEntries(dims.map((name) => [name, String(r[name])])),
    numerator: num(r['teller']),
    denominator: num(r['noemer']),
    persons: num(r['personen']),
    value: num(r['waarde']),
    suppressed: false,
  };
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

const REQUIRED: readonly [string, string][] = [
  ['silver', 'toewijzing'],
  ['silver', 'levering'],
  ['silver', 'declaratieregel'],
  ['silver', 'verzoek_om_toewijzing'],
  ['silver', 'natuurlijk_persoon'],
  ['silver', 'ingeschreven_persoon'],
  ['silver', 'leverancier_sociaal_domein_generiek'],
  ['silver', 'wet_enum'],
  ['silver', 'soort_verwijzer_enum'],
  ['sociaal_ext', 'toewijzing_extensie'],
];

async function requireInputs(engine: Engine): Promise<void> {
  const present = new Set<string>();
  for (const schema of ['silver', 'sociaal_ext'])
    for (const t of await engine.listTables(schema)) present.add(`${schema}.${t.name}`);
  const missing = REQUIRED.map(([s, t]) => `${s}.${t}`).filter((n) => !present.has(n));
  if (missing.length > 0) throw new StandardSetInputError(missing);
}

/** Years and half-years from the first to the last year a toewijzing starts or ends in silver. */
export async function periodsOfData(engine: Engine): Promise<GoldPeriod[]> {
  const [row] = await engine.query(
    `SELECT min(EXTRACT(YEAR FROM datum_start_toewijzing)) AS van,
      max(EXTRACT(YEAR FROM coalesce(datum_einde_toewijzing, datum_start_toewijzing))) AS tot
     FROM silver.toewijzing`,
  );
  const from = Number(row?.['van'] ?? NaN);
  const to = Number(row?.['tot'] ?? NaN);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  return yearAndHalfYearPeriods(from, Math.min(to, from + 30));
}
