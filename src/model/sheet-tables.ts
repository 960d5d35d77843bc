import { SheetCutShortError, WorkbookReader } from '../xlsx/workbook-reader.js';
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

/**
 * The columns without which a sheet means nothing to the loader (ids and the references between
 * sheets). A workbook lacking one is refused (GGM-M004) instead of loading an empty or nameless model.
 */
export const REQUIRED_COLUMNS: Record<GgmSheetName, readonly string[]> = {
  diagram_class: ['diagram_id', 'class_id'],
  diagram_enumeration: ['diagram_id', 'enumeration_id'],
  diagram_association: ['diagram_id', 'association_id'],
  diagram_generalization: ['diagram_id', 'generalization_id'],
  packages: ['id', 'name', 'parent_package_id'],
  classes: ['id', 'name', 'package_id'],
  attributes: ['id', 'name', 'clazz_id'],
  enumerations: ['id', 'name'],
  enumerationliterals: ['id', 'name', 'enumeratie_id'],
  associations: ['id', 'src_class_id', 'dst_class_id'],
  generalizations: ['id', 'subclass_id', 'superclass_id'],
  diagrams: ['id', 'name'],
};

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
  /** Rows or sheets the reader could not read (malformed or cut-off XML), with where. */
  damage?: { sheet: string; row?: number; message: string }[];
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
  const damage: { sheet: string; row?: number; message: string }[] = [];
  try {
    for (const { name } of workbook.sheets) {
      if (!(GGM_SHEETS as readonly string[]).includes(name)) continue;
      const table: SheetTable = { name, header: [], records: [] };
      const read = workbook.readSheet(name, ({ row, values, error }) => {
        if (error) damage.push({ sheet: name, row, message: error });
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
      try {
        await read;
      } catch (error) {
        if (!(error instanceof SheetCutShortError)) throw error;
        damage.push({ sheet: name, message: error.message });
      }
      sheets.set(name, table);
    }
  } finally {
    await workbook.close();
  }
  return { file, sheets, ...(damage.length > 0 ? { damage } : {}) };
}
