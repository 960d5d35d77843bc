import { existsSync } from 'node:fs';
import { mappingDialectOf } from '../../dialects/engine-names.js';
import { join } from 'node:path';
import type { Command } from 'commander';
import { hasErrors, type CompiledMapping } from '../../compiler/compile-mapping.js';
import {
  isMappingDialectName,
  MAPPING_DIALECT_NAMES,
  type MappingDialectName,
} from '../../dialects/dialect-registry.js';
import { explainLoadPlan } from '../../compiler/plan/explain-load-plan.js';
import type { BronzeColumns } from '../../compiler/resolve/resolve-sources.js';
import { formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { PROJECT_FILE } from '../../project/project-config.js';
import { batchBoundFromEnv } from '../batch-bound-env.js';
import { printJson, UsageError, type Io } from '../output.js';

interface CompileOptions {
  project: string;
  mapping?: string[];
  model?: string;
  dialect?: string;
  engine?: string;
  explain?: boolean;
  json?: boolean;
  introspect?: boolean;
}

/**
 * `ggm compile`: the project's mappings (or the files given) → the load SQL for one engine, or the
 * plan with `--explain`. Diagnostics go to stderr; exit code 1 when a mapping has errors.
 */
export function registerCompileCommand(program: Command, io: Io): void {
  program
    .command('compile')
    .description('compile mappings (mappings/*.yaml) into the SQL that loads silver from bronze')
    .option('-p, --project <dir>', 'project directory (ggm.yaml, mappings/)', '.')
    .option('--mapping <file...>', 'only these mapping files')
    .option(
      '-m, --model <path|version>',
      'release workbook or version (default: model in ggm.yaml, GGM_MODEL)',
    )
    .option(
      '-d, --dialect <engine>',
      `SQL dialect: ${MAPPING_DIALECT_NAMES.join(', ')} (default: the project's engine)`,
    )
    .option('--engine <engine>', 'the same as --dialect')
    .option('--explain', 'print the load plan and the column lineage instead of SQL')
    .option('--json', 'print plan, lineage, SQL and diagnostics as JSON')
    .option(
      '--introspect',
      "check table and column names against the bronze tables in the project's warehouse",
    )
    .action(async (options: CompileOptions) => {
      const service = await projectService(options);
      const dialect = chooseDialect(options.dialect ?? options.engine, service);
      const files = options.mapping ?? (service ? undefined : []);
      const bronze = options.introspect ? await introspectBronze(service) : undefined;
      const project = await (service ?? ProjectService.bare()).compile({
        ...(options.model ? { model: options.model } : {}),
        dialect,
        ...(files ? { mappingFiles: files } : {}),
        ...(bronze ? { bronze } : {}),
        batchBound: batchBoundFromEnv(),
        keepErrors: true,
      });
      if (project.mappings.length === 0)
        throw new UsageError(
          `no mapping files in ${join(service?.config.dir ?? options.project, 'mappings')}`,
          1,
        );
      print(io, project.mappings, dialect, options);
      const failed = project.mappings.filter((r) => hasErrors(r.compiled.diagnostics)).length;
      if (failed > 0)
        throw new UsageError(`${failed} of ${project.mappings.length} mapping(s) have errors`, 1);
    });
}

/** The project's service, or none when only --mapping files are given and there is no ggm.yaml. */
async function projectService(options: CompileOptions): Promise<ProjectService | undefined> {
  if (!existsSync(join(options.project, PROJECT_FILE))) {
    if (options.mapping) return undefined;
    throw new UsageError(`no ${PROJECT_FILE} in ${options.project}: give --project or --mapping`, 2);
  }
  return ProjectService.open(options.project);
}

function chooseDialect(given: string | undefined, service: ProjectService | undefined): MappingDialectName {
  if (given !== undefined) {
    if (!isMappingDialectName(given)) {
      throw new UsageError(`unknown dialect ${given}; use one of ${MAPPING_DIALECT_NAMES.join(', ')}`);
    }
    return given;
  }
  return service ? mappingDialectOf(service.engineSpec.kind) : 'duckdb';
}

async function introspectBronze(service: ProjectService | undefined): Promise<BronzeColumns> {
  if (!service) throw new UsageError('--introspect needs a project (ggm.yaml with an engine)', 2);
  return service.withWarehouse(async (engine) => {
    const tables = await engine.listTables('bronze');
    return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
  });
}

function print(
  io: Io,
  results: { file: string; compiled: CompiledMapping }[],
  dialect: MappingDialectName,
  options: CompileOptions,
): void {
  if (options.json) {
    printJson(
      io,
      results.map(({ file, compiled: c }) => ({
        file,
        mapping: c.spec?.name,
        diagnostics: c.diagnostics,
        plan: c.plan,
        lineage: c.lineage,
        sql: c.sql[dialect],
      })),
    );
    return;
  }
  const diagnostics: Diagnostic[] = [];
  for (const { compiled } of results) {
    diagnostics.push(...compiled.diagnostics);
    if (!compiled.plan) continue;
    io.out(options.explain ? `${explainLoadPlan(compiled.plan)}\n` : compiled.sql[dialect]!.script);
  }
  for (const d of diagnostics) io.err(formatDiagnostic(d));
}
