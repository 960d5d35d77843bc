import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { checkSteps } from './checks/check-steps.js';
import type { PlannedCheck } from '../checks/check-types.js';
import type { BatchBound } from '../compiler/plan/load-plan.js';
import type { ResolvedMapping } from '../compiler/resolve/resolved-mapping.js';
import type { GoldMetric } from '../gold/project-metrics.js';
import type { BuildStep, CheckStep, GoldStep, LoadStep, RunPlan, RunStep, ViewsStep } from './run-plan.js';

export interface PlannedMapping {
  resolved: ResolvedMapping;
  /** Batches one pass applies (maxBatches 1: one at a time). */
  batchBound: BatchBound;
  /** Why the mapping applies one batch per pass although sets were allowed. */
  oneBatchPerPass?: string;
}

export interface RunPlanInput {
  project: string;
  engine: string;
  model: { name: string; version?: string };
  sources: readonly string[];
  /** The compiled mappings with the batch bound their SQL was compiled with. */
  mappings: readonly PlannedMapping[];
  silverTables: readonly string[];
  /** Sources whose format brings views over their bronze table (schema per source), after its load. */
  views?: readonly { source: string; format: string; schema: string }[];
  /** Data-quality checks, run per table after its builds (src/checks). */
  checks?: readonly PlannedCheck[];
  /** Gold metrics, each computed after the builds and checks of the tables it reads (docs/gold.md). */
  gold?: readonly GoldMetric[];
  /** Step ids, source, mapping or table names to run; empty = everything. Upstream steps come along. */
  select?: readonly string[];
}

/**
 * Orders the project's work: prepare, then every source load, then the builds, each build after the
 * loads of the bronze tables it reads and after the builds of the classes it looks up versions of.
 * Pure.
 */
export function buildRunPlan(input: RunPlanInput): { plan: RunPlan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const loads: LoadStep[] = input.sources.map((source) => ({
    kind: 'load',
    id: `load:${source}`,
    source,
    dependsOn: ['prepare'],
  }));
  const views: ViewsStep[] = (input.views ?? []).map((v) => ({
    kind: 'views',
    id: `views:${v.source}`,
    source: v.source,
    format: v.format,
    schema: v.schema,
    dependsOn: [`load:${v.source}`],
  }));
  const builtBy = new Map(input.mappings.map(({ resolved: m }) => [m.classId, `build:${m.name}`]));
  const builds: BuildStep[] = input.mappings.map(({ resolved: m, batchBound, oneBatchPerPass }) => {
    const reads = m.sources.map((s) => s.table);
    const lookups = m.columns.flatMap((c) =>
      c.kind === 'reference' && c.lookup ? [builtBy.get(c.otherClassId)].filter((x): x is string => !!x) : [],
    );
    const dependsOn = [
      'prepare',
      ...reads.filter((r) => input.sources.includes(r)).map((r) => `load:${r}`),
      ...lookups.filter((id) => id !== `build:${m.name}`),
    ];
    return {
      kind: 'build',
      id: `build:${m.name}`,
      mapping: m.name,
      file: m.file,
      target: `${m.target.schema}.${m.target.table}`,
      targetClass: m.qualifiedName,
      history: m.history.mode,
      reads,
      batchBound,
      ...(oneBatchPerPass ? { oneBatchPerPass } : {}),
      dependsOn: [...new Set(dependsOn)],
    };
  });
  const ordered = orderBuilds(builds, diagnostics);
  const checks = checkSteps(input.checks ?? [], ordered);
  const all: RunStep[] = [
    { kind: 'prepare', id: 'prepare', tables: [...input.silverTables], dependsOn: [] },
    ...loads,
    ...views,
    ...ordered,
    ...checks,
    ...goldSteps(input.gold ?? [], ordered, checks, loads),
  ];
  const steps = input.select?.length ? selectSteps(all, input.select, diagnostics) : all;
  return {
    plan: { project: input.project, engine: input.engine, model: input.model, steps },
    diagnostics,
  };
}

/** One step per metric, after the builds and checks of the silver tables and the loads of the bronze ones it reads. */
function goldSteps(
  metrics: readonly GoldMetric[],
  builds: readonly BuildStep[],
  checks: readonly CheckStep[],
  loads: readonly LoadStep[],
): GoldStep[] {
  return metrics.map((metric) => {
    const reads = [...metric.descriptor.sources];
    const upstream = reads.flatMap((table) => [
      ...builds.filter((b) => b.target === table).map((b) => b.id),
      ...checks.filter((c) => `silver.${c.table}` === table).map((c) => c.id),
      ...loads.filter((l) => `bronze.${l.source}` === table).map((l) => l.id),
    ]);
    return {
      kind: 'gold',
      id: `gold:${metric.descriptor.id}`,
      metric,
      reads,
      dependsOn: ['prepare', ...new Set(upstream)],
    };
  });
}

/** Topological order; a cycle (rare: two classes looking up each other's versions) keeps file order. */
function orderBuilds(builds: BuildStep[], diagnostics: Diagnostic[]): BuildStep[] {
  const byId = new Map(builds.map((b) => [b.id, b]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: BuildStep[] = [];
  const visit = (b: BuildStep) => {
    if (done.has(b.id)) return;
    if (visiting.has(b.id)) {
      diagnostics.push({
        code: 'GGM-P010',
        severity: 'warning',
        message: `${b.mapping} is part of a lookup cycle; it runs in file order`,
        at: { file: b.file },
      });
      return;
    }
    visiting.add(b.id);
    for (const d of b.dependsOn) {
      const dep = byId.get(d);
      if (dep) visit(dep);
    }
    visiting.delete(b.id);
    done.add(b.id);
    ordered.push(b);
  };
  for (const b of builds) visit(b);
  return ordered;
}

function matches(step: RunStep, name: string): boolean {
  if (step.id === name) return true;
  switch (step.kind) {
    case 'prepare':
      return name === 'prepare';
    case 'load':
      return step.source === name;
    case 'views':
      return step.schema === name;
    case 'build':
      return step.mapping === name || step.target === name || step.target === `silver.${name}`;
    case 'check':
      return step.table === name || `silver.${step.table}` === name;
    case 'gold':
      return step.metric.descriptor.id === name || `gold.${step.metric.descriptor.id}` === name;
  }
}

/** The selected steps plus everything upstream of them, in plan order. */
function selectSteps(all: RunStep[], names: readonly string[], diagnostics: Diagnostic[]): RunStep[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const wanted = new Set<string>();
  const add = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const d of byId.get(id)?.dependsOn ?? []) add(d);
  };
  for (const name of names) {
    const hits = all.filter((s) => matches(s, name));
    if (hits.length === 0) {
      const candidates = all.flatMap((s) =>
        s.kind === 'load'
          ? [s.source]
          : s.kind === 'build'
            ? [s.mapping, s.target]
            : s.kind === 'gold'
              ? [s.metric.descriptor.id, s.id]
              : [s.id],
      );
      diagnostics.push({
        code: 'GGM-P011',
        severity: 'error',
        message: `--select ${name} matches no source, mapping or silver table`,
        ...(didYouMean(name, candidates) ? { hint: didYouMean(name, candidates)! } : {}),
      });
    }
    for (const h of hits) add(h.id);
  }
  return all.filter((s) => wanted.has(s.id));
}
