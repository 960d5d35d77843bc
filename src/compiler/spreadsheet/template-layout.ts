import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { SheetRow } from '../../xlsx/sheet-scanner.js';
import type { JoinBatch, JoinKind } from '../spec/mapping-spec.js';
import type { FieldRow, MappingBlock, MarkedField, MarkedMapping, ReadBlocks } from './mapping-blocks.js';
import type { DraftCondition } from './mapping-draft.js';
import { parseRuleLines, parseValues, type RuleLine } from './rule-lines.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import { TEMPLATE_HEADER, TEMPLATE_SHEETS } from './template-layout-columns.js';
import { cellAt, cellText, type CellText, type SheetCells, type WorkbookData } from './workbook-data.js';

type Field = 'application' | 'table' | 'column' | 'remarks' | 'targetClass' | 'targetAttribute' | 'author';
const FIELDS: Field[] = [
  'application',
  'table',
  'column',
  'remarks',
  'targetClass',
  'targetAttribute',
  'author',
];

/** The header row of a template mapping sheet: field → 0-based column, found by name. */
function templateHeader(rows: SheetRow[]): { row: number; columns: Record<Field, number> } | undefined {
  for (const r of rows.slice(0, 10)) {
    const names = r.values.map((v) => (v === undefined ? '' : foldName(String(v))));
    const columns = {} as Record<Field, number>;
    TEMPLATE_HEADER.forEach((h, i) => (columns[FIELDS[i]!] = names.indexOf(foldName(h))));
    if (columns.targetClass >= 0 && columns.targetAttribute >= 0) return { row: r.row, columns };
  }
  return undefined;
}

export function isTemplateSheet(sheet: SheetCells): boolean {
  return templateHeader(sheet.rows) !== undefined;
}

/** Rows of the template layout: one row per attribute, grouped by the GGM class they name. */
export function readTemplateLayout(data: WorkbookData): ReadBlocks {
  const diagnostics: Diagnostic[] = [];
  const blocks: MappingBlock[] = [];
  for (const sheet of data.sheets) {
    const header = templateHeader(sheet.rows);
    if (!header) continue;
    const rows = sheet.rows.filter((r) => r.row > header.row);
    if (foldName(sheet.name) === foldName(TEMPLATE_SHEETS.datamart)) {
      const filled = rows.find((r) => filledFields(data.file, sheet.name, r, header.columns).length > 1);
      if (filled) {
        diagnostics.push(
          sheetDiagnostic(
            C.notAMapping,
            'info',
            'the Datamart sheet maps to datamart tables, not to GGM classes; it is not imported',
            cellAt(data.file, sheet.name, filled.row, 0),
          ),
        );
      }
      continue;
    }
    blocks.push(...readSheet(data.file, sheet.name, rows, header.columns, diagnostics));
  }
  return { blocks, diagnostics, context: readContext(data) };
}

function filledFields(file: string, sheet: string, row: SheetRow, columns: Record<Field, number>): Field[] {
  return FIELDS.filter((f) => columns[f] >= 0 && cellText(file, sheet, row, columns[f]) !== undefined);
}

function readSheet(
  file: string,
  sheet: string,
  rows: SheetRow[],
  columns: Record<Field, number>,
  diagnostics: Diagnostic[],
): MappingBlock[] {
  const byClass = new Map<string, MappingBlock>();
  for (const row of rows) {
    const cell = (f: Field) => (columns[f] >= 0 ? cellText(file, sheet, row, columns[f]) : undefined);
    const filled = filledFields(file, sheet, row, columns);
    // The template comes with the class column pre-filled on empty rows; those are placeholders.
    if (filled.length === 0 || (filled.length === 1 && filled[0] === 'targetClass')) continue;
    const target = cell('targetClass');
    if (!target) {
      diagnostics.push(
        sheetDiagnostic(
          C.noTarget,
          'warning',
          'row names a source but no GGM Tabel/Object; it is not imported',
          cellAt(file, sheet, row.row, columns.targetClass),
          'fill in the GGM class (and attribute) the source maps to',
        ),
      );
      continue;
    }
    const id = foldName(target.text);
    let block = byClass.get(id);
    if (!block) {
      block = {
        layout: 'template',
        sheet,
        rows: [row.row, row.row],
        className: target,
        tables: [],
        variants: [{ column: 'C' }],
        reading: 'column',
        fields: [],
        remarks: [],
      };
      byClass.set(id, block);
    }
    block.rows[1] = row.row;
    // Who made the mapping for which application: kept once per block, in the file's header.
    for (const [field, label] of [
      ['application', 'Bron applicatie'],
      ['author', 'Gemaakt door'],
    ] as const) {
      const value = cell(field);
      if (value && !block.remarks.some((r) => r.text === `${label}: ${value.text}`)) {
        block.remarks.push({ ...value, text: `${label}: ${value.text}` });
      }
    }
    const attribute = cell('targetAttribute');
    const remarks = cell('remarks');
    const { rules, remarks: prose } = parseRuleLines(remarks?.text ?? '');
    const proseCells = prose.map((text) => ({ ...remarks!, text }));
    const table = cell('table');
    if (!attribute) {
      readSourceRow(block, table, cell('column'), rules, remarks);
      block.remarks.push(...proseCells);
      continue;
    }
    const field: FieldRow = {
      name: attribute,
      ...(table ? { table } : {}),
      sources: [cell('column')],
      key: false,
      foreign: false,
      remarks: proseCells,
    };
    const marked = markedField(rules);
    if (marked) field.marked = marked;
    block.fields.push(field);
  }
  return [...byClass.values()];
}

