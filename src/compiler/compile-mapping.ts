import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ModelIndex } from '../model/model-index.js';
import { emitLoadSql, formatLoadScript, pendingBatchesSql } from './emit/emit-load-sql.js';
import { getMappingDialect, type MappingDialectName } from '../dialects/dialect-registry.js';
import { batchSetBlocker, batchSetPass } from './passes/batch-set-pass.js';
import { expandHistoryPass } from './passes/expand-history-pass.js';
import { buildLoadPlan } from './plan/build-load-plan.js';
import type { BatchBound, LoadPlan } from './plan/load-plan.js';
import type { BronzeColumns } from './resolve/resolve-sources.js';
import { resolveMapping } from './resolve/resolve-mapping.js';
import type { LineageRecord, ResolvedMapping } from './resolve/resolved-mapping.js';
import type { SilverTargets } from './resolve/silver-target.js';
import type { MappingSpec } from './spec/mapping-spec.js';
import { parseMapping } from './spec/parse-mapping.js';

export interface CompileContext {
  index: ModelIndex;
  /** Silver tables by class id, e.g. `silverTargetsFromPlan(buildSchemaPlan(…).plan)`. */
  targets: SilverTargets;
  /** Bronze tables and their columns when known (introspected); names are checked against them. */
  bronze?: BronzeColumns;
}

export interface CompiledSql {
  /** Statements in order, to run in one transaction. */
  statements: string[];
  /** The statements wrapped in BEGIN/COMMIT, as a script. */
  script: string;
  /** Counts the batches still to apply; run the statements until it returns 0. */
  pendingSql: string;
}

export interface CompiledMapping {
  spec?: MappingSpec;
  resolved?: ResolvedMapping;
  /**
   * The plan that runs: lowered (history modes expanded) and, with a batch bound, able to apply
   * several batches per pass. `ggm compile`, `--dry-run` and the run all read this one.
   */
  plan?: LoadPlan;
  /** Why this mapping applies one batch per pass although a bound was given (see batchSetBlocker). */
  oneBatchPerPass?: string;
  sql: Partial<Record<MappingDialectName, CompiledSql>>;
  lineage: LineageRecord[];
  diagnostics: Diagnostic[];
}

/**
 * Mapping file text → spec → resolved mapping → plan → SQL for each dialect asked for. Pure: the
 * caller reads files and introspects databases. Stops after the first stage with errors.
 */
export interface CompileOptions {
  /**
   * How many pending batches one pass may apply together (batchSetPass). Absent or 1: one batch per
   * pass, the plain form the golden SQL shows.
   */
  batchBound?: BatchBound;
}

export function compileMapping(
  text: string,
  file: string,
  ctx: CompileContext,
  dialects: readonly MappingDialectName[] = ['duckdb', 'postgres'],
  options: CompileOptions = {},
): CompiledMapping {
  const parsed = parseMapping(text, file);
  const diagnostics = [...parsed.diagnostics];
  const out: CompiledMapping = { sql: {}, lineage: [], diagnostics };
  if (!parsed.spec || hasErrors(diagnostics)) return parsed.spec ? { ...out, spec: parsed.spec } : out;
  out.spec = parsed.spec;
  const resolved = resolveMapping(parsed.spec, ctx);
  diagnostics.push(...resolved.diagnostics);
  if (!resolved.mapping) return out;
  out.resolved = resolved.mapping;
  out.lineage = resolved.mapping.lineage;
  const lowered = expandHistoryPass(buildLoadPlan(resolved.mapping));
  out.plan = options.batchBound ? batchSetPass(lowered, options.batchBound) : lowered;
  if (options.batchBound && options.batchBound.maxBatches > 1 && out.plan === lowered)
    out.oneBatchPerPass = batchSetBlocker(lowered) ?? 'no merge step';
  for (const name of dialects) {
    const dialect = getMappingDialect(name);
    const emitted = emitLoadSql(out.plan, dialect);
    diagnostics.push(...emitted.diagnostics.map((d) => ({ ...d, at: d.at ?? { file } })));
    const header = [
      `ggm load: mapping ${out.plan.mapping} → ${out.plan.target.schema}.${out.plan.target.table} (${out.plan.targetClass})`,
      `history: ${out.plan.history}; applies ${out.plan === lowered ? 'the oldest pending bronze batch' : `the oldest pending bronze batches (at most ${options.batchBound!.maxBatches} batches, ${options.batchBound!.maxRows} rows)`}, one transaction; re-running is a no-op when none is pending`,
    ];
    out.sql[name] = {
      statements: emitted.statements,
      script: formatLoadScript(emitted.statements, dialect, header),
      pendingSql: pendingBatchesSql(out.plan, dialect),
    };
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
