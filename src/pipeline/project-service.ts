import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { compileMapping, hasErrors } from '../compiler/compile-mapping.js';
import { DEFAULT_BATCH_BOUND } from '../compiler/passes/batch-set-pass.js';
import type { BatchBound } from '../compiler/plan/load-plan.js';
import type { BronzeColumns } from '../compiler/resolve/resolve-sources.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { mappingDialectOf, type MappingDialectName } from '../dialects/engine-names.js';
import type { Engine } from '../engines/engine.js';
import { openEngine } from '../engines/open-engine.js';
import { sourceViews } from '../ingest/bronze/format-views.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { describeCloudEngine } from '../project/cloud-engine-spec.js';
import { parseEngineSpec, type EngineSpec } from '../project/engine-spec.js';
import { loadProjectConfig } from '../project/project-config-loader.js';
import type { ProjectConfig } from '../project/project-config.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { buildRunPlan } from './build-run-plan.js';
import { projectChecks, type ProjectChecks } from './checks/project-checks.js';
import { projectGold, type ProjectGold } from './gold/project-gold.js';
import { ProjectError, type OpenedProject } from './opened-project.js';
import {
  projectGovernance,
  type GovernanceOptions,
  type ProjectGovernance,
} from './governance/project-governance.js';
import type { RunPlan } from './run-plan.js';

export { ProjectError, type OpenedProject } from './opened-project.js';
import { silverProfile, tablesNeeded } from './silver-schema.js';

export interface CompileProjectOptions {
  /** Release workbook or version instead of ggm.yaml's `model`. */
  model?: string;
  /** Compile for this engine instead of the project's (`ggm compile --dialect`). */
  dialect?: MappingDialectName;
  /** Only these mapping files instead of `mappings/*.yaml`. */
  mappingFiles?: readonly string[];
  /** Bronze tables and their columns (introspected), to check the mappings' names against. */
  bronze?: BronzeColumns;
  /** Batches per build pass (default DEFAULT_BATCH_BOUND); `{ maxBatches: 1 }` applies one at a time. */
  batchBound?: BatchBound;
  /** Return mappings with errors instead of throwing (`ggm compile` reports them all). */
  keepErrors?: boolean;
}

/**
 * The one way into a project, for every command and the HTTP server: the configuration (read on open),
 * then on demand the model, schema plan and compiled mappings, the checks, the run plan and the
 * warehouse. Compiled results are kept per option set, so a long-lived server compiles once.
 */
/**
 * Why the file behind `duckdb:<file>` cannot be the warehouse (a folder, or a file that is not a DuckDB
 * database, e.g. a CSV named by mistake), or undefined when it exists as one or does not exist yet.
 */
