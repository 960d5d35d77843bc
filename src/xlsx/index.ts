export { WorkbookReader, type WorkbookSheet } from './workbook-reader.js';
export { writeWorkbook, type SheetData } from './workbook-writer.js';
export type { CellValue, SheetRow } from './sheet-scanner.js';
export { columnLetters, columnIndex } from './xml-text.js';
