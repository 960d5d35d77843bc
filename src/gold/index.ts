/**
 * Gold metrics: metric files → spec → resolved against the model and silver → SQL per engine; periods,
 * the long-table shape and small-cell suppression. Pure; materialising is the pipeline's.
 */
export { parseMetric, type ParsedMetric } from './parse-metric.js';
export { resolveMetric, type GoldContext } from './resolve-metric.js';
export { resolveProjectMetrics, type GoldMetric } from './project-metrics.js';
export { compileMetric, compileFactRange, GOLD_UNKNOWN, type CompiledMetric } from './compile-metric.js';
export { periodsBetween, parsePeriodLabel, type Period } from './periods.js';
export { suppressCells, recomputableCells, type GoldCell } from './suppress.js';
export { GOLD_CODES } from './gold-codes.js';
export {
  GOLD_COLUMNS,
  GOLD_TOTAL,
  GOLD_SCHEMA,
  GOLD_INTERNAL_SCHEMA,
  GOLD_PERSONS_COLUMN,
  type GoldMetricDescriptor,
  type GoldDimension,
  type PeriodGrain,
} from './gold-table.js';
export type { MetricSpec } from './metric-spec.js';
export type { ResolvedMetric } from './resolved-metric.js';
