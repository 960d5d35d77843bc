import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { compileMapping, hasErrors, type CompiledMapping } from '../../compiler/compile-mapping.js';
import {
  isMappingDialectName,
  MAPPING_DIALECT_NAMES,
  type MappingDialectName,
} from '../../dialects/dialect-registry.js';
import { explainLoadPlan } from '../../compiler/plan/explain-load-plan.js';
import type { BronzeColumns } from '../../compiler/resolve/resolve-sources.js';
import { silverTargetsFromPlan } from '../../compiler/resolve/silver-target-from-plan.js';
import { formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { openEngine, parseEngineSpec } from '../../engines/open-engine.js';
import { loadProjectConfig } from '../../project/project-config-loader.js';
import { PROJECT_FILE, type ProjectConfig } from '../../project/project-config.js';
import { buildSchemaPlan } from '../../schema/plan/build-schema-plan.js';
import { loadCommandModel } from '../model-source.js';
import { printJson, UsageError, type Io } from '../output.js';

interface CompileOptions {
  project: string;
  mapping?: string[];
  model?: string;
  dialect?: string;
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
    .option('--explain', 'print the load plan and the column lineage instead of SQL')
    .option('--json', 'print plan, lineage, SQL and diagnostics as JSON')
    .option(
      '--introspect',
      "check table and column names against the bronze tables in the project's warehouse",
    )
    .action(async (options: CompileOptions) => {
      const config = await projectConfig(options);
      const dialect = chooseDialect(options.dialect, config);
      const files = await mappingFiles(options, config);
      const { index } = await loadCommandModel(options.model ?? config?.model);
      const { plan } = buildSchemaPlan(index, config?.domains.length ? { domains: config.domains } : {});
      const bronze = options.introspect ? await introspectBronze(config) : undefined;
      const ctx = { index, targets: silverTargetsFromPlan(plan), ...(bronze ? { bronze } : {}) };
      const results: { file: string; compiled: CompiledMapping }[] = [];
      for (const file of files) {
        const shown = relative(process.cwd(), file) || file;
        results.push({
          file: shown,
          compiled: compileMapping(await readFile(file, 'utf8'), shown, ctx, [dialect]),
        });
      }
      print(io, results, dialect, options);
      const failed = results.filter((r) => hasErrors(r.compiled.diagnostics)).length;
      if (failed > 0) throw new UsageError(`${failed} of ${results.length} mapping(s) have errors`, 1);
    });
}

async function projectConfig(options: CompileOptions): Promise<ProjectConfig | undefined> {
  if (!existsSync(join(options.project, PROJECT_FILE))) {
    if (options.mapping) return undefined;
    throw new UsageError(`no ${PROJECT_FILE} in ${options.project}: give --project or --mapping`, 2);
  }
  const { config, diagnostics } = await loadProjectConfig(options.project);
  if (!config) throw Object.assign(new Error('the project configuration has errors'), { diagnostics });
  return config;
}

function chooseDialect(given: string | undefined, config: ProjectConfig | undefined): MappingDialectName {
  if (given !== undefined) {
    if (!isMappingDialectName(given)) {
      throw new UsageError(`unknown dialect ${given}; use one of ${MAPPING_DIALECT_NAMES.join(', ')}`);
    }
    return given;
  }
  const engine = config ? parseEngineSpec(config.engine, config.dir) : undefined;
  return engine && 'kind' in engine ? engine.kind : 'duckdb';
}

async function mappingFiles(options: CompileOptions, config: ProjectConfig | undefined): Promise<string[]> {
  if (options.mapping) return options.mapping;
  const dir = join(config?.dir ?? options.project, 'mappings');
  const names = existsSync(dir) ? await readdir(dir) : [];
  const files = names.filter((n) => /\.ya?ml$/i.test(n)).sort();
  if (files.length === 0) throw new UsageError(`no mapping files in ${dir}`, 1);
  return files.map((n) => join(dir, n));
}

async function introspectBronze(config: ProjectConfig | undefined): Promise<BronzeColumns> {
  if (!config) throw new UsageError('--introspect needs a project (ggm.yaml with an engine)', 2);
  const spec = parseEngineSpec(config.engine, config.dir);
  if ('error' in spec) throw new UsageError(spec.error, 1);
  const engine = await openEngine(spec);
  try {
    const tables = await engine.listTables('bronze');
    return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
  } finally {
    await engine.close();
  }
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
