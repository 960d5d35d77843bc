import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { MappingSpec } from '../../compiler/spec/mapping-spec.js';
import { parseMapping } from '../../compiler/spec/parse-mapping.js';
import { exportMappingWorkbook } from '../../compiler/spreadsheet/export-mapping-workbook.js';
import {
  importMappingWorkbook,
  type MappingImport,
} from '../../compiler/spreadsheet/import-mapping-workbook.js';
import { loadMappingWorkbook } from '../../compiler/spreadsheet/load-mapping-workbook.js';
import { SHEET_CODES, sheetDiagnostic } from '../../compiler/spreadsheet/sheet-codes.js';
import { countByCode, formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import { buildWorkbook } from '../../xlsx/workbook-writer.js';
import { commandGroup } from '../command-groups.js';
import { loadCommandModel } from '../model-source.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface ImportOptions {
  out: string;
  model?: string;
  json?: boolean;
  strict?: boolean;
  force?: boolean;
}

interface ExportOptions {
  out: string;
  model?: string;
  application?: string;
  author?: string;
}

const MODEL_OPTION = [
  '-m, --model <path|version>',
  'release workbook path or version such as v2.5.1 (default: GGM_MODEL)',
] as const;

/** `ggm mapping import|export`: the community's mapping spreadsheets ↔ our YAML mapping files. */
export function registerMappingSheetCommands(program: Command, io: Io): void {
  const mapping = commandGroup(program, 'mapping', 'mapping files and the community mapping spreadsheets');

  mapping
    .command('import')
    .description('a community mapping workbook (.xlsx) → one YAML mapping per GGM class')
    .argument('<xlsx>', 'the mapping workbook')
    .requiredOption('-o, --out <dir>', 'folder for the mapping files')
    .option(...MODEL_OPTION)
    .option('--json', 'print the files written and the diagnostics as JSON')
    .option('--strict', 'exit 1 on warnings too')
    .option('--force', 'overwrite mapping files that exist')
    .action(async (xlsx: string, options: ImportOptions) => {
      if (!existsSync(xlsx)) throw new UsageError(`no such workbook: ${xlsx}`, 1);
      const data = await loadMappingWorkbook(xlsx).catch((e: Error) => {
        throw new UsageError(`cannot read ${xlsx}: ${e.message}`, 1);
      });
      const { index } = await loadCommandModel(options.model);
      const result = importMappingWorkbook(data, index);
      await mkdir(options.out, { recursive: true });
      const existing = result.files.filter((f) => existsSync(join(options.out, f.file)));
      if (existing.length > 0 && !options.force) {
        throw new UsageError(
          `${existing.map((f) => f.file).join(', ')} exist in ${options.out}; use --force to overwrite`,
          1,
        );
      }
      for (const f of result.files) await writeFile(join(options.out, f.file), f.text);
      printImport(io, xlsx, options, result);
      failOn(result.diagnostics, options.strict === true);
    });

  mapping
    .command('export')
    .description('YAML mappings → a workbook in the layout of the community template')
    .argument('<dir>', 'folder with mapping files (*.yaml)')
    .requiredOption('-o, --out <xlsx>', 'the workbook to write')
    .option(...MODEL_OPTION)
    .option('--application <name>', 'Bron applicatie on every row')
    .option('--author <name>', 'Gemaakt door on every row')
    .action(async (dir: string, options: ExportOptions) => {
      if (!existsSync(dir)) throw new UsageError(`no such folder: ${dir}`, 1);
      const diagnostics: Diagnostic[] = [];
      const specs = await readSpecs(dir, diagnostics);
      if (specs.length === 0) {
        for (const d of diagnostics) io.err(formatDiagnostic(d));
        throw new UsageError(`no valid mapping files in ${dir}`, 1);
      }
      const index = await exportIndex(options.model);
      const exported = exportMappingWorkbook(specs, {
        ...(options.application ? { application: options.application } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(index ? { index } : {}),
      });
      diagnostics.push(...exported.diagnostics);
      await writeFile(options.out, buildWorkbook(exported.sheets));
      io.out(`wrote ${specs.length} mapping(s), ${exported.rows} rows, to ${options.out}`);
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      failOn(diagnostics, false);
    });
}

function printImport(io: Io, xlsx: string, options: ImportOptions, result: MappingImport): void {
  if (options.json) {
    printJson(io, {
      workbook: xlsx,
      out: options.out,
      sheets: result.sheets,
      blocks: result.blocks,
      files: result.files.map(({ text: _text, ...f }) => f),
      diagnostics: result.diagnostics,
    });
    return;
  }
  const sheets = result.sheets.map((s) => `${s.sheet} (${s.layout})`).join(', ') || 'none';
  const sum = (k: 'attributes' | 'associations' | 'todo') => result.files.reduce((n, f) => n + f[k], 0);
  io.out(`read ${xlsx}: ${result.blocks} class block(s) in sheet(s) ${sheets}`);
  io.out(
    `wrote ${result.files.length} mapping(s) to ${options.out}: ${sum('attributes')} attributes, ` +
      `${sum('associations')} associations, ${sum('todo')} rule(s) kept as TODO`,
  );
  if (result.files.length > 0) {
    io.out(
      formatTable(
        ['file', 'target', 'sheet', 'attributes', 'associations', 'todo'],
        result.files.map((f) => [f.file, f.target, f.sheet, f.attributes, f.associations, f.todo]),
      ),
    );
  }
  const counts = Object.entries(countByCode(result.diagnostics)).map(([code, n]) => `${code} ${n}`);
  if (counts.length > 0) io.out(`diagnostics: ${counts.join(', ')} (on stderr)`);
  for (const d of result.diagnostics) io.err(formatDiagnostic(d));
}

function failOn(diagnostics: Diagnostic[], strict: boolean): void {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) throw new UsageError(`${errors} error(s)`, 1);
  if (strict && warnings > 0) throw new UsageError(`${warnings} warning(s) (--strict)`, 1);
}

async function readSpecs(dir: string, diagnostics: Diagnostic[]): Promise<MappingSpec[]> {
  const files = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const specs: MappingSpec[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseMapping(await readFile(file, 'utf8'), file);
    if (parsed.spec && !parsed.diagnostics.some((d) => d.severity === 'error')) {
      specs.push(parsed.spec);
      continue;
    }
    diagnostics.push(
      ...parsed.diagnostics,
      sheetDiagnostic(
        SHEET_CODES.exportSkipped,
        'error',
        `${name} has errors; it is not exported`,
        { file },
        'ggm compile --mapping <file> shows them in context',
      ),
    );
  }
  return specs;
}

/** The model only names the domain in "Algemene info"; without --model or GGM_MODEL it is skipped. */
async function exportIndex(model: string | undefined): Promise<ModelIndex | undefined> {
  if (!model && !process.env['GGM_MODEL']) return undefined;
  return (await loadCommandModel(model)).index;
}
