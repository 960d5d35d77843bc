import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sqlName, sqlString, sqlTableName } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { GoldSyntax } from '../dialects/gold-syntax.js';
import { ExpressionEmitter } from '../compiler/emit/emit-expression.js';
import type { PlanExpr } from '../compiler/plan/load-plan.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import { GOLD_COLUMNS, GOLD_TOTAL } from './gold-table.js';
import type { Period } from './periods.js';
import { dimensionLabel as label } from './dimension-label-sql.js';
import { trajectoryCtes } from './trajectory-sql.js';

export { GOLD_UNKNOWN } from './dimension-label-sql.js';
import type { ResolvedDimension, ResolvedMetric, ResolvedQuery } from './resolved-metric.js';

/** Column of the aggregate query with the number of distinct persons of a cell (for suppression). */
export const PERSONS_COLUMN = 'personen';

export interface CompiledMetric {
  /** One row per period × dimension values (GOLD_TOTAL for the margins); unsuppressed. */
  sql: string;
  /** Result columns in order: the gold columns up to `noemer`, then PERSONS_COLUMN. */
  columns: string[];
  diagnostics: Diagnostic[];
}

/**
 * A resolved metric → one aggregate query for one engine over the given periods: the facts joined to
 * every period they fall in, grouped by period and CUBE of the dimensions, the denominator joined on
 * the dimensions it shares. Pure; engine differences come from the dialect (`mapping`, `gold`).
 */
