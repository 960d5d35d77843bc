import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { getDialect } from '../dialects/dialect-registry.js';
import type { MappingDialectName } from '../dialects/engine-names.js';
import { sqlTableName } from '../dialects/identifiers.js';
import { compileMetric } from '../gold/compile-metric.js';
import { GOLD_INTERNAL_SCHEMA } from '../gold/gold-table.js';
import { periodsBetween } from '../gold/periods.js';
import { metricFile, type GoldMetric } from '../gold/project-metrics.js';
import { DBT_CODES } from './dbt-codes.js';
import { config, ref, source } from './dbt-jinja.js';

export interface DbtGoldModel {
  name: string;
  title: string;
  definition: string;
  file: string;
  sql: string;
}

/**
 * Declarative gold metrics as models in `gold_intern`: the metric's aggregate query for the engine
 * (compileMetric) over the periods given, reading silver through `ref`. The figures are unsuppressed:
 * small-cell suppression runs in `ggm run`'s code, not in SQL, so the published `gold.<id>` is not
 * built here. Built-in metrics of the standard set and engines without gold syntax are left out
 * (GGM-X006).
 */
export function goldModels(
  metrics: readonly GoldMetric[],
  engine: MappingDialectName,
  models: ReadonlySet<string>,
  range: { from: string; to: string },
): { models: DbtGoldModel[]; silverSources: string[]; diagnostics: Diagnostic[] } {
  const dialect = getDialect(engine);
  const out: DbtGoldModel[] = [];
  const silverSources: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const leftOut = (m: GoldMetric, why: string) =>
    diagnostics.push({
      code: DBT_CODES.metricLeftOut,
      severity: 'warning',
      message: `gold metric ${m.descriptor.id} is not in the dbt project: ${why}`,
      at: { file: metricFile(m) },
    });
  for (const m of metrics) {
    if (!m.resolved) {
      leftOut(m, 'a built-in metric of the standard set (its SQL is built by ggm run)');
      continue;
    }
    const periods = periodsBetween(
      m.resolved.periods?.from ?? range.from,
      m.resolved.periods?.to ?? range.to,
      m.descriptor.grains,
    );
    const compiled = compileMetric(m.resolved, dialect, periods);
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      leftOut(m, errors.map((d) => `${d.code} ${d.message}`).join('; '));
      continue;
    }
    let sql = compiled.sql;
    for (const input of m.descriptor.sources) {
      const [schema, table] = input.split('.') as [string, string];
      let relation = source(schema, table);
      if (schema === 'silver' && models.has(table)) relation = ref(table);
      else if (schema === 'silver' && !silverSources.includes(table)) silverSources.push(table);
      sql = sql.split(sqlTableName(dialect, schema, table)).join(relation);
    }
    out.push({
      name: m.descriptor.id,
      title: m.descriptor.title,
      definition: m.descriptor.definition,
      file: `models/gold/${m.descriptor.id}.sql`,
      sql: [
        config({ materialized: 'table', schema: GOLD_INTERNAL_SCHEMA }),
        '',
        `-- ggm export dbt: gold metric ${m.descriptor.id} (${metricFile(m)}), periods ${periods[0]?.label ?? ''} … ${periods.at(-1)?.label ?? ''}`,
        '-- Unsuppressed figures (gold_intern): small-cell suppression is done by ggm run, not here.',
        sql,
        '',
      ].join('\n'),
    });
  }
  return { models: out, silverSources, diagnostics };
}
