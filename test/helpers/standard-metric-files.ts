import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveProjectMetrics, type GoldMetric } from '../../src/gold/project-metrics.js';
import { isStandardMetricFile } from '../../src/gold/standard-metric-file.js';
import { sociaalContext } from './gold-silver.js';

const GOLD_DIR = fileURLToPath(new URL('../../examples/sociaal/gold/', import.meta.url));

/**
 * The shipped `standaard:` metric files of examples/sociaal/gold, resolved against v2.5.1's social
 * domain as a project would. `id` renames a metric; `extra` replaces the file's periods, suppression and
 * gemeente (YAML lines appended after removing those keys).
 */
export async function standardMetricFiles(
  o: { id?: (id: string) => string; extra?: string } = {},
): Promise<GoldMetric[]> {
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, text: readFileSync(GOLD_DIR + file, 'utf8') }))
    .filter((f) => isStandardMetricFile(f.text))
    .map(({ file, text }) => {
      let t = text.replace(/^(periods|suppression|gemeente):.*$/gm, '');
      if (o.id) t = t.replace(/^id: (\w+)$/m, (_, id: string) => `id: ${o.id!(id)}`);
      return { file, text: o.extra ? `${t}\n${o.extra}\n` : t };
    });
  const { metrics, diagnostics } = resolveProjectMetrics(files, await sociaalContext());
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.code} ${d.message}`).join('; '));
  return metrics;
}
