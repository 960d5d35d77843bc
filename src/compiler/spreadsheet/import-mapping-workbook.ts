import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import { parseMapping } from '../spec/parse-mapping.js';
import { buildMappingDrafts } from './build-mapping-drafts.js';
import { emitMappingYaml } from './emit-mapping-yaml.js';
import { isEntityBlockSheet, readEntityBlockLayout } from './entity-block-layout.js';
import type { LayoutName } from './mapping-blocks.js';
import { kebabName, type MappingDraft } from './mapping-draft.js';
import { candidateClasses, classContext, resolveSheetClass } from './resolve-sheet-class.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import { isTableBlockSheet, readTableBlockLayout } from './table-block-layout.js';
import { isTemplateSheet, readTemplateLayout } from './template-layout.js';
import type { WorkbookData } from './workbook-data.js';

export interface ImportedMappingFile {
  /** File name inside the output folder. */
  file: string;
  text: string;
  target: string;
  sheet: string;
  attributes: number;
  associations: number;
  /** Attributes whose rule is kept as `sql: {todo: …}` for a person to rewrite. */
  todo: number;
}

export interface MappingImport {
  /** Layouts found, per sheet. */
  sheets: { sheet: string; layout: LayoutName }[];
  /** Class blocks found in the sheets (before resolving them against the model). */
  blocks: number;
  files: ImportedMappingFile[];
  diagnostics: Diagnostic[];
}

/**
 * A community mapping workbook → one mapping file per GGM class (and per source column when a sheet
 * maps several sources side by side). Pure: the caller reads the workbook and writes the files.
 */
export function importMappingWorkbook(data: WorkbookData, index: ModelIndex): MappingImport {
  const sheets: MappingImport['sheets'] = [];
  for (const s of data.sheets) {
    if (isTemplateSheet(s)) sheets.push({ sheet: s.name, layout: 'template' });
    else if (isEntityBlockSheet(s)) sheets.push({ sheet: s.name, layout: 'entity-blocks' });
    else if (isTableBlockSheet(s)) sheets.push({ sheet: s.name, layout: 'table-blocks' });
  }
  const read = [readTemplateLayout(data), readEntityBlockLayout(data), readTableBlockLayout(data)];
  const diagnostics = read.flatMap((r) => r.diagnostics);
  const blocks = read.flatMap((r) => r.blocks);
  if (sheets.length === 0) {
    diagnostics.push(
      sheetDiagnostic(
        C.noLayout,
        'error',
        'no sheet has a known mapping layout',
        { file: data.file },
        'docs/mapping-spreadsheets.md describes the template, entity-block and Tabelnaam-block layouts',
      ),
    );
  }
  const unambiguous = blocks
    .map((b) => candidateClasses(index, b.className.text))
    .filter((c) => c.length === 1)
    .map((c) => c[0]!);
  const context = classContext(
    index,
    read.flatMap((r) => r.context),
    unambiguous,
  );
  const drafts: MappingDraft[] = [];
  const used = new Set<string>();
  for (const block of blocks) {
    const found = resolveSheetClass(index, block.className, context, diagnostics);
    if (found.kind !== 'class') continue;
    const name = kebabName(found.cls.name);
    for (const draft of buildMappingDrafts({ ...found, index, block, name, diagnostics })) {
      draft.name = uniqueName(draft.name, used);
      draft.file = `${draft.name}.yaml`;
      drafts.push(draft);
    }
  }
  const files = drafts.map((d) => toFile(d, diagnostics));
  return { sheets, blocks: blocks.length, files, diagnostics };
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

function toFile(draft: MappingDraft, diagnostics: Diagnostic[]): ImportedMappingFile {
  const text = emitMappingYaml(draft);
  // The file must read back with our parser; a problem here is a bug in the importer, so say so.
  for (const d of parseMapping(text, draft.file).diagnostics) {
    diagnostics.push({ ...d, message: `importer wrote an invalid mapping: ${d.message}` });
  }
  return {
    file: draft.file,
    text,
    target: draft.target,
    sheet: draft.sheet,
    attributes: draft.attributes.length,
    associations: draft.associations.length,
    todo: draft.attributes.filter((a) => a.sql?.['todo'] !== undefined).length,
  };
}
