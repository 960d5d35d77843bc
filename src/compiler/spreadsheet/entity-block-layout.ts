import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { SheetRow } from '../../xlsx/sheet-scanner.js';
import { columnLetters } from '../../xlsx/xml-text.js';
import type { MappingBlock, ReadBlocks } from './mapping-blocks.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import { cellText, type CellText, type SheetCells, type WorkbookData } from './workbook-data.js';

interface Columns {
  entity: number;
  attribute: number;
  pk: number;
  table: number;
  column: number;
  remarks: number[];
}

/**
 * "Entiteit GGM | Attribuut GGM | Datatype | PK | | Tabel Bron | Kolom Bron | Datatype | Toelichting |
 * Opmerking": a class row (entity filled, source table beside it) followed by its attribute rows.
 */
function entityHeader(rows: SheetRow[]): { row: number; columns: Columns } | undefined {
  for (const r of rows.slice(0, 10)) {
    const names = r.values.map((v) => (v === undefined ? '' : foldName(String(v))));
    const entity = names.indexOf('entiteitggm');
    const attribute = names.indexOf('attribuutggm');
    if (entity < 0 || attribute < 0) continue;
    const remarks = ['toelichting', 'opmerking'].map((n) => names.indexOf(n)).filter((i) => i >= 0);
    return {
      row: r.row,
      columns: {
        entity,
        attribute,
        pk: names.indexOf('pk'),
        table: names.indexOf('tabelbron'),
        column: names.indexOf('kolombron'),
        remarks,
      },
    };
  }
  return undefined;
}

export function isEntityBlockSheet(sheet: SheetCells): boolean {
  return entityHeader(sheet.rows) !== undefined;
}

export function readEntityBlockLayout(data: WorkbookData): ReadBlocks {
  const diagnostics: Diagnostic[] = [];
  const blocks: MappingBlock[] = [];
  for (const sheet of data.sheets) {
    const header = entityHeader(sheet.rows);
    if (header) blocks.push(...readSheet(data.file, sheet, header, diagnostics));
  }
  return { blocks, diagnostics, context: [] };
}

function readSheet(
  file: string,
  sheet: SheetCells,
  header: { row: number; columns: Columns },
  diagnostics: Diagnostic[],
): MappingBlock[] {
  const c = header.columns;
  const blocks: MappingBlock[] = [];
  let block: MappingBlock | undefined;
  for (const row of sheet.rows) {
    if (row.row <= header.row) continue;
    const cell = (i: number) => (i >= 0 ? cellText(file, sheet.name, row, i) : undefined);
    const remarks = c.remarks.map(cell).filter((t): t is CellText => !!t);
    const entity = cell(c.entity);
    if (entity) {
      block = {
        layout: 'entity-blocks',
        sheet: sheet.name,
        rows: [row.row, row.row],
        className: entity,
        tables: splitAlternatives(cell(c.table)),
        variants: [{ column: c.column >= 0 ? columnLetters(c.column) : 'G' }],
        reading: 'column',
        fields: [],
        remarks,
      };
      blocks.push(block);
      continue;
    }
    const attribute = cell(c.attribute);
    if (!attribute) continue;
    if (!block) {
      diagnostics.push(
        sheetDiagnostic(
          C.noTarget,
          'warning',
          `attribute ${attribute.text} comes before any Entiteit GGM row; it is not imported`,
          attribute.at,
        ),
      );
      continue;
    }
    block.rows[1] = row.row;
    const pk = foldName(cell(c.pk)?.text ?? '');
    // A row may name its own table; of alternatives (`a / b`) the first, as for the class row.
    const table = splitAlternatives(cell(c.table))[0];
    block.fields.push({
      name: attribute,
      ...(table ? { table } : {}),
      sources: [cell(c.column)],
      key: pk === 'pk',
      foreign: pk === 'fk',
      remarks,
    });
  }
  return blocks;
}

/** `sdwwb_ / sdiow) / sdioz_` → the alternative tables, each with the cell's location. */
function splitAlternatives(cell: CellText | undefined): CellText[] {
  if (!cell) return [];
  return cell.text
    .split('/')
    .map((t) => t.replace(/[()]/g, '').trim())
    .filter((t) => t !== '')
    .map((text) => ({ ...cell, text }));
}
