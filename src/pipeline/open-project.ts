import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileMapping, hasErrors, type CompiledMapping } from '../compiler/compile-mapping.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EngineKind } from '../engines/engine.js';
import { parseEngineSpec, type EngineSpec } from '../engines/open-engine.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { loadProjectConfig } from '../project/project-config-loader.js';
import type { ProjectConfig } from '../project/project-config.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import type { SchemaPlan } from '../schema/schema-plan.js';
import { silverProfile } from './silver-schema.js';

/** Everything a run, a check or a lineage query needs from a project, compiled for its engine. */
export interface OpenedProject {
  config: ProjectConfig;
  engineSpec: EngineSpec;
  index: ModelIndex;
  /** The schema plan of the project's domains, as the schema compiler makes it. */
  schemaPlan: SchemaPlan;
  /** The same in the silver profile (keys, no foreign keys): what a run creates. */
  silverPlan: SchemaPlan;
  mappings: { file: string; compiled: CompiledMapping }[];
  diagnostics: Diagnostic[];
}

export class ProjectError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message);
    this.name = 'ProjectError';
  }
}

/**
 * Reads ggm.yaml, loads the model, plans the silver schema and compiles every mapping in `mappings/`
 * for the project's engine. Throws `ProjectError` (with the diagnostics) when the project cannot run.
 */
export async function openProject(dir: string, options: { model?: string } = {}): Promise<OpenedProject> {
  const { config, diagnostics } = await loadProjectConfig(dir);
  if (!config) throw new ProjectError(`the project configuration in ${dir} has errors`, diagnostics);
  const engineSpec = parseEngineSpec(config.engine, config.dir);
  if ('error' in engineSpec) {
    throw new ProjectError(engineSpec.error, [
      { code: 'GGM-P001', severity: 'error', message: engineSpec.error, at: { file: config.file } },
    ]);
  }
  const { model } = await loadModel(options.model ?? config.model);
  const index = new ModelIndex(model);
  const planned = buildSchemaPlan(index, config.domains.length > 0 ? { domains: config.domains } : {});
  const all: Diagnostic[] = [...diagnostics];
  all.push(...planned.diagnostics.filter((d) => d.severity === 'error'));
  // Targets read the full plan (foreign keys tell which reference table a column stores keys of);
  // the tables are created from the silver profile, without foreign-key constraints.
  const silverPlan = silverProfile(planned.plan);
  const ctx = { index, targets: silverTargetsFromPlan(planned.plan) };
  const mappings: OpenedProject['mappings'] = [];
  for (const file of await mappingFiles(config.dir)) {
    const shown = relative(process.cwd(), file) || file;
    const compiled = compileMapping(await readFile(file, 'utf8'), shown, ctx, [engineKind(engineSpec)]);
    all.push(...compiled.diagnostics);
    mappings.push({ file: shown, compiled });
  }
  const failed = mappings.filter((m) => hasErrors(m.compiled.diagnostics));
  if (failed.length > 0 || hasErrors(all)) {
    // Only the problems: the caller prints them once.
    all.splice(0, all.length, ...all.filter((d) => d.severity !== 'info'));
    throw new ProjectError(
      failed.length > 0
        ? `${failed.length} of ${mappings.length} mapping(s) have errors`
        : 'the project has errors',
      all,
    );
  }
  return { config, engineSpec, index, schemaPlan: planned.plan, silverPlan, mappings, diagnostics: all };
}

export function engineKind(spec: EngineSpec): EngineKind {
  return spec.kind;
}

async function mappingFiles(dir: string): Promise<string[]> {
  const mappings = join(dir, 'mappings');
  if (!existsSync(mappings)) return [];
  return (await readdir(mappings))
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(mappings, n));
}
