import { emitModelSelect } from '../compiler/emit/emit-model-select.js';
import type { LoadPlan } from '../compiler/plan/load-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { getMappingDialect, type MappingDialectName } from '../dialects/dialect-registry.js';
import type { DbtAdapter } from './dbt-adapters.js';
import { DBT_CODES } from './dbt-codes.js';
import { config, END_IF, IF_INCREMENTAL, ref, source, THIS } from './dbt-jinja.js';

/** A silver model: its SQL file and what schema.yml says about it. */
export interface DbtSilverModel {
  name: string;
  mapping: string;
  file: string;
  sql: string;
  materialized: 'table' | 'incremental';
  columns: string[];
  uniqueKey: string[];
  /** Other relations it reads: bronze tables and silver tables that are no model. */
  sources: { schema: string; table: string }[];
}

/**
 * One model per mapping, its query from the compiler's plan for the adapter's engine
 * (emitModelSelect): bronze as `source('bronze', …)`, silver tables other models build as `ref`.
 * History (snapshot with a registration column) is an incremental model that rewrites the objects new
 * batches changed; the others are tables rebuilt from all of bronze.
 */
export function silverModels(
  mappings: readonly { file: string; plan: LoadPlan }[],
  adapter: DbtAdapter,
  engine: MappingDialectName,
): { models: DbtSilverModel[]; diagnostics: Diagnostic[] } {
  const dialect = getMappingDialect(engine);
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const kept: { file: string; plan: LoadPlan }[] = [];
  for (const m of mappings) {
    const table = m.plan.target.table;
    const owner = owners.get(table);
    if (owner !== undefined) {
      diagnostics.push({
        code: DBT_CODES.sameTable,
        severity: 'error',
        message: `mappings ${owner} and ${m.plan.mapping} both write silver.${table}; dbt builds a table from one model, so ${m.plan.mapping} is left out`,
        at: { file: m.file },
      });
      continue;
    }
    owners.set(table, m.plan.mapping);
    kept.push(m);
  }
  const models: DbtSilverModel[] = [];
  for (const { file, plan } of kept) {
    const sources: DbtSilverModel['sources'] = [];
    const relation = (schema: string, table: string) => {
      if (schema === plan.target.schema && owners.has(table)) return ref(table);
      if (!sources.some((s) => s.schema === schema && s.table === table)) sources.push({ schema, table });
      return source(schema, table);
    };
    const registered = registeredAtColumn(plan);
    const since = registered
      ? `(SELECT MAX(${dialect.quoteIdentifier(registered)}) FROM ${THIS})`
      : undefined;
    const r = emitModelSelect(plan, dialect, { relation, ...(since ? { since } : {}) });
    diagnostics.push(...r.diagnostics.map((d) => ({ ...d, at: d.at ?? { file } })));
    if (!r.model) continue;
    const { model } = r;
    const incremental = model.touchedSince !== undefined;
    const settings: Record<string, string | readonly string[]> = incremental
      ? {
          materialized: 'incremental',
          unique_key: model.uniqueKey,
          incremental_strategy: adapter.incrementalStrategy,
        }
      : { materialized: 'table' };
    const header = [
      `-- ggm export dbt: mapping ${plan.mapping} → ${plan.target.schema}.${plan.target.table} (${plan.targetClass})`,
      `-- history: ${plan.history}; generated from the load plan for ${engine} (ggm compile --engine ${engine}); do not edit`,
    ];
    const sql = [
      config(settings),
      '',
      ...header,
      model.sql,
      ...(incremental ? [IF_INCREMENTAL, `  AND ${model.touchedSince}`, END_IF] : []),
      '',
    ].join('\n');
    models.push({
      name: plan.target.table,
      mapping: plan.mapping,
      file: `models/silver/${plan.target.table}.sql`,
      sql,
      materialized: incremental ? 'incremental' : 'table',
      columns: model.columns,
      uniqueKey: model.uniqueKey,
      sources,
    });
  }
  return { models, diagnostics };
}

function registeredAtColumn(plan: LoadPlan): string | undefined {
  for (const s of plan.steps)
    if (s.kind === 'merge' || s.kind === 'insert-rows') return s.write.history?.registeredAt;
  return undefined;
}
