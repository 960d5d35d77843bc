import { WorkbookReader } from '../xlsx/workbook-reader.js';
import type { CellValue } from '../xlsx/sheet-scanner.js';

/** The twelve sheets of a GGM release workbook, in the order the export writes them. */
export const GGM_SHEETS = [
  'diagram_class',
  'diagram_enumeration',
  'diagram_association',
  'diagram_generalization',
  'packages',
  'classes',
  'attributes',
  'enumerations',
  'enumerationliterals',
  'associations',
  'generalizations',
  'diagrams',
] as const;

export type GgmSheetName = (typeof GGM_SHEETS)[number];

export interface SheetRecord {
  /** 1-based row number in the sheet. */
  row: number;
  /** Cell text by header name; absent cells are absent keys. */
  cells: Record<string, string>;
}

export interface SheetTable {
  name: string;
  header: string[];
  records: SheetRecord[];
}

export type WorkbookTables = {
  file: string;
  /** Sheets found in the workbook, by name (any sheet, also ones we do not use). */
  sheets: Map<string, SheetTable>;
};

function cellText(value: CellValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** Streams the GGM sheets of a release workbook into header-keyed records. */
export async function readWorkbookTables(file: string): Promise<WorkbookTables> {
  const workbook = await WorkbookReader.open(file);
  const sheets = new Map<string, SheetTable>();
  try {
    for (const { name } of workbook.sheets) {
      if (!(GGM_SHEETS as readonly string[]).includes(name)) continue;
      const table: SheetTable = { name, header: [], records: [] };
      await workbook.readSheet(name, ({ row, values }) => {
        if (table.header.length === 0 && row === 1) {
          table.header = values.map((v) => cellText(v)?.trim() ?? '');
          return;
        }
        const cells: Record<string, string> = {};
        for (let c = 0; c < values.length; c++) {
          const text = cellText(values[c]);
          const key = table.header[c];
          if (text !== undefined && text !== '' && key) cells[key] = text;
        }
        table.records.push({ row, cells });
      });
      sheets.set(name, table);
    }
  } finally {
    await workbook.close();
  }
  return { file, sheets };
}
