import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { stringify as toYaml } from 'yaml';
import { countByCode, formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { selectClasses } from '../../model/model-selection.js';
import {
  buildContractModel,
  checkApiDesignRules,
  emitClassDocuments,
  emitDomainBundles,
  emitOpenApi,
  emitSelectionBundle,
  emitTypeScript,
  type ContractModel,
  type RelationStyle,
} from '../../schema/contracts/index.js';
import { SEMVER } from '../../schema/contracts/openapi-emitter.js';
import { commandGroup } from '../command-groups.js';
import { loadCommandModel } from '../model-source.js';
import { UsageError, type Io } from '../output.js';

interface ContractCommandOptions {
  model?: string;
  domain: string[];
  package: string[];
  class: string[];
  closure?: boolean;
  out?: string;
  relations: string;
  baseUri?: string;
  diagnostics?: boolean;
  cache?: boolean;
}

interface OpenApiCommandOptions extends ContractCommandOptions {
  paths?: boolean;
  apiVersion?: string;
  title?: string;
  contactName?: string;
  contactEmail?: string;
  contactUrl?: string;
  serverUrl?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `ggm generate jsonschema|openapi|types`: contracts generated from the model for a selection. */
export function registerGenerateContractsCommands(program: Command, io: Io): void {
  const generate = commandGroup(program, 'generate', 'generate schemas and code from the model');
  const withSelection = (cmd: Command) =>
    cmd
      .option(
        '-m, --model <path|version>',
        'release workbook path or version such as v2.5.1 (default: GGM_MODEL)',
      )
      .option('-d, --domain <domain>', 'a domain by name or number (repeatable)', collect, [])
      .option('-p, --package <path>', 'a package path such as Kern/BAG (repeatable)', collect, [])
      .option('-c, --class <name>', 'a class by name or qualified name (repeatable)', collect, [])
      .option('--no-closure', 'only the classes asked for (plus superclasses and embedded datatypes)')
      .option(
        '--relations <style>',
        'associations and objecttype-typed attributes as identifier `reference`s or `embed`ded objects',
        'reference',
      )
      .option('--base-uri <uri>', 'base of every $id (default https://example.org/ggm/<model version>/)')
      .option('--diagnostics', 'list every diagnostic instead of a summary')
      .option('--no-cache', 'parse the workbook even when a compiled copy is cached');

  withSelection(generate.command('jsonschema'))
    .description('JSON Schema 2020-12: one document per class and a bundle per domain')
    .option('-o, --out <file|dir>', 'a .json file (one bundle) or a folder (per class and per domain)')
    .action(async (options: ContractCommandOptions) => {
      const { model, schemaOptions } = await prepare(io, options);
      if (!options.out || options.out.endsWith('.json')) {
        await emit(io, options.out, json(emitSelectionBundle(model, schemaOptions).schema));
        return;
      }
      const classes = emitClassDocuments(model, schemaOptions);
      const domains = emitDomainBundles(model, schemaOptions);
      for (const file of [...classes, ...domains]) {
        await writeText(join(options.out, file.path), json(file.schema));
      }
      io.out(`wrote ${classes.length} class schemas and ${domains.length} domain bundles to ${options.out}`);
    });

  withSelection(generate.command('openapi'))
    .description('OpenAPI 3.1 with the schemas as components, optionally read-only collection paths')
    .option('-o, --out <file>', 'write here (.yaml/.yml for YAML) instead of printing JSON')
    .option('--paths', 'add GET collection and item paths for every selected objecttype')
    .option('--api-version <semver>', 'info.version (default: the model version)')
    .option('--title <text>', 'info.title')
    .option('--contact-name <name>', 'info.contact.name')
    .option('--contact-email <email>', 'info.contact.email')
    .option('--contact-url <url>', 'info.contact.url')
    .option('--server-url <url>', 'servers[0].url (default /api/v<major>)')
    .action(async (options: OpenApiCommandOptions) => {
      if (options.apiVersion !== undefined && !SEMVER.test(options.apiVersion)) {
        throw new UsageError(`--api-version ${options.apiVersion} is not a SemVer version such as 1.2.0`);
      }
      const { model, schemaOptions } = await prepare(io, options);
      const contact = {
        ...(options.contactName ? { name: options.contactName } : {}),
        ...(options.contactEmail ? { email: options.contactEmail } : {}),
        ...(options.contactUrl ? { url: options.contactUrl } : {}),
      };
      const document = emitOpenApi(model, {
        ...schemaOptions,
        paths: options.paths === true,
        contact,
        ...(options.apiVersion ? { version: options.apiVersion } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      });
      report(io, checkApiDesignRules(document, options.out), true);
      const yaml = options.out !== undefined && /\.ya?ml$/i.test(options.out);
      await emit(io, options.out, yaml ? toYaml(document, { aliasDuplicateObjects: false }) : json(document));
    });

  withSelection(generate.command('types'))
    .description('TypeScript declarations (.d.ts): an interface per class, a union per enumeration')
    .option('-o, --out <file>', 'write here instead of printing')
    .action(async (options: ContractCommandOptions) => {
      const { model } = await prepare(io, options);
      await emit(io, options.out, emitTypeScript(model));
    });
}

async function prepare(
  io: Io,
  options: ContractCommandOptions,
): Promise<{ model: ContractModel; schemaOptions: { baseUri?: string } }> {
  if (options.relations !== 'reference' && options.relations !== 'embed') {
    throw new UsageError(`--relations must be reference or embed, not ${options.relations}`);
  }
  const { index } = await loadCommandModel(options.model, { noCache: options.cache === false });
  const selection = selectClasses(index, {
    domains: options.domain,
    packages: options.package,
    classes: options.class,
    closure: options.closure !== false,
  });
  if (selection.diagnostics.length > 0) {
    for (const d of selection.diagnostics) io.err(formatDiagnostic(d));
    throw new UsageError('nothing generated: the selection names elements the model does not have', 1);
  }
  const model = buildContractModel(index, selection, { relations: options.relations as RelationStyle });
  report(io, model.diagnostics, options.diagnostics === true);
  return { model, schemaOptions: options.baseUri ? { baseUri: options.baseUri } : {} };
}

/** Model problems the output works around, on stderr: all of them, or one line per code. */
function report(io: Io, diagnostics: Diagnostic[], all: boolean): void {
  if (diagnostics.length === 0) return;
  if (all || diagnostics.length <= 3) {
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    return;
  }
  for (const [code, count] of Object.entries(countByCode(diagnostics))) {
    const example = diagnostics.find((d) => d.code === code)!;
    io.err(`${example.severity} ${code} ×${count}, e.g. ${example.message}`);
  }
  io.err('(--diagnostics lists them all)');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function emit(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  await writeText(out, text);
  io.err(`wrote ${out}`);
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
