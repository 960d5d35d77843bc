import type { BatchBound, LoadPlan, PlanExpr, PlanStep, TargetWrite } from '../plan/load-plan.js';
import type { Expr } from '../spec/expression-ast.js';

/** Applied when nothing else is said: big enough to absorb per-batch cost, small enough for memory. */
export const DEFAULT_BATCH_BOUND: BatchBound = { maxBatches: 500, maxRows: 200_000 };

/**
 * Lets one pass of a lowered load plan apply several pending batches at once, with exactly the result
 * of applying them one by one in batch order (silver rows, findings, ledger). The pick takes up to
 * `bound` batches; a `chain-batches` step after the findings works out, per object, which staged rows
 * the batch-by-batch application would have written and with which validity.
 *
 * Returns the plan unchanged (one batch per pass) when the bound is 1 or when the mapping could see
 * its own earlier batches (see `batchSetBlocker`).
 */
export function batchSetPass(plan: LoadPlan, bound: BatchBound): LoadPlan {
  if (bound.maxBatches <= 1 || batchSetBlocker(plan) !== undefined) return plan;
  const merge = plan.steps.find(isMergeStep);
  if (!merge) return plan;
  const steps: PlanStep[] = [];
  for (const step of plan.steps) {
    if (step === merge) steps.push({ kind: 'chain-batches', mode: plan.history, write: merge.write });
    steps.push(step.kind === 'pick-batch' ? { ...step, set: { ...bound } } : step);
  }
  return { ...plan, steps };
}

/** The steps whose batch-set form is known; a plan with any other step keeps one batch per pass. */
const CHAINED_STEPS: ReadonlySet<string> = new Set<PlanStep['kind']>([
  'ensure-meta',
  'pick-batch',
  'stage',
  'record-findings',
  'chain-batches',
  'merge',
  'close-changed',
  'close-missing',
  'delete-changed',
  'delete-tombstoned',
  'close-tombstoned',
  'insert-rows',
  'record-batch',
  'drop-stage',
]);

/**
 * Why this plan must apply one batch per pass, or undefined when batches can go together:
 * - a step this pass does not know (a feature added later must say how its rows chain first);
 * - `close_missing`: every batch closes what it lacks, so each batch is a full state of its own;
 * - a lookup into the mapping's own target: a later batch would find rows an earlier one wrote;
 * - raw SQL naming silver, meta or the stage tables: it could do the same, or read the one batch.
 */
export function batchSetBlocker(plan: LoadPlan): string | undefined {
  const unknown = plan.steps.find((s) => !CHAINED_STEPS.has(s.kind));
  if (unknown) return `step ${unknown.kind} has no batch-set form`;
  if (plan.steps.some((s) => s.kind === 'close-missing' || (s.kind === 'merge' && s.closeMissing)))
    return 'close_missing: each batch is a full extract';
  const exprs = planExprs(plan).flatMap(descendants);
  const own = (e: PlanExpr) =>
    e.kind === 'lookup' && e.schema === plan.target.schema && e.table === plan.target.table;
  if (exprs.some(own)) return 'looks up its own target table';
  const raw = exprs.flatMap((e) => (e.kind === 'raw' ? Object.values(e.sql) : []));
  if (raw.some((sql) => /\b(silver|meta|ggm_\w+)\b/i.test(sql)))
    return 'raw SQL reads silver, meta or the stage tables';
  return undefined;
}

function isMergeStep(s: PlanStep): s is Extract<PlanStep, { write: TargetWrite }> {
  return (
    s.kind === 'merge' ||
    s.kind === 'close-changed' ||
    s.kind === 'close-missing' ||
    s.kind === 'delete-changed' ||
    s.kind === 'insert-rows'
  );
}

function planExprs(plan: LoadPlan): PlanExpr[] {
  return plan.steps.flatMap((s): PlanExpr[] => {
    if (s.kind !== 'stage') return [];
    return [
      ...s.key,
      s.validFrom,
      ...(s.where ? [s.where] : []),
      ...(s.deleteWhen ? [s.deleteWhen] : []),
      ...s.sources.flatMap((src) => (src.join ? [src.join.on] : [])),
      ...s.columns.flatMap((c) => [c.value, ...(c.probe ? [c.probe.input] : [])]),
    ];
  });
}

/** An expression and everything inside it. */
export function descendants(e: PlanExpr): PlanExpr[] {
  return [e, ...planChildren(e).flatMap(descendants)];
}

function planChildren(e: PlanExpr): PlanExpr[] {
  switch (e.kind) {
    case 'cast':
    case 'truncate':
    case 'code-map':
      return [e.expr];
    case 'surrogate-key':
    case 'row-hash':
    case 'lookup':
      return e.parts;
    case 'batch':
    case 'now':
    case 'column':
    case 'literal':
    case 'raw':
      return [];
    case 'call':
      return e.args;
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'is-null':
      return [e.operand];
    case 'case':
      return [...e.branches.flatMap((b) => [b.when, b.then]), ...(e.otherwise ? [e.otherwise] : [])];
  }
}

/**
 * The expression with every `batch` node replaced by `replace(field)`: in a batch set each row reads
 * the id and load time of its own batch instead of the one picked batch.
 */
export function mapBatchRefs(e: PlanExpr, replace: (field: 'id' | 'loaded-at') => PlanExpr): PlanExpr {
  const m = (x: PlanExpr) => mapBatchRefs(x, replace);
  const mx = (x: Expr) => mapBatchRefs(x, replace) as Expr;
  switch (e.kind) {
    case 'batch':
      return replace(e.field);
    case 'cast':
    case 'truncate':
    case 'code-map':
      return { ...e, expr: m(e.expr) } as PlanExpr;
    case 'surrogate-key':
    case 'row-hash':
    case 'lookup':
      return { ...e, parts: e.parts.map(m) } as PlanExpr;
    case 'call':
      return { ...e, args: e.args.map(mx) };
    case 'unary':
      return { ...e, operand: mx(e.operand) };
    case 'binary':
      return { ...e, left: mx(e.left), right: mx(e.right) };
    case 'is-null':
      return { ...e, operand: mx(e.operand) };
    case 'case':
      return {
        ...e,
        branches: e.branches.map((b) => ({ when: mx(b.when), then: mx(b.then) })),
        ...(e.otherwise ? { otherwise: mx(e.otherwise) } : {}),
      };
    default:
      return e;
  }
}
