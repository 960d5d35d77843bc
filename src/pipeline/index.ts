/**
 * Running a project: ggm.yaml → opened project (model, schema plan, compiled mappings) → run plan (plain
 * data) → executed on the engine, with the run ledger and lineage in `meta`.
 */
export {
  openProject,
  ProjectService,
  ProjectError,
  type OpenedProject,
  type CompileProjectOptions,
} from './project-service.js';
export { planProject, runProject, type RunOptions as RunProjectOptions } from './run-project.js';
export { buildRunPlan, type RunPlanInput } from './build-run-plan.js';
export { explainRunPlan } from './explain-run-plan.js';
export {
  executeRun,
  type RunResult,
  type RunEvent,
  type StepOutcome,
  type StepStatus,
} from './execute-run.js';
export {
  stepLabel,
  type RunPlan,
  type RunStep,
  type PrepareStep,
  type LoadStep,
  type ViewsStep,
  type BuildStep,
  type CheckStep,
} from './run-plan.js';
export { describeProgress, throttledProgress, type StepProgress } from './step-progress.js';
export { queryLineage, type LineageEdge } from './lineage-store.js';
export { ingestProject } from './ingest-project.js';
export {
  projectGovernance,
  GovernedReader,
  projectKeys,
  keyBlocks,
  type ProjectGovernance,
  type GovernanceOptions,
  type GovernedReaderOptions,
  type GovernedRows,
  type KeyResolver,
} from './governance/index.js';
export { materialiseMetric, ensureGoldStore, type GoldBuildResult } from './gold/materialise-metric.js';
export { queryGold, GoldQueryError, type GoldQuery } from './gold/query-gold.js';
export type { ProjectGold } from './gold/project-gold.js';
