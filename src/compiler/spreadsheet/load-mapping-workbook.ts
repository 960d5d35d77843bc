import { basename } from 'node:path';
import type { SheetRow } from '../../xlsx/sheet-scanner.js';
import { WorkbookReader } from '../../xlsx/workbook-reader.js';
import type { WorkbookData } from './workbook-data.js';

/** Reads every sheet of a mapping workbook into plain rows (the I/O edge of the importer). */
export async function loadMappingWorkbook(path: string): Promise<WorkbookData> {
  const reader = await WorkbookReader.open(path);
  try {
    const sheets: WorkbookData['sheets'] = [];
    for (const sheet of reader.sheets) {
      const rows: SheetRow[] = [];
      await reader.readSheet(sheet.name, (row) => rows.push(row));
      sheets.push({ name: sheet.name, rows });
    }
    return { file: basename(path), sheets };
  } finally {
    await reader.close();
  }
}
