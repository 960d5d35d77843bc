import { randomBytes } from 'node:crypto';
import { mappingDialectOf } from '../dialects/engine-names.js';
import { runCheckStep } from './checks/run-check-step.js';
import { readableDirectories } from '../project/project-config.js';
import type { CheckResult } from '../checks/check-types.js';
import type { Engine } from '../engines/engine.js';
import { ensureWarehouse } from '../ingest/bronze/meta-tables.js';
import { ingestSources } from '../ingest/bronze/ingest-project.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { ensureLineageStore, storeLineage } from './lineage-store.js';
import type { OpenedProject } from './project-service.js';
import { closeInterruptedRuns, ensureRunLedger, finishRun, recordStep, startRun } from './run-ledger.js';
import { FORMAT_VIEWS } from '../ingest/bronze/format-views.js';
import { ensureGoldStore, materialiseMetric } from './gold/materialise-metric.js';
import type { BuildStep, GoldStep, LoadStep, PrepareStep, RunPlan, RunStep, ViewsStep } from './run-plan.js';
import { missingTables } from './silver-schema.js';
import { orderStageDdlFirst } from './stage-ddl-order.js';
import { throttledProgress, type ProgressReporter, type StepProgress } from './step-progress.js';

export type StepStatus = 'succeeded' | 'failed' | 'skipped';

export interface StepOutcome {
  step: RunStep;
  status: StepStatus;
  ms: number;
  /** Batches loaded (load) or applied (build); tables created (prepare). */
  batches: number;
  rows: number;
  message?: string;
  /** Check steps: each check's result. */
  checks?: CheckResult[];
}

export type RunEvent =
  | { type: 'start'; runId: string; total: number; interrupted: number }
  | { type: 'step-start'; step: RunStep; index: number; total: number }
  | { type: 'step-end'; outcome: StepOutcome; index: number; total: number }
  /** Within a long step (load, build), throttled: what is done of what there was to do. */
  | { type: 'step-progress'; step: RunStep; index: number; total: number; progress: StepProgress };

export interface RunResult {
  runId: string;
  status: 'succeeded' | 'failed';
  outcomes: StepOutcome[];
}

/**
 * Carries out a run plan on an open engine. Every unit of work commits on its own: a bronze batch with
 * its meta.batches row, a silver batch with its meta.applied_batches row. A run killed at any moment
 * therefore leaves only whole units behind, and the next run picks up what is still pending.
 */
