import type { CompiledMapping } from '../compiler/compile-mapping.js';
import type { BatchBound } from '../compiler/plan/load-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MappingDialectName } from '../dialects/engine-names.js';
import type { ModelIndex } from '../model/model-index.js';
import type { EngineSpec } from '../project/engine-spec.js';
import type { ProjectConfig } from '../project/project-config.js';
import type { SchemaPlan } from '../schema/schema-plan.js';

/** Everything a run, a check or a lineage query needs from a project, compiled for its engine. */
export interface OpenedProject {
  config: ProjectConfig;
  engineSpec: EngineSpec;
  index: ModelIndex;
  /** The schema plan of the project's domains, as the schema compiler makes it. */
  schemaPlan: SchemaPlan;
  /** The same in the silver profile (keys, no foreign keys): what a run creates. */
  silverPlan: SchemaPlan;
  /** The engine the mappings are compiled for (the project's, unless asked otherwise). */
  dialect: MappingDialectName;
  /** Batches one build pass may apply together; the compiled plans and SQL already carry it. */
  batchBound: BatchBound;
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
