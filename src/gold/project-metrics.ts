import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import type { GoldMetricDescriptor } from './gold-table.js';
import { parseMetric } from './parse-metric.js';
import { resolveMetric, type GoldContext } from './resolve-metric.js';
import type { ResolvedMetric } from './resolved-metric.js';
import {
  isStandardMetricFile,
  resolveStandardMetricFile,
  type ResolvedStandardMetric,
} from './standard-metric-file.js';

/**
 * A metric of a project: what people and the API see, and what the compiler needs: a declarative
 * metric (`resolved`) or a built-in one of the standard set named by `standaard:` (`standard`).
 */
export type GoldMetric =
  | { descriptor: GoldMetricDescriptor; resolved: ResolvedMetric; standard?: undefined }
  | { descriptor: GoldMetricDescriptor; standard: ResolvedStandardMetric; resolved?: undefined };

/** The metric file a metric comes from. */
export const metricFile = (m: GoldMetric): string => (m.resolved ? m.resolved.file : m.standard.file);

/**
 * The metric files of a project (`gold/*.yaml`, text already read) → metrics checked against the model
 * and silver. Pure; ids must be unique. A file with errors gives diagnostics and no metric.
 */
export function resolveProjectMetrics(
  files: readonly { file: string; text: string }[],
  ctx: GoldContext,
): { metrics: GoldMetric[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const metrics: GoldMetric[] = [];
  for (const { file, text } of files) {
    if (isStandardMetricFile(text)) {
      const standard = resolveStandardMetricFile(text, file, ctx);
      diagnostics.push(...standard.diagnostics);
      const m = standard.metric;
      if (!m) continue;
      if (metrics.some((x) => x.descriptor.id === m.descriptor.id))
        diagnostics.push(
          goldDiagnostic(C.duplicate, 'error', `two metrics have id ${m.descriptor.id}`, { file }),
        );
      else metrics.push(m);
      continue;
    }
    const parsed = parseMetric(text, file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.spec) continue;
    if (metrics.some((m) => m.descriptor.id === parsed.spec!.id.value)) {
      diagnostics.push(
        goldDiagnostic(
          C.duplicate,
          'error',
          `two metrics have id ${parsed.spec.id.value}`,
          parsed.spec.id.at,
        ),
      );
      continue;
    }
    const resolved = resolveMetric(parsed.spec, text, ctx);
    diagnostics.push(...resolved.diagnostics);
    if (resolved.metric) metrics.push({ descriptor: resolved.metric.descriptor, resolved: resolved.metric });
  }
  return { metrics, diagnostics };
}