export async function executeRun(
  engine: Engine,
  project: OpenedProject,
  plan: RunPlan,
  onEvent: (event: RunEvent) => void = () => undefined,
  /** Least time between two step-progress events of one step. */
  progressEveryMs = 2000,
): Promise<RunResult> {
  await ensureWarehouse(engine);
  await ensureRunLedger(engine);
  await ensureLineageStore(engine);
  const runId = `run-${new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
  const interrupted = await closeInterruptedRuns(engine, new Date());
  await startRun(engine, {
    runId,
    project: project.config.dir,
    startedAt: new Date(),
    steps: plan.steps.length,
  });
  onEvent({ type: 'start', runId, total: plan.steps.length, interrupted });
  const outcomes: StepOutcome[] = [];
  const failed = new Set<string>();
  for (const [index, step] of plan.steps.entries()) {
    onEvent({ type: 'step-start', step, index, total: plan.steps.length });
    const started = new Date();
    let outcome: StepOutcome;
    const blocker = step.dependsOn.find((d) => failed.has(d));
    if (blocker) {
      outcome = { step, status: 'skipped', ms: 0, batches: 0, rows: 0, message: `${blocker} failed` };
    } else {
      try {
        const report = throttledProgress(
          (progress) => onEvent({ type: 'step-progress', step, index, total: plan.steps.length, progress }),
          progressEveryMs,
        );
        const { failed: checkFailed, ...work } = await runStep(engine, project, step, runId, report);
        outcome = { step, status: checkFailed ? 'failed' : 'succeeded', ms: 0, ...work };
      } catch (error) {
        outcome = { step, status: 'failed', ms: 0, batches: 0, rows: 0, message: (error as Error).message };
      }
    }
    outcome.ms = Date.now() - started.getTime();
    if (outcome.status !== 'succeeded') failed.add(step.id);
    await recordStep(engine, {
      runId,
      stepId: step.id,
      kind: step.kind,
      startedAt: started,
      finishedAt: new Date(),
      status: outcome.status,
      batches: outcome.batches,
      rows: outcome.rows,
      message: outcome.message ?? null,
    });
    outcomes.push(outcome);
    onEvent({ type: 'step-end', outcome, index, total: plan.steps.length });
  }
  const status = failed.size === 0 ? 'succeeded' : 'failed';
  await finishRun(
    engine,
    runId,
    status,
    new Date(),
    status === 'failed' ? `${failed.size} step(s) did not succeed` : null,
  );
  return { runId, status, outcomes };
}

type StepWork = Pick<StepOutcome, 'batches' | 'rows' | 'checks'> & { message?: string; failed?: boolean };

function runStep(
  engine: Engine,
  project: OpenedProject,
  step: RunStep,
  runId: string,
  report: ProgressReporter,
): Promise<StepWork> {
  switch (step.kind) {
    case 'prepare':
      return prepare(engine, project, step);
    case 'load':
      return load(engine, project, step, report);
    case 'views':
      return views(engine, step);
    case 'build':
      return build(engine, project, step, report);
    case 'gold':
      return gold(engine, step);
    case 'check':
      return runCheckStep(engine, runId, step, {
        allowedDirectories: readableDirectories(project.config),
      });
  }
}

/** Computes one gold metric; unchanged inputs leave the table as it is. */
async function gold(engine: Engine, step: GoldStep): Promise<StepWork> {
  await ensureGoldStore(engine);
  const r = await materialiseMetric(engine, step.metric);
  return {
    batches: 0,
    rows: r.cells,
    message:
      r.status === 'unchanged'
        ? 'inputs unchanged'
        : `${r.cells} cells, ${r.primary + r.secondary} suppressed (${r.primary} small, ${r.secondary} to protect them)`,
  };
}

/** Creates the silver tables that are missing, in one transaction; existing tables are left alone. */
async function prepare(engine: Engine, project: OpenedProject, step: PrepareStep): Promise<StepWork> {
  const existing = new Set((await engine.listTables('silver')).map((t) => t.name));
  const wanted = new Set(step.tables);
  const plan = missingTables(
    { ...project.silverPlan, tables: project.silverPlan.tables.filter((t) => wanted.has(t.name)) },
    existing,
    engine.dialect,
  );
  if (plan.tables.length === 0) return { batches: 0, rows: 0, message: 'all silver tables exist' };
  const { statements } = emitDdl(plan, engine.dialect, { schema: 'silver' });
  await engine.transaction(async (tx) => {
    for (const s of statements) await tx.execute(s);
  });
  return { batches: plan.tables.length, rows: 0, message: `created ${plan.tables.length} silver tables` };
}

async function load(
  engine: Engine,
  project: OpenedProject,
  step: LoadStep,
  progress: ProgressReporter,
): Promise<StepWork> {
  let rows = 0;
  const report = await ingestSources(engine, project.config, [step.source], undefined, (_s, done, total, r) =>
    progress('files', done, total, (rows += r.rowsLoaded)),
  );
  const loaded = report.results.filter((r) => r.status === 'loaded');
  const quarantined = report.results.reduce((n, r) => n + r.rowsQuarantined, 0);
  if (!report.ok) {
    const why = [...report.diagnostics, ...report.results.flatMap((r) => r.diagnostics ?? [])]
      .map((d) => d.message)
      .join('; ');
    throw new Error(why || `source ${step.source} could not be loaded`);
  }
  const unchanged = report.results.length - loaded.length;
  // what a format counts in its batches (istandaarden: messages held for one still to come, and
  // held messages loaded now)
  const counted = (key: string) => loaded.reduce((n, r) => n + Number(r.format?.[key] ?? 0), 0);
  const held = counted('held');
  const retried = counted('retried');
  return {
    batches: loaded.length,
    rows: loaded.reduce((n, r) => n + r.rowsLoaded, 0),
    message: [
      unchanged > 0 ? `${unchanged} file(s) unchanged` : '',
      quarantined > 0 ? `${quarantined} record(s) quarantined` : '',
      held > 0 ? `${held} of them held until what they refer to is loaded` : '',
      retried > 0 ? `${retried} held message(s) loaded` : '',
    ]
      .filter(Boolean)
      .join(', '),
  };
}

/** Creates or replaces the views a source format brings (they follow bronze by themselves). */
async function views(engine: Engine, step: ViewsStep): Promise<StepWork> {
  const views = FORMAT_VIEWS[step.format as keyof typeof FORMAT_VIEWS];
  if (!views) throw new Error(`format ${step.format} brings no views`);
  await views.create(engine, step.source);
  return { batches: 0, rows: 0, message: `views in ${step.schema}` };
}

/** A mapping's SQL failed on the engine: the message says which mapping file and statement. */
class MappingRunError extends Error {
  readonly code = 'GGM-R101';
  constructor(step: BuildStep, statement: number | undefined, total: number, cause: unknown) {
    const where = statement === undefined ? '' : `, statement ${statement + 1} of ${total}`;
    super(`${step.file} (mapping ${step.mapping}${where}): ${(cause as Error).message ?? String(cause)}`);
    this.name = 'MappingRunError';
  }
}

/**
 * Applies pending batches one transaction per pass until none is pending; stores the lineage. The
 * compiled statements are what runs: with a batch bound they apply the oldest pending batches up to
 * the bound together, as if one by one (compiled with batchSetPass). The executor never compiles.
 */
async function build(
  engine: Engine,
  project: OpenedProject,
  step: BuildStep,
  progress: ProgressReporter,
): Promise<StepWork> {
  const mapping = project.mappings.find(
    (m) => m.compiled.spec?.name === step.mapping || m.file === step.file,
  );
  const sql = mapping?.compiled.sql[mappingDialectOf(engine.kind)];
  if (!mapping || !sql) throw new Error(`mapping ${step.mapping} is not compiled for ${engine.kind}`);
  const statements = forTransaction(engine, step, sql.statements);
  await engine.transaction((tx) => storeLineage(tx, step.mapping, mapping.compiled.lineage));
  const appliedBefore = await appliedCount(engine, step.mapping);
  let rows = 0;
  // batches pending when the step starts: the total the progress counts against
  // (unknown before the first pass creates the ledger: then counted after it)
  let toApply = await pending(engine, sql.pendingSql).catch(() => undefined);
  let passes = 0;
  let left: number;
  // Each pass applies the oldest pending batch(es); the first also creates the ledger when it is missing.
  try {
    do {
      rows += await engine.transaction(async (tx) => {
        let changed = 0;
        for (const [i, s] of statements.entries()) {
          try {
            changed += await tx.execute(s);
          } catch (error) {
            throw new MappingRunError(step, i, statements.length, error);
          }
        }
        return changed;
      });
      left = await pending(engine, sql.pendingSql);
      toApply ??= (await appliedCount(engine, step.mapping)) - appliedBefore + left;
      progress('batches', Math.max(0, toApply - left), toApply, rows, ++passes);
    } while (left > 0);
  } catch (error) {
    // the pass rolled back; the message names the mapping file, whatever failed
    throw error instanceof MappingRunError
      ? error
      : new MappingRunError(step, undefined, statements.length, error);
  }
  return { batches: (await appliedCount(engine, step.mapping)) - appliedBefore, rows };
}

/**
 * The statements in the order the engine's transaction can hold them: as compiled, or with the stage
 * DDL first where DDL commits an open transaction (Snowflake, Databricks), so the data and the ledger
 * row still commit together.
 */
function forTransaction(engine: Engine, step: BuildStep, statements: readonly string[]): readonly string[] {
  if (engine.capabilities.transactionalDdl) return statements;
  const ordered = orderStageDdlFirst(statements);
  if ('statements' in ordered) return ordered.statements;
  const error = new Error(
    `${step.file} (mapping ${step.mapping}) cannot run on ${engine.kind}: ${ordered.error}`,
  );
  throw Object.assign(error, { code: 'GGM-R102' });
}

/** Batches of a mapping recorded in its ledger (0 before the ledger exists). */
async function appliedCount(engine: Engine, mapping: string): Promise<number> {
  try {
    const [row] = await engine.query(`SELECT count(*) AS n FROM meta.applied_batches WHERE mapping = $1`, [
      mapping,
    ]);
    return Number(row?.['n'] ?? 0);
  } catch {
    return 0;
  }
}

async function pending(engine: Engine, sql: string): Promise<number> {
  const [row] = await engine.query(sql);
  return Number(Object.values(row ?? {})[0] ?? 0);
}
