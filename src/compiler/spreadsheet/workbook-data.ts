import type { Location } from '../../diagnostics/diagnostic.js';
import type { CellValue, SheetRow } from '../../xlsx/sheet-scanner.js';
import { columnLetters } from '../../xlsx/xml-text.js';

/** A workbook as plain data: every sheet's rows, cells placed by column. What the importer reads. */
export interface WorkbookData {
  file: string;
  sheets: SheetCells[];
}

export interface SheetCells {
  name: string;
  rows: SheetRow[];
}

/** A non-empty cell as trimmed text, with where it is. */
export interface CellText {
  text: string;
  /** True when the workbook stored a number (a literal such as `0` or `68`, not a name). */
  numeric: boolean;
  at: Location;
}

/** The trimmed text of a cell, or undefined when the cell is absent or blank. */
export function cellText(file: string, sheet: string, row: SheetRow, column: number): CellText | undefined {
  const value: CellValue | undefined = row.values[column];
  if (value === undefined) return undefined;
  const text = String(value).replace(/\r\n?/g, '\n').trim();
  if (text === '') return undefined;
  return { text, numeric: typeof value === 'number', at: cellAt(file, sheet, row.row, column) };
}

export function cellAt(file: string, sheet: string, row: number, column: number): Location {
  return { file, sheet, row, column: columnLetters(column) };
}
