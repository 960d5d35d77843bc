import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { countByCode, formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { DIALECT_NAMES, getDialect } from '../../schema/index.js';
import { emitMigration, MIGRATION_CODES, planMigration } from '../../schema/migrate/index.js';
import { commandGroup } from '../command-groups.js';
import { checkDialectName, collect, parseSchemaCliOptions } from '../schema-cli-options.js';
import { loadCommandModel } from '../model-source.js';
import { UsageError, type Io } from '../output.js';

interface MigrationCommandOptions {
  from?: string;
  to?: string;
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
  allowDestructive?: boolean;
  out?: string;
  json?: boolean;
  diagnostics?: boolean;
  cache?: boolean;
}

/** Codes every user must see one by one: what was left out of the script. */
const ALWAYS_LISTED: string[] = [MIGRATION_CODES.destructiveSkipped, MIGRATION_CODES.notOnEngine];

/** `ggm generate migration`: the DDL that moves a database from one model version's schema to another's. */
export function registerGenerateMigrationCommand(program: Command, io: Io): void {
  commandGroup(program, 'generate', 'generate schemas and code from the model')
    .command('migration')
    .description('SQL that migrates a database built from one model version to the schema of another')
    .option(
      '--from <path|version>',
      'the version the database has: release workbook path or version such as v2.5.0',
    )
    .option('--to <path|version>', 'the version to migrate to, such as v2.5.1')
    .option('--dialect <engine>', `target engine: ${DIALECT_NAMES.join(', ')}`)
    .option(
      '-d, --domain <domain>',
      'a domain by name or number (repeatable; same selection in both versions)',
      collect,
      [],
    )
    .option('-p, --package <path>', 'a package path such as Kern/BAG (repeatable)', collect, [])
    .option('-c, --class <name>', 'a class by name or qualified name (repeatable)', collect, [])
    .option('--no-closure', 'only the classes asked for; references outside become plain columns')
    .option('--naming <style>', 'snake or ggm, as the database was generated', 'snake')
    .option(
      '--enums <how>',
      'reference `table`s or `check` constraints, as the database was generated',
      'table',
    )
    .option(
      '--generalization <how>',
      '`shared-key` or `flatten`, as the database was generated',
      'shared-key',
    )
    .option('--datatypes <how>', '`flatten` or `json`, as the database was generated', 'flatten')
    .option('--postgis', 'PostgreSQL: PostGIS geometry types, as the database was generated')
    .option('--no-history', 'the database has no valid_from / valid_to / registered_at')
    .option('--no-load-metadata', 'the database has no load_batch_id / load_source / loaded_at / row_hash')
    .option('--no-comments', 'the database has no table and column comments')
    .option('--allow-destructive', 'include steps that drop tables, columns or literals or narrow types')
    .option('-o, --out <file>', 'write the script (or the JSON) to this file')
    .option('--json', 'the migration plan and statements as JSON instead of a script')
    .option('--diagnostics', 'list every diagnostic instead of a summary')
    .option('--no-cache', 'parse the workbooks even when compiled copies are cached')
    .action(async (options: MigrationCommandOptions) => {
      if (!options.from || !options.to)
        throw new UsageError('--from and --to are required (workbook paths or versions)');
      if (!options.dialect) throw new UsageError(`--dialect is required: ${DIALECT_NAMES.join(', ')}`);
      checkDialectName(options.dialect);
      const schemaOptions = parseSchemaCliOptions(options);
      const noCache = options.cache === false;
      const [from, to] = await Promise.all([
        loadCommandModel(options.from, { noCache }),
        loadCommandModel(options.to, { noCache }),
      ]);
      const plan = planMigration(from.index, to.index, {
        selection: {
          domains: options.domain,
          packages: options.package,
          classes: options.class,
          closure: options.closure !== false,
        },
        options: schemaOptions,
        allowDestructive: options.allowDestructive === true,
      });
      if (plan.diagnostics.some((d) => d.severity === 'error')) {
        for (const d of plan.diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(d));
        throw new UsageError('no migration: the selection names elements one of the models does not have', 1);
      }
      const dialect = getDialect(options.dialect, { postgis: options.postgis === true });
      const sql = emitMigration(plan, dialect);
      const diagnostics = [...plan.diagnostics, ...sql.diagnostics];
      report(io, diagnostics, options.diagnostics === true);
      const text = options.json
        ? `${JSON.stringify({ dialect: dialect.name, migration: plan, statements: sql.statements, notApplied: sql.notApplied }, null, 2)}\n`
        : sql.script;
      await emit(io, options.out, text);
    });
}

/** Skipped and impossible steps one line each on stderr; other notes one line per code unless asked. */
function report(io: Io, diagnostics: Diagnostic[], all: boolean): void {
  const listed = all ? diagnostics : diagnostics.filter((d) => ALWAYS_LISTED.includes(d.code));
  for (const d of listed) io.err(formatDiagnostic(d));
  if (all) return;
  const rest = diagnostics.filter((d) => !ALWAYS_LISTED.includes(d.code));
  for (const [code, count] of Object.entries(countByCode(rest))) {
    const example = rest.find((d) => d.code === code)!;
    io.err(`${example.severity} ${code} ×${count}, e.g. ${example.message}`);
  }
  if (rest.length > 0) io.err('(--diagnostics lists them all)');
}

async function emit(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  io.err(`wrote ${out}`);
}
