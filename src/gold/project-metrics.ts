import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import type { GoldMetricDescriptor } from './gold-table.js';
import { parseMetric } from './parse-metric.js';
import { resolveMetric, type GoldContext } from './resolve-metric.js';
import type { ResolvedMetric } from './resolved-metric.js';

/** A metric of a project: what people and the API see, and what the compiler needs. */
export interface GoldMetric {
  descriptor: GoldMetricDescriptor;
  resolved: ResolvedMetric;
}

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
