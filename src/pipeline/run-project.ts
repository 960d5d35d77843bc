import { projectChecks } from './checks/project-checks.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { openEngine } from '../engines/open-engine.js';
import { sourceViews } from '../ingest/bronze/format-views.js';
import { buildRunPlan } from './build-run-plan.js';
import { executeRun, type RunEvent, type RunResult } from './execute-run.js';
import { openProject, type OpenedProject } from './open-project.js';
import type { RunPlan } from './run-plan.js';
import { tablesNeeded } from './silver-schema.js';

export interface RunOptions {
  select?: string[];
  model?: string;
}

/** Opens the project and plans its run (no database access). */
export async function planProject(
  dir: string,
  options: RunOptions = {},
): Promise<{ project: OpenedProject; plan: RunPlan; diagnostics: Diagnostic[] }> {
  const project = await openProject(dir, options.model ? { model: options.model } : {});
  const checks = await projectChecks(project);
  const resolved = project.mappings.flatMap((m) => (m.compiled.resolved ? [m.compiled.resolved] : []));
  const views = sourceViews(project.config.sources);
  const { plan, diagnostics } = buildRunPlan({
    project: project.config.dir,
    engine: project.config.engine,
    model: {
      name: project.index.model.name,
      ...(project.index.model.version ? { version: project.index.model.version } : {}),
    },
    sources: project.config.sources.map((s) => s.name),
    views: views.views,
    mappings: resolved,
    silverTables: tablesNeeded(project.schemaPlan, new Set(resolved.map((m) => m.target.table))),
    checks: checks.checks,
    ...(options.select ? { select: options.select } : {}),
  });
  return {
    project,
    plan,
    diagnostics: [...project.diagnostics, ...checks.diagnostics, ...views.diagnostics, ...diagnostics],
  };
}

/** `ggm run` as a library call: plan, open the warehouse, execute, close. */
export async function runProject(
  dir: string,
  options: RunOptions = {},
  onEvent?: (event: RunEvent) => void,
): Promise<RunResult & { plan: RunPlan }> {
  const { project, plan } = await planProject(dir, options);
  const engine = await openEngine(project.engineSpec);
  try {
    return { ...(await executeRun(engine, project, plan, onEvent)), plan };
  } finally {
    await engine.close();
  }
}
