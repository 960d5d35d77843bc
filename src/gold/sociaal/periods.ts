import type { PeriodGrain } from '../gold-table.js';
import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';

/** One gold period: its label (`2025`, `2025H1`), first and last day, grain. */
export interface GoldPeriod {
  label: string;
  start: string;
  end: string;
  grain: PeriodGrain;
}

/** Years and CBS half-years from `fromYear` to `toYear` inclusive, in order (year first, then H1, H2). */
export function yearAndHalfYearPeriods(fromYear: number, toYear: number): GoldPeriod[] {
  const out: GoldPeriod[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    out.push({ label: `${y}`, start: `${y}-01-01`, end: `${y}-12-31`, grain: 'year' });
    out.push({ label: `${y}H1`, start: `${y}-01-01`, end: `${y}-06-30`, grain: 'halfyear' });
    out.push({ label: `${y}H2`, start: `${y}-07-01`, end: `${y}-12-31`, grain: 'halfyear' });
  }
  return out;
}

/**
 * The periods as a portable SQL row source `(periode, periode_start, periode_eind, grain)`; the same
 * text runs on DuckDB and PostgreSQL. `grains` keeps only those grains (stapeling is per year).
 */
export function periodsSql(
  periods: readonly GoldPeriod[],
  grains?: readonly PeriodGrain[],
  s: StandardSqlSyntax = PORTABLE_SQL,
): string {
  const kept = periods.filter((p) => !grains || grains.includes(p.grain));
  if (kept.length === 0) {
    return `SELECT CAST(NULL AS ${s.textType}) AS periode, CAST(NULL AS DATE) AS periode_start, CAST(NULL AS DATE) AS periode_eind, CAST(NULL AS ${s.textType}) AS grain WHERE 1 = 0`;
  }
  return kept
    .map(
      (p) =>
        `SELECT CAST('${p.label}' AS ${s.textType}) AS periode, ${s.date(p.start)} AS periode_start, ${s.date(p.end)} AS periode_eind, CAST('${p.grain}' AS ${s.textType}) AS grain`,
    )
    .join('\nUNION ALL ');
}