export function compileMetric(
  metric: ResolvedMetric,
  dialect: SqlDialect,
  periods: readonly Period[],
): CompiledMetric {
  const diagnostics: Diagnostic[] = [];
  const mapping = dialect.mapping;
  const g = dialect.gold;
  if (!mapping || !g) {
    diagnostics.push(
      goldDiagnostic(C.noGoldSyntax, 'error', `gold metrics do not compile for ${dialect.label}`, {
        file: metric.file,
      }),
    );
    return { sql: '', columns: [], diagnostics };
  }
  const e = new ExpressionEmitter(mapping);
  const q = (n: string) => sqlName(dialect, n);
  const str = (s: string) => sqlString(s, dialect);
  const text = mapping.type({ kind: 'text' });
  const x = (expr: PlanExpr) => e.emit(expr);
  const dims = metric.dimensions;
  const dimCol = (d: { name: string }) => q(`ggm_d_${d.name}`);
  const ctes: string[] = [];

  if (periods.length === 0) {
    diagnostics.push(goldDiagnostic(C.noPeriods, 'error', 'no periods to compute', { file: metric.file }));
    return { sql: '', columns: [], diagnostics };
  }
  const reference = (p: Period) => (metric.time.reference === 'start' ? p.start : p.end);
  ctes.push(
    `ggm_periods (periode, periode_start, periode_eind, grain, peildatum) AS (${g.valuesQuery(
      periods.map(
        (p) =>
          `(${str(p.label)}, ${g.date(p.start)}, ${g.date(p.end)}, ${str(p.grain)}, ${g.date(reference(p))})`,
      ),
    )})`,
  );

  ctes.push(`ggm_facts AS (\n  ${factSelect(metric, dialect, e)}\n)`);
  let facts = 'ggm_facts';
  if (metric.trajectories) {
    facts = 'ggm_trajectories';
    ctes.push(...trajectoryCtes(metric, g, dims.map(dimCol)));
  }

  // Cells: facts × the periods they count in, with the dimension labels of that period.
  const condition = `${factCondition(metric)}${metric.age ? ` AND ${inBand(g, 'f.ggm_birth', metric.age.band)}` : ''}`;
  const lookups = dims.flatMap((d, i) =>
    d.kind === 'value' && d.lookup
      ? [
          `LEFT JOIN ${sqlTableName(dialect, d.lookup.schema, d.lookup.table)} ggm_lk${i} ON CAST(ggm_lk${i}.${q(d.lookup.key)} AS ${text}) = CAST(f.${dimCol(d)} AS ${text})`,
        ]
      : [],
  );
  const cellDims = dims.map(
    (d, i) => `${label(d, `f.${dimCol(d)}`, `ggm_lk${i}`, g, text, q, str)} AS ${dimCol(d)}`,
  );
  const measureValue =
    metric.measure.kind === 'duration' || metric.trajectories?.count === 'mean_duration'
      ? `(${g.daysBetween('f.ggm_start', 'f.ggm_end')} + 1)`
      : 'f.ggm_measure';
  ctes.push(
    `ggm_cells AS (\n  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person, ${measureValue} AS ggm_measure${cellDims.map((c) => `, ${c}`).join('')}\n  FROM ggm_periods p JOIN ${facts} f ON ${condition}${lookups.map((l) => `\n  ${l}`).join('')}\n)`,
  );

  const groupBy = (prefix: string, ds: readonly ResolvedDimension[]) =>
    `GROUP BY ${prefix}periode, ${prefix}periode_start, ${prefix}periode_eind, ${prefix}grain${
      ds.length > 0 ? `, CUBE(${ds.map((d) => `${prefix}${dimCol(d)}`).join(', ')})` : ''
    }`;
  const totalled = (prefix: string, d: ResolvedDimension) =>
    `CASE WHEN ${g.grouping(`${prefix}${dimCol(d)}`)} = 1 THEN ${str(GOLD_TOTAL)} ELSE ${prefix}${dimCol(d)} END AS ${dimCol(d)}`;
  const persons = metric.person ? 'COUNT(DISTINCT c.ggm_person)' : 'NULL';
  const numerator = (() => {
    if (metric.trajectories)
      return metric.trajectories.count === 'mean_duration' ? 'AVG(c.ggm_measure)' : 'COUNT(*)';
    switch (metric.measure.kind) {
      case 'persons':
        return 'COUNT(DISTINCT c.ggm_person)';
      case 'count':
        return 'COUNT(*)';
      case 'sum':
        return 'SUM(c.ggm_measure)';
      case 'duration':
        return 'AVG(c.ggm_measure)';
    }
  })();
  ctes.push(
    `ggm_num AS (\n  SELECT c.periode, c.periode_start, c.periode_eind, c.grain${dims
      .map((d) => `, ${totalled('c.', d)}`)
      .join(
        '',
      )}, ${numerator} AS teller, ${persons} AS ggm_persons\n  FROM ggm_cells c\n  ${groupBy('c.', dims)}\n)`,
  );

  const den = metric.denominator;
  let shared: ResolvedDimension[] = [];
  if (den?.kind === 'population') {
    shared = dims.filter((d) => den.dimensions[d.name]);
    const popColumns = [
      `${x(den.person)} AS ggm_person`,
      `${den.start ? x(den.start) : 'NULL'} AS ggm_start`,
      `${den.end ? x(den.end) : 'NULL'} AS ggm_end`,
      `${den.age ? x(den.age) : 'NULL'} AS ggm_birth`,
      ...shared.map((d) => `${x(den.dimensions[d.name]!)} AS ${dimCol(d)}`),
    ];
    ctes.push(
      `ggm_population AS (\n  SELECT ${popColumns.join(', ')}\n  ${fromWhere(den.query, dialect, e)}\n)`,
    );
    const popLookups = shared.flatMap((d) => {
      const i = dims.indexOf(d);
      return d.kind === 'value' && d.lookup
        ? [
            `LEFT JOIN ${sqlTableName(dialect, d.lookup.schema, d.lookup.table)} ggm_lk${i} ON CAST(ggm_lk${i}.${q(d.lookup.key)} AS ${text}) = CAST(f.${dimCol(d)} AS ${text})`,
          ]
        : [];
    });
    ctes.push(
      `ggm_den_cells AS (\n  SELECT p.periode, p.periode_start, p.periode_eind, p.grain, f.ggm_person${shared
        .map(
          (d) =>
            `, ${label(d, `f.${dimCol(d)}`, `ggm_lk${dims.indexOf(d)}`, g, text, q, str)} AS ${dimCol(d)}`,
        )
        .join(
          '',
        )}\n  FROM ggm_periods p JOIN ggm_population f ON (f.ggm_start IS NULL OR f.ggm_start <= p.peildatum) AND (f.ggm_end IS NULL OR f.ggm_end ${den.endExclusive ? '>' : '>='} p.peildatum)${metric.age && den.age ? ` AND ${inBand(g, 'f.ggm_birth', metric.age.band)}` : ''}${popLookups
        .map((l) => `\n  ${l}`)
        .join('')}\n)`,
    );
    ctes.push(
      `ggm_den AS (\n  SELECT c.periode${shared.map((d) => `, ${totalled('c.', d)}`).join('')}, COUNT(DISTINCT c.ggm_person) AS noemer\n  FROM ggm_den_cells c\n  ${groupBy('c.', shared)}\n)`,
    );
  } else if (den?.kind === 'table') {
    shared = dims.filter((d) => den.dimensions[d.name]);
    const src = `(SELECT CAST(${q(den.period)} AS ${text}) AS periode, CAST(${q(den.value)} AS ${mapping.numericType}) AS ggm_value${shared
      .map((d) => `, CAST(${q(den.dimensions[d.name]!)} AS ${text}) AS ${dimCol(d)}`)
      .join('')} FROM ${sqlTableName(dialect, den.schema, den.table)})`;
    ctes.push(
      `ggm_den AS (\n  SELECT c.periode${shared.map((d) => `, ${totalled('c.', d)}`).join('')}, SUM(c.ggm_value) AS noemer\n  FROM ${src} c\n  GROUP BY c.periode${
        shared.length > 0 ? `, CUBE(${shared.map((d) => `c.${dimCol(d)}`).join(', ')})` : ''
      }\n)`,
    );
  }

  const out = [
    'n.periode',
    'n.periode_start',
    'n.periode_eind',
    'n.grain',
    ...dims.map((d) => `n.${dimCol(d)} AS ${q(d.name)}`),
    `n.teller AS ${q(GOLD_COLUMNS.numerator)}`,
    `${den ? (den.kind === 'persons' ? 'n.ggm_persons' : 'd.noemer') : 'NULL'} AS ${q(GOLD_COLUMNS.denominator)}`,
    `n.ggm_persons AS ${q(PERSONS_COLUMN)}`,
  ];
  const joinDen =
    den && den.kind !== 'persons'
      ? `\nLEFT JOIN ggm_den d ON d.periode = n.periode${shared.map((d) => ` AND d.${dimCol(d)} = n.${dimCol(d)}`).join('')}`
      : '';
  const sql = `WITH ${ctes.join(',\n')}\nSELECT ${out.join(', ')}\nFROM ggm_num n${joinDen}\nORDER BY n.grain, n.periode${dims
    .map((d) => `, n.${dimCol(d)}`)
    .join('')}`;
  diagnostics.push(...e.diagnostics);
  return {
    sql,
    columns: [
      GOLD_COLUMNS.period,
      GOLD_COLUMNS.periodStart,
      GOLD_COLUMNS.periodEnd,
      GOLD_COLUMNS.grain,
      ...dims.map((d) => d.name),
      GOLD_COLUMNS.numerator,
      GOLD_COLUMNS.denominator,
      PERSONS_COLUMN,
    ],
    diagnostics,
  };
}

