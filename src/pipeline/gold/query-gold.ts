import { didYouMean } from '../../diagnostics/suggest.js';
import { sqlName, sqlTableName } from '../../dialects/identifiers.js';
import type { Engine } from '../../engines/engine.js';
import { GOLD_CODES as C } from '../../gold/gold-codes.js';
import { GOLD_COLUMNS, GOLD_SCHEMA, GOLD_TOTAL, type GoldMetricDescriptor } from '../../gold/gold-table.js';
import { parsePeriodLabel } from '../../gold/periods.js';

export interface GoldQuery {
  /** Period labels (`2025H1`); empty: every period. */
  periods?: readonly string[];
  /** Dimensions to break down by; the others are at their total. Empty: the totals only. */
  by?: readonly string[];
}

/** A bad `--period` or `--by`: a coded message with the nearest names. */
export class GoldQueryError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'GoldQueryError';
  }
}

/** Rows of the published (suppressed) `gold.<id>` for these periods and this breakdown. */
export async function queryGold(
  engine: Engine,
  descriptor: GoldMetricDescriptor,
  query: GoldQuery = {},
): Promise<Record<string, string | number | boolean | null>[]> {
  const names = descriptor.dimensions.map((d) => d.name);
  for (const b of query.by ?? [])
    if (!names.includes(b))
      throw new GoldQueryError(
        `${descriptor.id} has no dimension ${b}`,
        C.unknownDimension,
        didYouMean(b, names) ??
          (names.length > 0 ? `dimensions: ${names.join(', ')}` : 'it has no dimensions'),
      );
  for (const p of query.periods ?? [])
    if (!parsePeriodLabel(p))
      throw new GoldQueryError(`${p} is not a period`, C.badValue, 'write 2025, 2025H1, 2025Q3 or 2025-03');
  const d = engine.dialect;
  const q = (n: string) => sqlName(d, n);
  const params: string[] = [];
  const where: string[] = [];
  for (const name of names) {
    params.push(GOLD_TOTAL);
    where.push(`${q(name)} ${query.by?.includes(name) ? '<>' : '='} $${params.length}`);
  }
  if (query.periods?.length) {
    where.push(
      `${q(GOLD_COLUMNS.period)} IN (${query.periods.map((p) => (params.push(p), `$${params.length}`)).join(', ')})`,
    );
  }
  const columns = [
    GOLD_COLUMNS.period,
    GOLD_COLUMNS.grain,
    ...names,
    GOLD_COLUMNS.numerator,
    GOLD_COLUMNS.denominator,
    GOLD_COLUMNS.value,
    GOLD_COLUMNS.suppressed,
  ];
  const rows = await engine.query(
    `SELECT ${columns.map(q).join(', ')} FROM ${sqlTableName(d, GOLD_SCHEMA, descriptor.id)}${
      where.length ? ` WHERE ${where.join(' AND ')}` : ''
    } ORDER BY ${[GOLD_COLUMNS.grain, GOLD_COLUMNS.periodStart, ...names].map(q).join(', ')}`,
    params,
  );
  const numeric = new Set<string>([GOLD_COLUMNS.numerator, GOLD_COLUMNS.denominator, GOLD_COLUMNS.value]);
  return rows.map((r) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = r[c];
        if (v === null || v === undefined) return [c, null];
        if (numeric.has(c)) return [c, Number(v)];
        if (c === GOLD_COLUMNS.suppressed) return [c, v === true || v === 'true'];
        return [c, String(v)];
      }),
    ),
  );
}
