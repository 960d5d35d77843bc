import { createHash } from 'node:crypto';
import type { LineageRecord } from '../../compiler/resolve/resolved-mapping.js';
import { sqlName, sqlTableName } from '../../dialects/identifiers.js';
import type { Engine, Row, SqlParam, SqlSession } from '../../engines/engine.js';
import { compileFactRange, compileMetric, PERSONS_COLUMN } from '../../gold/compile-metric.js';
import { GOLD_CODES } from '../../gold/gold-codes.js';
import { goldColumns, goldTableDdl } from '../../gold/gold-ddl.js';
import { GOLD_INTERNAL_SCHEMA, GOLD_SCHEMA } from '../../gold/gold-table.js';
import { periodsBetween } from '../../gold/periods.js';
import type { GoldMetric } from '../../gold/project-metrics.js';
import { additiveOverTime, cellValue, suppressCells, type GoldCell } from '../../gold/suppress.js';
import { storeLineage } from '../lineage-store.js';
import {
  inputState,
  type GoldBuildResult,
  recordGoldMetric,
  storedFingerprint,
  swapStagingIntoPlace,
  tablesExist,
} from './gold-store.js';
import { materialiseStandardMetric } from './materialise-standard-metric.js';

export { ensureGoldStore, recordGoldMetric, type GoldBuildResult } from './gold-store.js';

/**
 * Computes one metric into `gold.<id>` (suppressed, published) and `gold_intern.<id>` (unsuppressed),
 * unless its fingerprint (definition, compiled SQL, the state of every input table) is the one stored
 * in `meta.gold_metrics` and the tables exist. Both tables are built under staging names and swapped in
 * one transaction with the catalog row and the lineage, so a crash leaves the previous figures.
 */
export async function materialiseMetric(
  engine: Engine,
  metric: GoldMetric,
  options: { force?: boolean; uitkeringen?: string } = {},
): Promise<GoldBuildResult> {
  if (metric.standard) return materialiseStandardMetric(engine, metric, options);
  const d = engine.dialect;
  const { descriptor, resolved } = metric;
  const id = descriptor.id;
  const missing: string[] = [];
  for (const source of descriptor.sources) {
    const [schema, name] = source.split('.') as [string, string];
    if (!(await engine.describeTable({ schema, name }))) missing.push(source);
  }
  if (missing.length > 0)
    throw new Error(
      `${GOLD_CODES.missingInput} ${id} reads ${missing.join(', ')}, which the warehouse does not have (no mapping fills it, or its source is not loaded)`,
    );
  const range = resolved.periods ?? (await dataRange(engine, metric));
  // Figures that add up over time are suppressed across grains too; whole years make every grain tile.
  const aligned =
    range && additiveOverTime(resolved)
      ? { from: `${range.from.slice(0, 4)}-01-01`, to: `${range.to.slice(0, 4)}-12-31` }
      : range;
  const periods = aligned ? periodsBetween(aligned.from, aligned.to, descriptor.grains) : [];
  const compiled = periods.length > 0 ? compileMetric(resolved, d, periods) : undefined;
  const errors = compiled?.diagnostics.filter((x) => x.severity === 'error') ?? [];
  if (errors.length > 0) throw new Error(`${id}: ${errors.map((x) => `${x.code} ${x.message}`).join('; ')}`);
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        resolved.definitionHash,
        compiled?.sql ?? '',
        await inputState(engine, descriptor.sources),
      ]),
    )
    .digest('hex');
  const unchanged =
    !options.force &&
    (await storedFingerprint(engine, id)) === fingerprint &&
    (await tablesExist(engine, id));
  if (unchanged) return { metric: id, status: 'unchanged', cells: 0, primary: 0, secondary: 0, fingerprint };

  const rows = compiled ? await engine.query(compiled.sql) : [];
  const dims = descriptor.dimensions.map((x) => x.name);
  const cells = rows.map((r) => toCell(r, dims));
  const { primary, secondary } = suppressCells(
    cells,
    dims,
    descriptor.suppressionThreshold ?? 0,
    additiveOverTime(resolved),
  );
  for (const c of cells) c.value = cellValue(c, descriptor.scale);

  const staging = `${id}__staging`;
  for (const [schema, internal] of [
    [GOLD_SCHEMA, false],
    [GOLD_INTERNAL_SCHEMA, true],
  ] as const) {
    await engine.execute(`DROP TABLE IF EXISTS ${sqlTableName(d, schema, staging)}`);
    for (const s of goldTableDdl(d, descriptor, schema, staging, internal)) await engine.execute(s);
    await insertCells(engine, schema, staging, descriptor, cells, internal);
  }
  await engine.transaction(async (tx) => {
    await swapStagingIntoPlace(tx, id, staging);
    await recordGoldMetric(tx, {
      descriptor,
      definitionHash: resolved.definitionHash,
      fingerprint,
      computedAt: new Date(),
      cells: cells.length,
      suppressed: cells.filter((c) => c.suppressed).length,
    });
    await storeLineage(tx, `gold:${id}`, lineageRecords(metric));
  });
  return { metric: id, status: 'built', cells: cells.length, primary, secondary, fingerprint };
}

