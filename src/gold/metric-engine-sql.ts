import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import { compileMetric } from './compile-metric.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import { periodsBetween } from './periods.js';
import { metricFile, type GoldMetric } from './project-metrics.js';
import { yearAndHalfYearPeriods } from './sociaal/periods.js';
import { GGM_UITKERINGEN, sociaalBasisStatements, uitkeringStatements } from './sociaal/sociaal-basis.js';
import { standardMetricSelect } from './sociaal/standard-set-sql.js';
import { jeugdhulpTrajectStatements } from './sociaal/trajectories.js';
import { zorgpadStatements } from './sociaal/zorgpaden.js';
import { additiveOverTime } from './suppress.js';

/** The SQL a metric runs on one engine: statements to run first, then the query of its cells. */
export interface MetricEngineSql {
  /** `standaard:` metrics: the shared base tables in gold_intern (CREATE TABLE … AS); else none. */
  setup: string[];
  /** One row per cell, unsuppressed (suppression runs in code over these rows). */
  query: string;
  diagnostics: Diagnostic[];
}

/**
 * A project metric as SQL for an engine that has gold syntax, over the metric's own periods or else
 * `range` (where `ggm run` takes the range of the data). Pure: what `ggm run`'s gold step computes,
 * for engines it does not run on here (Databricks, Snowflake). `incomeSilver`: whether the warehouse
 * has the Participatiewet silver stapeling reads (the gold step looks; default: the plan has it).
 */
export function metricEngineSql(
  metric: GoldMetric,
  dialect: SqlDialect,
  range: { from: string; to: string },
  options: { incomeSilver?: boolean } = {},
): MetricEngineSql {
  const g = dialect.gold;
  if (!g || !dialect.mapping)
    return {
      setup: [],
      query: '',
      diagnostics: [
        goldDiagnostic(C.noGoldSyntax, 'error', `gold metrics do not compile for ${dialect.label}`, {
          file: metricFile(metric),
        }),
      ],
    };
  if (metric.standard) {
    const s = metric.standard;
    const years = s.periods ?? range;
    const periods = yearAndHalfYearPeriods(Number(years.from.slice(0, 4)), Number(years.to.slice(0, 4)));
    const uitkeringen = (options.incomeSilver ?? s.optionalSources.length > 0) ? GGM_UITKERINGEN : undefined;
    return {
      setup: [
        ...sociaalBasisStatements(s.gemeente ? { gemeente: s.gemeente } : {}, g),
        ...uitkeringStatements(uitkeringen, g),
        ...jeugdhulpTrajectStatements(g),
        ...zorgpadStatements(g),
      ],
      query: standardMetricSelect(s.standard, periods, 0, g),
      diagnostics: [],
    };
  }
  const r = metric.resolved;
  const own = r.periods ?? range;
  // As the gold step does: figures that add up over time run over whole years.
  const aligned = additiveOverTime(r)
    ? { from: `${own.from.slice(0, 4)}-01-01`, to: `${own.to.slice(0, 4)}-12-31` }
    : own;
  const compiled = compileMetric(
    r,
    dialect,
    periodsBetween(aligned.from, aligned.to, metric.descriptor.grains),
  );
  return { setup: [], query: compiled.sql, diagnostics: compiled.diagnostics };
}
