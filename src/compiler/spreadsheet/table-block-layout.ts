import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { SheetRow } from '../../xlsx/sheet-scanner.js';
import { columnLetters } from '../../xlsx/xml-text.js';
import type { MappingBlock, ReadBlocks } from './mapping-blocks.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import { cellText, type CellText, type SheetCells, type WorkbookData } from './workbook-data.js';

/** Fixed columns of a "Tabelnaam" block: B name, C type, D PK, E BK, F FK, G… the mapping rules. */
const NAME = 1;
const CLASS = 2;
const PK = 3;
const BK = 4;
const FK = 5;
const FIRST_RULE = 6;
const HEADER_WORDS = new Set([
  'sql',
  'mapping',
  'pk',
  'bk',
  'fk',
  'kolomnaam',
  'datatype',
  'type',
  'omschrijving',
]);

const isBlockStart = (row: SheetRow) => foldName(String(row.values[NAME] ?? '')) === 'tabelnaam';

export function isTableBlockSheet(sheet: SheetCells): boolean {
  return sheet.rows.some(isBlockStart);
}

/**
 * Blocks that start with a row `Tabelnaam | <class>`, followed by header rows (`SQL`, `PK BK FK`,
 * `Kolomnaam Datatype … Mapping`) and one row per column of the class's table.
 */
export function readTableBlockLayout(data: WorkbookData): ReadBlocks {
  const blocks: MappingBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sheet of data.sheets) {
    if (!isTableBlockSheet(sheet)) continue;
    let rows: SheetRow[] = [];
    const flush = () => {
      const block = rows.length > 0 ? readBlock(data.file, sheet.name, rows) : undefined;
      if (block) blocks.push(block);
    };
    for (const row of sheet.rows) {
      if (isBlockStart(row)) {
        flush();
        rows = [row];
      } else if (rows.length > 0) rows.push(row);
      else if (!isHeaderRow(row) && cellText(data.file, sheet.name, row, NAME)) {
        diagnostics.push(
          sheetDiagnostic(
            C.noTarget,
            'warning',
            'row comes before any Tabelnaam row, so it has no target; it is not imported',
            cellText(data.file, sheet.name, row, NAME)!.at,
            'start the block with a row Tabelnaam | <GGM class>',
          ),
        );
      }
    }
    flush();
  }
  return { blocks, diagnostics, context: [] };
}

function isHeaderRow(row: SheetRow): boolean {
  const name = row.values[NAME];
  if (name !== undefined && foldName(String(name)) !== 'kolomnaam') return false;
  return row.values.some((v) => v !== undefined && HEADER_WORDS.has(foldName(String(v))));
}

function readBlock(file: string, sheet: string, rows: SheetRow[]): MappingBlock | undefined {
  const [start, ...rest] = rows;
  const cell = (row: SheetRow, i: number) => cellText(file, sheet, row, i);
  const className = cell(start!, CLASS);
  if (!className) return undefined;
  const headers = rest.filter(isHeaderRow);
  // Columns headed SQL or Mapping hold rules; several side by side map several sources.
  const ruleColumns = [
    ...new Set(
      headers.flatMap((h) =>
        h.values
          .map((v, i) => (i >= FIRST_RULE && ['sql', 'mapping'].includes(foldName(String(v ?? ''))) ? i : -1))
          .filter((i) => i >= 0),
      ),
    ),
  ].sort((a, b) => a - b);
  if (ruleColumns.length === 0) ruleColumns.push(FIRST_RULE);
  const lastRule = ruleColumns[ruleColumns.length - 1]!;
  const labels = ruleColumns.map((i) => cell(start!, i)?.text);
  const blockRemarks = start!.values
    .map((_, i) =>
      i === 0 || (i > FK && (ruleColumns.length === 1 || i > lastRule)) ? cell(start!, i) : undefined,
    )
    .filter((t): t is CellText => !!t);
  const fieldRows = rest.filter((r) => !isHeaderRow(r) && cell(r, NAME));
  const hasBk = fieldRows.some((r) => cell(r, BK));
  const block: MappingBlock = {
    layout: 'table-blocks',
    sheet,
    rows: [start!.row, rows[rows.length - 1]!.row],
    className,
    tables: [],
    variants: ruleColumns.map((i, n) => ({
      column: columnLetters(i),
      ...(ruleColumns.length > 1 && labels[n] ? { label: labels[n] } : {}),
    })),
    reading: 'expression',
    fields: [],
    remarks: blockRemarks,
  };
  for (const r of fieldRows) {
    block.fields.push({
      name: cell(r, NAME)!,
      sources: ruleColumns.map((i) => cell(r, i)),
      key: hasBk ? !!cell(r, BK) : !!cell(r, PK),
      foreign: !!cell(r, FK),
      remarks: r.values
        .map((_, i) => (i === 0 || i > lastRule ? cell(r, i) : undefined))
        .filter((t): t is CellText => !!t),
    });
  }
  return block;
}