/** From the first to the last date in the data (undefined without facts). */
async function dataRange(
  engine: Engine,
  metric: GoldMetric & { resolved: object },
): Promise<{ from: string; to: string } | undefined> {
  const [row] = await engine.query(compileFactRange(metric.resolved, engine.dialect));
  const first = isoDate(row?.['first']);
  const last = [isoDate(row?.['last_start']), isoDate(row?.['last_end'])]
    .filter((x): x is string => !!x)
    .sort()
    .pop();
  if (!first || !last) return undefined;
  // An interval still running runs on past the last date in the data: to the end of that year.
  return { from: first, to: Number(row?.['open'] ?? 0) > 0 ? `${last.slice(0, 4)}-12-31` : last };
}

function isoDate(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function toCell(r: Row, dims: readonly string[]): GoldCell {
  return {
    period: String(r['periode']),
    periodStart: isoDate(r['periode_start'])!,
    periodEnd: isoDate(r['periode_eind'])!,
    grain: String(r['grain']),
    dims: Object.fromEntries(dims.map((name) => [name, String(r[name])])),
    numerator: num(r['teller']),
    denominator: num(r['noemer']),
    persons: num(r[PERSONS_COLUMN]),
    value: null,
    suppressed: false,
  };
}

/** Multi-row INSERTs of at most 200 cells (never row by row); suppressed cells published without figures. */
async function insertCells(
  session: Pick<SqlSession, 'execute' | 'dialect'>,
  schema: string,
  table: string,
  descriptor: GoldMetric['descriptor'],
  cells: readonly GoldCell[],
  internal: boolean,
): Promise<void> {
  const columns = goldColumns(descriptor, internal);
  const d = session.dialect;
  const cast = (type: string, p: string) =>
    type === 'date' ? `CAST(${p} AS DATE)` : type === 'decimal' ? `CAST(${p} AS DECIMAL(18, 4))` : p;
  for (let i = 0; i < cells.length; i += 200) {
    const chunk = cells.slice(i, i + 200);
    const params: SqlParam[] = [];
    const values = chunk.map((c) => {
      const hide = c.suppressed && !internal;
      const row: SqlParam[] = [
        c.period,
        c.periodStart,
        c.periodEnd,
        c.grain,
        ...descriptor.dimensions.map((x) => c.dims[x.name] ?? null),
        hide ? null : c.numerator,
        hide ? null : c.denominator,
        hide ? null : c.value,
        c.suppressed,
        ...(internal ? [c.persons] : []),
      ];
      return `(${row
        .map((v, j) => {
          params.push(v);
          return cast(columns[j]!.type.kind, `$${params.length}`);
        })
        .join(', ')})`;
    });
    await session.execute(
      `INSERT INTO ${sqlTableName(d, schema, table)} (${columns.map((c) => sqlName(d, c.name)).join(', ')}) VALUES ${values.join(', ')}`,
      params,
    );
  }
}

/** One edge per (gold column, silver column it reads), as `meta.lineage` rows of mapping `gold:<id>`. */
function lineageRecords(metric: GoldMetric & { resolved: object }): LineageRecord[] {
  const { descriptor, resolved } = metric;
  return Object.entries(resolved.lineage).map(([column, sources]) => ({
    mapping: `gold:${descriptor.id}`,
    target: { schema: GOLD_SCHEMA, table: descriptor.id, column },
    sources,
    transform: 'expression',
    expression: resolved.lineageExpressions?.[column] ?? `${descriptor.id}: ${column}`,
  }));
}