/** The facts: one row per population row with what the cells need. */
function factSelect(metric: ResolvedMetric, dialect: SqlDialect, e: ExpressionEmitter): string {
  const x = (expr: PlanExpr) => e.emit(expr);
  const q = (n: string) => sqlName(dialect, n);
  const t = metric.time;
  const columns = [
    `${metric.person ? x(metric.person) : 'NULL'} AS ggm_person`,
    ...(t.kind === 'interval'
      ? [`${x(t.start)} AS ggm_start`, `${t.end ? x(t.end) : 'NULL'} AS ggm_end`]
      : [`${x(t.date)} AS ggm_start`, `${x(t.date)} AS ggm_end`]),
    `${metric.measure.value ? x(metric.measure.value) : 'NULL'} AS ggm_measure`,
    ...metric.dimensions.map((d) => `${x(d.kind === 'age' ? d.birth : d.value)} AS ${q(`ggm_d_${d.name}`)}`),
    ...(metric.trajectories?.by ?? []).map((b, i) => `${x(b)} AS ggm_by${i}`),
    ...(metric.age ? [`${x(metric.age.birth)} AS ggm_birth`] : []),
  ];
  return `SELECT ${columns.join(', ')}\n  ${fromWhere(metric.query, dialect, e)}`;
}

/**
 * The dates the facts span (`first`, `last_start`, `last_end`) and how many are still open (`open`),
 * for metrics without a fixed period range: the periods then run from the first to the last date in
 * the data (to the end of that year when an interval is still open).
 */
