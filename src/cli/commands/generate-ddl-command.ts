import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { countByCode, formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { selectClasses } from '../../model/model-selection.js';
import { buildSchemaPlan, DIALECT_NAMES, emitDdl, getDialect } from '../../schema/index.js';
import { commandGroup } from '../command-groups.js';
import { checkDialectName, collect, parseSchemaCliOptions } from '../schema-cli-options.js';
import { loadCommandModel } from '../model-source.js';
import { UsageError, type Io } from '../output.js';

interface DdlCommandOptions {
  model?: string;
  dialect?: string;
  domain: string[];
  package: string[];
  class: string[];
  closure?: boolean;
  naming: string;
  enums: string;
  generalization: string;
  datatypes: string;
  postgis?: boolean;
  history?: boolean;
  loadMetadata?: boolean;
  comments?: boolean;
  out?: string;
  json?: boolean;
  diagnostics?: boolean;
  cache?: boolean;
}

/** `ggm generate ddl`: one consistent physical schema (DDL or the plan as JSON) for an engine. */
export function registerGenerateDdlCommand(program: Command, io: Io): void {
  const generate = commandGroup(program, 'generate', 'generate schemas and code from the model');
  generate
    .command('ddl')
    .description('CREATE TABLE statements for the whole model or a selection, for one database engine')
    .option(
      '-m, --model <path|version>',
      'release workbook path or version such as v2.5.1 (default: GGM_MODEL)',
    )
    .option('--dialect <engine>', `target engine: ${DIALECT_NAMES.join(', ')}`)
    .option('-d, --domain <domain>', 'a domain by name or number (repeatable)', collect, [])
    .option('-p, --package <path>', 'a package path such as Kern/BAG (repeatable)', collect, [])
    .option('-c, --class <name>', 'a class by name or qualified name (repeatable)', collect, [])
    .option('--no-closure', 'only the classes asked for; references outside become plain columns')
    .option(
      '--naming <style>',
      'snake (openbare_ruimte) or ggm (OPENBARERUIMTE, as the published DDL)',
      'snake',
    )
    .option(
      '--enums <how>',
      'enumerations as reference `table`s with seed rows, or `check` constraints',
      'table',
    )
    .option(
      '--generalization <how>',
      '`shared-key` (table per class) or `flatten` (inherited columns copied)',
      'shared-key',
    )
    .option(
      '--datatypes <how>',
      'datatype attributes `flatten`ed into prefixed columns, or one `json` column',
      'flatten',
    )
    .option('--postgis', 'PostgreSQL: PostGIS geometry types (EPSG:28992) instead of WKT text')
    .option('--no-history', 'leave out valid_from / valid_to / registered_at')
    .option('--no-load-metadata', 'leave out load_batch_id / load_source / loaded_at / row_hash')
    .option('--no-comments', 'leave out table and column comments')
    .option('-o, --out <file|dir>', 'write to this file, or to <dir>/ggm-<dialect>.sql (.json with --json)')
    .option('--json', 'the physical schema plan as JSON instead of DDL')
    .option('--diagnostics', 'list every diagnostic instead of a summary')
    .option('--no-cache', 'parse the workbook even when a compiled copy is cached')
    .action(async (options: DdlCommandOptions) => {
      const schemaOptions = parseSchemaCliOptions(options);
      if (!options.json && !options.dialect)
        throw new UsageError('--dialect is required (or --json for the plan)');
      if (options.dialect) checkDialectName(options.dialect);
      const { index } = await loadCommandModel(options.model, { noCache: options.cache === false });
      const selection = selectClasses(index, {
        domains: options.domain,
        packages: options.package,
        classes: options.class,
        closure: options.closure !== false,
      });
      if (selection.diagnostics.some((d) => d.severity === 'error')) {
        for (const d of selection.diagnostics) io.err(formatDiagnostic(d));
        throw new UsageError('nothing generated: the selection names elements the model does not have', 1);
      }
      const { plan, diagnostics } = buildSchemaPlan(index, selection, schemaOptions);
      if (options.json) {
        report(io, diagnostics, options.diagnostics === true);
        await emit(io, options.out, `${JSON.stringify(plan, null, 2)}\n`, 'ggm-plan.json');
        return;
      }
      const dialect = getDialect(options.dialect!, { postgis: options.postgis === true });
      const ddl = emitDdl(plan, dialect);
      report(io, [...diagnostics, ...ddl.diagnostics], options.diagnostics === true);
      const header = `-- GGM ${plan.model.version ?? ''} physical schema for ${dialect.label}: ${plan.tables.length} tables\n`;
      await emit(io, options.out, `${header}\n${ddl.statements.join(';\n\n')};\n`, `ggm-${dialect.name}.sql`);
    });
}

/** Problems the schema works around, on stderr: all of them, or one line per code. */
function report(io: Io, diagnostics: Diagnostic[], all: boolean): void {
  if (diagnostics.length === 0) return;
  if (all) {
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    return;
  }
  for (const [code, count] of Object.entries(countByCode(diagnostics))) {
    const example = diagnostics.find((d) => d.code === code)!;
    io.err(`${example.severity} ${code} ×${count}, e.g. ${example.message}`);
  }
  io.err('(--diagnostics lists them all)');
}

async function emit(io: Io, out: string | undefined, text: string, defaultName: string): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  const isDir = out.endsWith('/') || (await stat(out).catch(() => undefined))?.isDirectory() === true;
  const path = isDir ? join(out, defaultName) : out;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  io.err(`wrote ${path}`);
}