function checkDuckDbFile(spec: EngineSpec): string | undefined {
  if (spec.kind !== 'duckdb' || spec.path === ':memory:') return undefined;
  let fd: number | undefined;
  try {
    const info = statSync(spec.path);
    if (info.isDirectory()) return `the engine file ${spec.path} is a folder, not a DuckDB database`;
    if (info.size === 0) return undefined;
    fd = openSync(spec.path, 'r');
    const head = Buffer.alloc(12);
    const n = readSync(fd, head, 0, 12, 0);
    // a DuckDB database file carries its magic bytes "DUCK" at offset 8
    if (n < 12 || head.toString('latin1', 8, 12) !== 'DUCK')
      return `the engine file ${spec.path} is not a DuckDB database`;
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `the engine file ${spec.path} cannot be read: ${(error as Error).message}`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The warehouse, as a person can recognise it: a file, or a URL without its password. */
function warehouseName(spec: EngineSpec): string {
  if (spec.kind === 'duckdb') return spec.path;
  if (spec.kind !== 'postgres') return describeCloudEngine(spec);
  try {
    const url = new URL(spec.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL warehouse';
  }
}

/**
 * A connection failure (refused, reset, terminated) as a coded error naming the warehouse; other errors
 * pass unchanged.
 */
function warehouseError(spec: EngineSpec, error: unknown, what: string): unknown {
  const message = (error as Error)?.message ?? String(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  const lost =
    /Connection terminated|server closed the connection|Connection refused|terminating connection/i.test(
      message,
    ) ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ENOTFOUND';
  if (!lost) return error;
  const wrapped = new Error(`${what} the warehouse ${warehouseName(spec)}: ${message}`);
  Object.assign(wrapped, { code: 'GGM-I113' });
  return wrapped;
}

export class ProjectService {
  private readonly compiled = new Map<string, Promise<OpenedProject>>();
  private governed: Promise<ProjectGovernance> | undefined;

  private constructor(
    readonly config: ProjectConfig,
    readonly engineSpec: EngineSpec,
    readonly diagnostics: Diagnostic[],
  ) {}

  /** Reads ggm.yaml; throws `ProjectError` with line/column diagnostics when it cannot be used. */
  static async open(
    dir: string,
    options: { env?: Record<string, string | undefined> } = {},
  ): Promise<ProjectService> {
    const { config, diagnostics } = await loadProjectConfig(dir, options.env);
    if (!config) throw new ProjectError(`the project configuration in ${dir} has errors`, diagnostics);
    const engineSpec = parseEngineSpec(config.engine, config.dir, config.engineSettings);
    if ('error' in engineSpec) {
      throw new ProjectError(engineSpec.error, [
        { code: 'GGM-I105', severity: 'error', message: engineSpec.error, at: { file: config.file } },
      ]);
    }
    const notDuckDb = checkDuckDbFile(engineSpec);
    if (notDuckDb) {
      throw new ProjectError(notDuckDb, [
        {
          code: 'GGM-I114',
          severity: 'error',
          message: notDuckDb,
          at: { file: config.file },
          hint: 'engine: duckdb:<file> names the warehouse database (a new file is created), never a source file',
        },
      ]);
    }
    return new ProjectService(config, engineSpec, diagnostics);
  }

  /**
   * A service without ggm.yaml, for mapping files compiled on their own (`ggm compile --mapping`): the
   * whole model, an in-memory DuckDB warehouse, no sources.
   */
  static bare(dir = '.'): ProjectService {
    const config: ProjectConfig = {
      file: '',
      dir: resolve(dir),
      engine: 'duckdb::memory:',
      domains: [],
      domainsAt: [],
      allowPaths: [],
      sources: [],
    };
    return new ProjectService(config, { kind: 'duckdb', path: ':memory:' }, []);
  }

  /** Model, schema plan and every mapping compiled for one engine (see CompileProjectOptions). */
  compile(options: CompileProjectOptions = {}): Promise<OpenedProject> {
    const key = JSON.stringify(options);
    let opened = this.compiled.get(key);
    if (!opened) {
      opened = compileProject(this, options);
      this.compiled.set(key, opened);
      opened.catch(() => this.compiled.delete(key));
    }
    return opened;
  }

  /** Derived and custom checks, compiled for the project's engine. */
  async checks(options: Pick<CompileProjectOptions, 'model'> = {}): Promise<ProjectChecks> {
    return projectChecks(await this.compile(options));
  }

  /**
   * The project's gold metrics (`gold/*.yaml`): descriptors for the API, the OData feed and `ggm metrics`,
   * and the resolved metrics the compiler turns into SQL (`compileMetric`). Diagnostics GGM-K… for files
   * that do not resolve; those metrics are left out.
   */
  async goldMetrics(options: Pick<CompileProjectOptions, 'model'> = {}): Promise<ProjectGold> {
    return projectGold(await this.compile(options));
  }

  /** The run plan (plain data): what `ggm run` does, `--dry-run` explains and the executor carries out. */
  async plan(
    options: Pick<CompileProjectOptions, 'model' | 'batchBound'> & { select?: readonly string[] } = {},
  ): Promise<{ project: OpenedProject; plan: RunPlan; diagnostics: Diagnostic[] }> {
    const { select, ...compileOptions } = options;
    const project = await this.compile(compileOptions);
    const checks = await projectChecks(project);
    const gold = await projectGold(project);
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
      mappings: project.mappings.flatMap((m) =>
        m.compiled.resolved
          ? [
              {
                resolved: m.compiled.resolved,
                batchBound: m.compiled.oneBatchPerPass
                  ? { ...project.batchBound, maxBatches: 1 }
                  : project.batchBound,
                ...(m.compiled.oneBatchPerPass ? { oneBatchPerPass: m.compiled.oneBatchPerPass } : {}),
              },
            ]
          : [],
      ),
      silverTables: tablesNeeded(project.schemaPlan, new Set(resolved.map((m) => m.target.table))),
      checks: checks.checks,
      gold: gold.metrics,
      ...(select ? { select } : {}),
    });
    return {
      project,
      plan,
      diagnostics: [
        ...project.diagnostics,
        ...checks.diagnostics,
        ...gold.diagnostics,
        ...views.diagnostics,
        ...diagnostics,
      ],
    };
  }

  /**
   * governance.yaml with the catalog of the warehouse (classified, probed for BSNs), validated against
   * each other; kept after the first call (`reload: true` reads both again). No governance.yaml: the
   * deny-all policy and a GGM-G013 warning. Errors: `ProjectError` with line/column diagnostics.
   */
  governance(options: GovernanceOptions & { reload?: boolean } = {}): Promise<ProjectGovernance> {
    if (!this.governed || options.reload) {
      const { engine, reload: _reload, model, ...catalogOptions } = options;
      const build = async () => {
        const project = await this.compile(model ? { model } : {});
        return engine
          ? projectGovernance(project, engine, catalogOptions)
          : this.withWarehouse((e) => projectGovernance(project, e, catalogOptions));
      };
      const pending = build();
      this.governed = pending;
      pending.catch(() => {
        if (this.governed === pending) this.governed = undefined;
      });
    }
    return this.governed;
  }

  /** Opens the project's warehouse; the caller closes it (or uses `withWarehouse`). */
  async openWarehouse(): Promise<Engine> {
    try {
      return await openEngine(this.engineSpec);
    } catch (error) {
      throw warehouseError(this.engineSpec, error, 'cannot open');
    }
  }

  async withWarehouse<T>(fn: (engine: Engine) => Promise<T>): Promise<T> {
    const engine = await this.openWarehouse();
    try {
      return await fn(engine);
    } catch (error) {
      throw warehouseError(this.engineSpec, error, 'lost the connection to');
    } finally {
      await engine.close().catch(() => undefined);
    }
  }
}

async function compileProject(
  service: ProjectService,
  options: CompileProjectOptions,
): Promise<OpenedProject> {
  const { config, engineSpec } = service;
  const { model } = await loadModel(options.model ?? config.model);
  const index = new ModelIndex(model);
  const planned = buildSchemaPlan(index, config.domains.length > 0 ? { domains: config.domains } : {});
  const all: Diagnostic[] = [...service.diagnostics];
  all.push(...planned.diagnostics.filter((d) => d.severity === 'error'));
  // Targets read the full plan (foreign keys tell which reference table a column stores keys of);
  // the tables are created from the silver profile, without foreign-key constraints.
  const silverPlan = silverProfile(planned.plan);
  const ctx = {
    index,
    targets: silverTargetsFromPlan(planned.plan),
    ...(options.bronze ? { bronze: options.bronze } : {}),
  };
  const dialect = options.dialect ?? mappingDialectOf(engineSpec.kind);
  const batchBound = options.batchBound ?? DEFAULT_BATCH_BOUND;
  const mappings: OpenedProject['mappings'] = [];
  for (const file of options.mappingFiles?.map((f) => resolve(f)) ?? (await mappingFiles(config.dir))) {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT'
          ? `no mapping file ${shown}`
          : code === 'EISDIR'
            ? `${shown} is a folder, not a mapping file`
            : `cannot read ${shown}: ${(error as Error).message}`;
      throw new ProjectError(message, [
        { code: 'GGM-S500', severity: 'error', message, at: { file: shown } },
      ]);
    }
    const compiled = compileMapping(text, shown, ctx, [dialect], { batchBound });
    all.push(...compiled.diagnostics);
    mappings.push({ file: shown, compiled });
  }
  const failed = mappings.filter((m) => hasErrors(m.compiled.diagnostics));
  if (!options.keepErrors && (failed.length > 0 || hasErrors(all))) {
    throw new ProjectError(
      failed.length > 0
        ? `${failed.length} of ${mappings.length} mapping(s) have errors`
        : 'the project has errors',
      // Only the problems: the caller prints them once.
      all.filter((d) => d.severity !== 'info'),
    );
  }
  return {
    config,
    engineSpec,
    index,
    schemaPlan: planned.plan,
    silverPlan,
    dialect,
    batchBound,
    mappings,
    diagnostics: all,
  };
}

/** `mappings/*.yaml` in name order; a project without the folder has no mappings (it may only load). */
async function mappingFiles(dir: string): Promise<string[]> {
  const mappings = join(dir, 'mappings');
  if (!existsSync(mappings)) return [];
  return (await readdir(mappings))
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(mappings, n));
}

/** Opens a project and compiles it: `ProjectService.open(dir)` then `compile(options)`. */
export async function openProject(dir: string, options: CompileProjectOptions = {}): Promise<OpenedProject> {
  return (await ProjectService.open(dir)).compile(options);
}
