import type { Engine, SqlSession } from '../engines/engine.js';
import { metaCatalogDdl, metaTables } from '../schema/catalog/meta-catalog.js';

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

/**
 * Creates `meta.runs` and `meta.run_steps` when missing: what every `ggm run` did. A run is recorded as
 * `running` when it starts; a run that was killed stays `running` until the next run marks it `interrupted`.
 */
export async function ensureRunLedger(engine: Pick<Engine, 'dialect' | 'execute'>): Promise<void> {
  for (const statement of metaCatalogDdl(engine.dialect, metaTables('runs', 'runSteps')))
    await engine.execute(statement);
}

/** Marks runs left `running` by a killed process as `interrupted`; returns how many. */
export async function closeInterruptedRuns(session: Pick<SqlSession, 'execute'>, now: Date): Promise<number> {
  return session.execute(
    `UPDATE meta.runs SET status = 'interrupted', finished_at = $1, message = 'the process stopped before the run finished' WHERE status = 'running'`,
    [now],
  );
}

export async function startRun(
  session: Pick<SqlSession, 'execute'>,
  run: { runId: string; project: string; startedAt: Date; steps: number },
): Promise<void> {
  await session.execute(
    `INSERT INTO meta.runs (run_id, project, started_at, status, steps_planned) VALUES ($1, $2, $3, 'running', $4)`,
    [run.runId, run.project, run.startedAt, run.steps],
  );
}

export async function finishRun(
  session: Pick<SqlSession, 'execute'>,
  runId: string,
  status: RunStatus,
  finishedAt: Date,
  message: string | null,
): Promise<void> {
  await session.execute(
    `UPDATE meta.runs SET status = $1, finished_at = $2, message = $3 WHERE run_id = $4`,
    [status, finishedAt, message, runId],
  );
}

export interface StepRecord {
  runId: string;
  stepId: string;
  kind: string;
  startedAt: Date;
  finishedAt: Date;
  status: 'succeeded' | 'failed' | 'skipped';
  batches: number | null;
  rows: number | null;
  message: string | null;
}

export async function recordStep(session: Pick<SqlSession, 'execute'>, s: StepRecord): Promise<void> {
  await session.execute(
    `INSERT INTO meta.run_steps (run_id, step_id, kind, started_at, finished_at, status, batches, rows_affected, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.runId, s.stepId, s.kind, s.startedAt, s.finishedAt, s.status, s.batches, s.rows, s.message],
  );
}
