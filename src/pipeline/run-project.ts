import type { BatchBound } from '../compiler/plan/load-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { executeRun, type RunEvent, type RunResult } from './execute-run.js';
import { ProjectService, type OpenedProject } from './project-service.js';
import type { RunPlan } from './run-plan.js';

export interface RunOptions {
  select?: string[];
  model?: string;
  /** Batches per build pass (default DEFAULT_BATCH_BOUND). */
  batchBound?: BatchBound;
  /** Least time between two progress events of one step (default 2 s). */
  progressEveryMs?: number;
}

/** Opens the project and plans its run (no database access). */
export async function planProject(
  dir: string,
  options: RunOptions = {},
): Promise<{ project: OpenedProject; plan: RunPlan; diagnostics: Diagnostic[] }> {
  return (await ProjectService.open(dir)).plan(options);
}

/** `ggm run` as a library call: plan, open the warehouse, execute, close. */
export async function runProject(
  dir: string,
  options: RunOptions = {},
  onEvent?: (event: RunEvent) => void,
): Promise<RunResult & { plan: RunPlan }> {
  const service = await ProjectService.open(dir);
  const { project, plan } = await service.plan(options);
  return service.withWarehouse(async (engine) => ({
    ...(await executeRun(engine, project, plan, onEvent, options.progressEveryMs)),
    plan,
  }));
}