export function compileFactRange(metric: ResolvedMetric, dialect: SqlDialect): string {
  const e = new ExpressionEmitter(dialect.mapping!);
  return `WITH ggm_facts AS (\n  ${factSelect(metric, dialect, e)}\n)\nSELECT MIN(ggm_start) AS first, MAX(ggm_start) AS last_start, MAX(ggm_end) AS last_end, COUNT(ggm_start) - COUNT(ggm_end) AS open FROM ggm_facts`;
}

/** FROM … LEFT JOIN … WHERE, open versions only for versioned tables. */
function fromWhere(query: ResolvedQuery, dialect: SqlDialect, e: ExpressionEmitter): string {
  const q = (n: string) => sqlName(dialect, n);
  const [first, ...rest] = query.tables;
  const parts = [`FROM ${sqlTableName(dialect, first!.schema, first!.table)} ${q(first!.alias)}`];
  for (const t of rest) {
    const on = [
      t.onExpr
        ? `(${e.emit(t.onExpr)})`
        : `${q(t.alias)}.${q(t.on!.column)} = ${q(t.on!.otherAlias)}.${q(t.on!.otherColumn)}`,
    ];
    if (t.validTo) on.push(`${q(t.alias)}.${q(t.validTo)} IS NULL`);
    parts.push(`LEFT JOIN ${sqlTableName(dialect, t.schema, t.table)} ${q(t.alias)} ON ${on.join(' AND ')}`);
  }
  const where = [
    ...(first!.validTo ? [`${q(first!.alias)}.${q(first!.validTo)} IS NULL`] : []),
    ...(query.where ? [e.emit(query.where)] : []),
  ];
  if (where.length > 0) parts.push(`WHERE ${where.join(' AND ')}`);
  return parts.join('\n  ');
}

/** When a fact (or trajectory) counts in period p. */
function factCondition(metric: ResolvedMetric): string {
  const active = 'f.ggm_start <= p.periode_eind AND (f.ggm_end IS NULL OR f.ggm_end >= p.periode_start)';
  const within = (col: string) => `${col} >= p.periode_start AND ${col} <= p.periode_eind`;
  if (metric.trajectories) {
    switch (metric.trajectories.count) {
      case 'running':
        return active;
      case 'started':
        return within('f.ggm_start');
      case 'ended':
      case 'mean_duration':
        return within('f.ggm_end');
    }
  }
  if (metric.time.kind === 'event') return within('f.ggm_start');
  if (metric.measure.kind === 'duration') return within('f.ggm_end');
  return active;
}

/** A birth date whose age at the period's reference date is in the band. */
function inBand(g: GoldSyntax, birth: string, band: { from: number; to?: number }): string {
  const age = g.ageInYears(birth, 'p.peildatum');
  return `${age} >= ${band.from}${band.to !== undefined ? ` AND ${age} <= ${band.to}` : ''}`;
}