/** A row with a class but no attribute: a source table of the class, with our rule lines if any. */
function readSourceRow(
  block: MappingBlock,
  table: CellText | undefined,
  columns: CellText | undefined,
  rules: RuleLine[],
  remarks: CellText | undefined,
): void {
  if (!table) return;
  const rule = (k: RuleLine['keyword']) => rules.find((r) => r.keyword === k)?.value;
  if (rules.length === 0) {
    block.tables.push(table);
    return;
  }
  const marked: MarkedMapping = (block.marked ??= { key: [], sources: [] });
  const name = rule('naam');
  if (name) marked.name = name;
  marked.key.push(...rules.filter((r) => r.keyword === 'sleutel').map((r) => r.value));
  const history = rule('historie');
  if (history) {
    const [mode, ...flags] = history.split(',').map((s) => s.trim());
    const validFrom = rule('geldig vanaf');
    marked.history = {
      mode: mode ?? 'snapshot',
      closeMissing: flags.includes('close_missing'),
      ...(validFrom ? { validFrom } : {}),
    };
  }
  const condition = (k: 'filter' | 'verwijderd als'): DraftCondition | undefined => {
    const lines = rules.filter((r) => r.keyword === k);
    if (lines.length === 0) return undefined;
    if (!lines[0]!.qualifier) return { value: lines[0]!.value };
    return { sql: Object.fromEntries(lines.map((r) => [r.qualifier ?? '*', r.value])) };
  };
  const where = condition('filter');
  if (where) marked.where = where;
  const deleteWhen = condition('verwijderd als');
  if (deleteWhen) marked.deleteWhen = deleteWhen;
  const on = rule('op');
  const join = rule('join');
  marked.sources.push({
    table: table.text,
    alias: rule('alias') ?? table.text,
    columns: (columns?.text ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    ...(on
      ? {
          join: {
            kind: (join === 'inner' ? 'inner' : 'left') as JoinKind,
            on,
            batch: (rule('batch') === 'same' ? 'same' : 'latest') as JoinBatch,
          },
        }
      : {}),
    at: remarks?.at ?? table.at,
  });
}

function markedField(rules: RuleLine[]): MarkedField | undefined {
  if (rules.length === 0) return undefined;
  const marked: MarkedField = {};
  const association = rules.find((r) => r.keyword === 'associatie');
  if (association) {
    marked.association = {
      ...(association.value ? { to: association.value } : {}),
      key: rules.filter((r) => r.keyword === 'sleutel').map((r) => r.value),
    };
    return marked;
  }
  for (const r of rules) {
    if (r.keyword === 'expressie') marked.expression = r.value;
    else if (r.keyword === 'sql') (marked.sql ??= {})[r.qualifier ?? '*'] = r.value;
    else if (r.keyword === 'waarden') marked.values = parseValues(r.value);
  }
  return marked;
}

/** "Algemene info": the domain and subdomain of the mapping, the first filled cells of the sheet. */
function readContext(data: WorkbookData): string[] {
  const info = data.sheets.find((s) => foldName(s.name) === foldName(TEMPLATE_SHEETS.info));
  const row = info?.rows.find((r) => r.values.some((v) => v !== undefined && String(v).trim() !== ''));
  if (!row) return [];
  return row.values.filter((v) => v !== undefined && String(v).trim() !== '').map((v) => String(v).trim());
}
