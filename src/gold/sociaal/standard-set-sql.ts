import { GOLD_COLUMNS as G } from '../gold-table.js';
import { periodsSql, type GoldPeriod } from './periods.js';
import { sociaalBasisStatements, uitkeringStatements } from './sociaal-basis.js';
import type { StandardMetric } from './standard-metric.js';
import { STANDARD_SET, STANDARD_SET_SQL } from './standard-set.js';
import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';
import { jeugdhulpTrajectStatements } from './trajectories.js';
import { ZORGPAD_METRICS, ZORGPAD_SQL, zorgpadStatements } from './zorgpaden.js';

/** Every metric of the standard set, zorgpaden included. */
export const ALL_STANDARD_METRICS: readonly StandardMetric[] = [...STANDARD_SET, ...ZORGPAD_METRICS];

/** The cells of the metrics whose SQL differs per engine; the others are the same text everywhere. */
const ENGINE_SQL = { ...STANDARD_SET_SQL, ...ZORGPAD_SQL };

export interface StandardSetOptions {
  periods: readonly GoldPeriod[];
  /** Cells with fewer persons than this are suppressed; 0 switches suppression off (default 5). */
  threshold?: number;
  /** A query `(bsn, datum_start, datum_einde)` of Participatiewet provisions; absent: none (see docs). */
  uitkeringen?: string;
  /** The gemeente code (BRP 09.10 gemeente van inschrijving) whose inhabitants are the denominators. */
  gemeente?: string;
  /** The engine's date arithmetic and type names (its dialect's `gold`); default DuckDB/PostgreSQL. */
  syntax?: StandardSqlSyntax;
}

/**
 * The SELECT that yields a metric's gold long table (src/gold/gold-table.ts): periode, periode_start,
 * periode_eind, grain, the dimension columns, teller, noemer, waarde, onderdrukt. Pure; DuckDB and
 * PostgreSQL run the same text (the default `s`), other engines give their dialect's `gold` syntax.
 */
export function standardMetricSelect(
  m: StandardMetric,
  periods: readonly GoldPeriod[],
  threshold = 5,
  s: StandardSqlSyntax = PORTABLE_SQL,
): string {
  const sql = s === PORTABLE_SQL ? m : (ENGINE_SQL[m.id]?.(s) ?? m);
  const dims = m.dimensions.map((d) => `c.${d.name}`);
  const personsCell = m.suppressOn ? `c.${m.suppressOn === 'teller' ? 'teller' : 'noemer'}` : undefined;
  const suppressed =
    personsCell && threshold > 0 ? `(${personsCell} > 0 AND ${personsCell} < ${threshold})` : s.never;
  const scale = m.scale ?? 1;
  // DuckDB divides decimals in double precision, PostgreSQL exactly, so 11606 / 80 = 145.075 rounds to
  // 145.07 on one and 145.08 on the other. Both divide in double here (IEEE: the same quotient), nudged
  // 1e-9 away from zero so a half-way case rounds away from zero on both, then rounded as a decimal.
  const q = `CAST(c.teller AS ${s.doubleType}) * ${scale} / c.noemer`;
  const value =
    m.value === 'ratio'
      ? `CASE WHEN c.noemer > 0 THEN round(CAST(${q} + sign(${q}) * 0.000000001 AS DECIMAL(38, 6)), 2) END`
      : 'c.teller';
  const ctes = [
    `perioden AS (${periodsSql(periods, m.grains, s)})`,
    ...(sql.with ?? []),
    `cellen AS (${sql.cells})`,
  ];
  return `WITH ${ctes.join(',\n')}
SELECT c.periode AS ${G.period}, p.periode_start AS ${G.periodStart}, p.periode_eind AS ${G.periodEnd}, p.grain AS ${G.grain},
  ${dims.map((d) => `${d},`).join(' ')}
  CASE WHEN ${suppressed} THEN NULL ELSE c.teller END AS ${G.numerator},
  CASE WHEN ${suppressed} THEN NULL ELSE c.noemer END AS ${G.denominator},
  CASE WHEN ${suppressed} THEN NULL ELSE ${value} END AS ${G.value},
  ${s.flag(suppressed)} AS ${G.suppressed}
FROM cellen c JOIN perioden p ON p.periode = c.periode`;
}

/** One unit of work of the materialisation: a named list of statements. */
export interface GoldStep {
  name: string;
  statements: string[];
}

/**
 * Everything `gold` needs for the standard set, in order: the base tables, gold_intern.sd_uitkering, the
 * trajectory and zorgpad tables, then one table per metric (dropped and recreated).
 */
export function standardSetSteps(options: StandardSetOptions): GoldStep[] {
  const threshold = options.threshold ?? 5;
  const s = options.syntax ?? PORTABLE_SQL;
  return [
    {
      name: 'basis',
      statements: [...sociaalBasisStatements(options, s), ...uitkeringStatements(options.uitkeringen, s)],
    },
    { name: 'sd_jeugdhulptraject', statements: jeugdhulpTrajectStatements(s) },
    { name: 'zorgpad', statements: zorgpadStatements(s) },
    ...ALL_STANDARD_METRICS.map((m) => ({
      name: m.id,
      statements: [
        `DROP TABLE IF EXISTS gold.${m.id}`,
        `CREATE TABLE gold.${m.id} AS\n${standardMetricSelect(m, options.periods, threshold, s)}`,
      ],
    })),
  ];
}
