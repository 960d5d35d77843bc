import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { MappingDialect } from '../../dialects/mapping-dialect.js';
import { batchSetBlocker, batchSetPass } from '../passes/batch-set-pass.js';
import { BATCH_SET, STAGE, type LoadPlan, type PlanStep, type TargetWrite } from '../plan/load-plan.js';
import { chainSelect } from './emit-batch-set.js';
import { LoadEmitter } from './emit-load-sql.js';

/**
 * A mapping's silver table as ONE query over all of bronze (for tools that materialise a SELECT,
 * such as dbt): the batch-set form of the plan with every batch in the set and an empty target, so
 * the rows are those `ggm run` writes applying the batches one by one. No ledger, no findings.
 */
export interface ModelSelect {
  /** `WITH ggm_batch …, ggm_stage …, ggm_chain … SELECT <silver columns> FROM ggm_chain s WHERE …`. */
  sql: string;
  /** The silver columns in select order. */
  columns: string[];
  /** What identifies a row of the table: the key, with valid_from when the key names the object. */
  uniqueKey: string[];
  /** Rows written for what was not yet in a table whose newest registration is `since` (see below). */
  touchedSince?: string;
}

export interface ModelSelectOptions {
  /** How a table is named in the query: bronze sources, silver tables a lookup reads. */
  relation: (schema: string, table: string) => string;
  /**
   * SQL for the newest registration time already in the table. When given and the table keeps
   * history with a registration column, `touchedSince` is the condition that keeps only the
   * objects a batch loaded after it changed (all their versions, so closed ones are rewritten).
   */
  since?: string;
}

export const MODEL_SELECT_CODES = {
  /** The mapping cannot be applied as one query (batchSetBlocker says why). */
  notOneQuery: 'GGM-X001',
} as const;

const ALL: { maxBatches: number; maxRows: number } = {
  maxBatches: Number.MAX_SAFE_INTEGER,
  maxRows: Number.MAX_SAFE_INTEGER,
};

/** A lowered load plan → its silver table as one query. Pure. */
export function emitModelSelect(
  plan: LoadPlan,
  dialect: MappingDialect,
  options: ModelSelectOptions,
): { model?: ModelSelect; diagnostics: Diagnostic[] } {
  const blocker = batchSetBlocker(plan);
  // A plan compiled with a batch bound is already in batch-set form.
  const chained = plan.steps.some((s) => s.kind === 'chain-batches');
  const set = blocker === undefined && !chained ? batchSetPass(plan, ALL) : plan;
  const find = <K extends PlanStep['kind']>(kind: K) =>
    set.steps.find((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
  const [pick, stage, chain, insert] = [
    find('pick-batch'),
    find('stage'),
    find('chain-batches'),
    find('insert-rows'),
  ];
  if (blocker !== undefined || !pick || !stage || !chain || !insert)
    return {
      diagnostics: [
        {
          code: MODEL_SELECT_CODES.notOneQuery,
          severity: 'error',
          message: `mapping ${plan.mapping} cannot be written as one query: ${blocker ?? 'no merge step'}`,
          hint: 'it loads only batch by batch with `ggm run`',
        },
      ],
    };
  const e = new ModelEmitter(dialect, options.relation);
  const { columns, values, which } = e.insertedRows(insert.write, insert.unless);
  const ctes = [
    `${e.id(STAGE.batch)} AS (\n${e.allBatches(pick.source)}\n)`,
    `${e.id(STAGE.stage)} AS (\n${e.stageSelect(stage)}\n)`,
    `${e.id(BATCH_SET.chain)} AS (\n${chainSelect(e, chain, true)}\n)`,
  ];
  const select = values.map((v, i) => `${v} AS ${e.id(columns[i]!)}`).join(',\n  ');
  const model: ModelSelect = {
    sql: `WITH ${ctes.join(',\n')}\nSELECT\n  ${select}\nFROM ${e.id(BATCH_SET.chain)} s\nWHERE ${which}`,
    columns,
    uniqueKey: uniqueKey(insert.write, plan.history),
  };
  const touched = options.since !== undefined ? e.touchedSince(insert.write, plan, options.since) : undefined;
  if (touched) model.touchedSince = touched;
  return { model, diagnostics: [] };
}

function uniqueKey(w: TargetWrite, history: LoadPlan['history']): string[] {
  if (w.identity || !w.history || history === 'none') return [w.keyColumn];
  return [w.keyColumn, w.history.validFrom];
}

/** The load emitter with names for a model: relations from the caller, every batch in the set. */
class ModelEmitter extends LoadEmitter {
  constructor(
    dialect: MappingDialect,
    private readonly relation: (schema: string, table: string) => string,
  ) {
    super(dialect, ALL);
  }

  override table(schema: string, name: string): string {
    return this.relation(schema, name);
  }

  /** The stage and chain are common table expressions of the one query, not session temp tables. */
  override temp(name: string): string {
    return this.id(name);
  }

  /** Every batch of the driving table in load order, numbered as a batch set numbers them. */
  allBatches(source: string): string {
    const b = this.id('_batch_id');
    const perBatch = `SELECT ${b} AS batch_id, MIN(CAST(${this.id('_loaded_at')} AS ${this.type({ kind: 'timestamp' })})) AS loaded_at FROM ${this.table('bronze', source)} GROUP BY ${b}`;
    return `SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq\nFROM (SELECT b.batch_id, ${this.x.text('b.batch_id')} AS batch_text, b.loaded_at FROM (${perBatch}) b) p`;
  }

  /** Snapshot rows of objects that a batch loaded after `since` changed (registration column needed). */
  touchedSince(w: TargetWrite, plan: LoadPlan, since: string): string | undefined {
    if (plan.history !== 'snapshot' || !w.history?.registeredAt) return undefined;
    const objects = (w.identity ?? []).length > 0 ? w.identity! : [STAGE.key];
    const same = objects.map((c) => `n.${this.id(c)} = s.${this.id(c)}`).join(' AND ');
    return `EXISTS (SELECT 1 FROM ${this.id(BATCH_SET.chain)} n WHERE ${same} AND ${this.isSet(`n.${this.id(BATCH_SET.changes)}`)} AND n.${this.id(BATCH_SET.loadedAt)} > ${since})`;
  }
}
