import type { PlannedCheck } from '../checks/check-types.js';
import type { BatchBound } from '../compiler/plan/load-plan.js';
import type { GoldMetric } from '../gold/project-metrics.js';

/**
 * The run plan: what `ggm run` will do, in order, as plain data. `ggm run --dry-run` explains it and the
 * executor carries it out; both read the same plan.
 */
export type RunStep = PrepareStep | LoadStep | ViewsStep | BuildStep | CheckStep | GoldStep;

interface StepBase {
  /** Unique within a plan: `prepare`, `load:<source>`, `build:<mapping>`, `check:<table>`. */
  id: string;
  /** Steps that must finish first. */
  dependsOn: string[];
}

/** Creates the warehouse schemas, the meta tables and the silver tables that do not exist yet. */
export interface PrepareStep extends StepBase {
  kind: 'prepare';
  /** Silver tables the project's selection needs (created when missing, never altered). */
  tables: string[];
}

/** Loads one configured source into bronze (new files only; a known file is a no-op). */
export interface LoadStep extends StepBase {
  kind: 'load';
  source: string;
}

/**
 * Creates (or replaces) the views a source format brings over its bronze table: for `istandaarden`, the
 * `sociaal_ext` views (OP087 current toewijzingen, what the GGM has no home for). Views follow bronze by
 * themselves; the step keeps them in line with the product's version.
 */
export interface ViewsStep extends StepBase {
  kind: 'views';
  source: string;
  /** The source's format, which knows the views. */
  format: string;
  schema: string;
}

/**
 * Applies the pending bronze batches of one mapping to its silver table: a transaction per pass, a
 * pass takes a set of batches where the result equals one by one (batchSetPass), else one.
 */
export interface BuildStep extends StepBase {
  kind: 'build';
  mapping: string;
  file: string;
  /** `silver.<table>` */
  target: string;
  targetClass: string;
  history: string;
  /** Bronze tables the mapping reads. */
  reads: string[];
  /** Batches one pass applies together; the mapping's compiled SQL is of this form. */
  batchBound: BatchBound;
  /** Why this mapping applies one batch per pass although sets were allowed (batchSetBlocker). */
  oneBatchPerPass?: string;
}

/** Runs the data-quality checks of one silver table (docs/checks.md); fails when an `error` check fails. */
export interface CheckStep extends StepBase {
  kind: 'check';
  table: string;
  checks: PlannedCheck[];
}

/**
 * Computes one gold metric (docs/gold.md) after the builds and checks of the silver tables it reads:
 * rebuilt only when its fingerprint changed, suppressed in `gold.<id>`, unsuppressed in `gold_intern`.
 * Carries the resolved metric (plain data); the SQL is compiled for the periods the data spans.
 */
export interface GoldStep extends StepBase {
  kind: 'gold';
  metric: GoldMetric;
  /** The tables it reads (`silver.<table>`, lookups and source denominators). */
  reads: string[];
}

export interface RunPlan {
  project: string;
  engine: string;
  model: { name: string; version?: string };
  steps: RunStep[];
}

export function stepLabel(step: RunStep): string {
  switch (step.kind) {
    case 'prepare':
      return `prepare warehouse (${step.tables.length} silver tables)`;
    case 'load':
      return `load ${step.source} into bronze`;
    case 'views':
      return `create the ${step.schema} views over bronze.${step.source}`;
    case 'build':
      return `build ${step.target} from ${step.reads.map((r) => `bronze.${r}`).join(', ')} (${step.mapping})`;
    case 'check':
      return `check silver.${step.table} (${step.checks.length} checks)`;
    case 'gold':
      return `compute gold.${step.metric.descriptor.id} from ${step.reads.join(', ')}`;
  }
}
