import { columnIndex, columnLetters, decodeOoxmlEscapes, decodeXmlText, readAttribute } from './xml-text.js';

export type CellValue = string | number | boolean;

/** One worksheet row: `values[c]` is the cell in 0-based column c, or undefined where the cell is absent. */
export interface SheetRow {
  /** 1-based row number, from the row's `r` attribute. */
  row: number;
  values: (CellValue | undefined)[];
  /** Why the row cannot be read faithfully (malformed XML, a cell reference out of range …). */
  error?: string;
}

/** Excel's last column is XFD (16,384 columns); a reference past it is not a worksheet cell. */
export const EXCEL_MAX_COLUMNS = 16384;

/**
 * Cells are placed in an array by column, so a row is only read up to this column; a cell further right
 * makes the row an error instead of allocating (and loading) thousands of empty columns.
 */
export const MAX_READ_COLUMNS = 1000;

/**
 * An incremental scanner for worksheet XML. Feed it text in chunks of any size; it emits complete rows.
 * It is deliberately not a general XML parser: worksheet XML has a fixed shape, and scanning it with
 * indexOf is several times faster than a SAX parser. Cells are placed by their `r` reference, never by
 * position, because writers omit empty cells.
 */
export class SheetScanner {
  private buffer = '';
  private lastRow = 0;

  constructor(
    private readonly onRow: (row: SheetRow) => void,
    private readonly sharedStrings: readonly string[] = [],
  ) {}

  push(text: string): void {
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    let pos = 0;
    const buf = this.buffer;
    for (;;) {
      const start = buf.indexOf('<row', pos);
      if (start < 0) {
        // keep a short tail in case `<row` is split across chunks
        pos = Math.max(pos, buf.length - 4);
        break;
      }
      const tagEnd = buf.indexOf('>', start);
      if (tagEnd < 0) {
        pos = start;
        break;
      }
      if (buf.charCodeAt(tagEnd - 1) === 47 /* '/' */) {
        this.emit(buf.slice(start, tagEnd + 1), '');
        pos = tagEnd + 1;
        continue;
      }
      const end = buf.indexOf('</row>', tagEnd);
      if (end < 0) {
        pos = start;
        break;
      }
      // a row that is never closed runs into the next one: report it and read the next row on its own
      const inner = buf.indexOf('<row', tagEnd);
      if (inner >= 0 && inner < end) {
        this.emit(
          buf.slice(start, tagEnd + 1),
          buf.slice(tagEnd + 1, inner),
          'the row is not closed (</row> missing)',
        );
        pos = inner;
        continue;
      }
      this.emit(buf.slice(start, tagEnd + 1), buf.slice(tagEnd + 1, end));
      pos = end + 6;
    }
    this.buffer = buf.slice(pos);
  }

  /** Call after the last chunk: a row left open at the end of the sheet is reported, not dropped. */
  end(): void {
    const start = this.buffer.indexOf('<row');
    if (start < 0) return;
    const tagEnd = this.buffer.indexOf('>', start);
    const tag = tagEnd < 0 ? '<row>' : this.buffer.slice(start, tagEnd + 1);
    const body = tagEnd < 0 ? '' : this.buffer.slice(tagEnd + 1);
    this.buffer = '';
    this.emit(tag, body, 'the sheet ends inside a row (</row> missing)');
  }

  private emit(rowTag: string, body: string, error?: string): void {
    const r = readAttribute(rowTag, 'r');
    let row = r ? Number(r) : this.lastRow + 1;
    let rowError: string | undefined;
    if (!Number.isSafeInteger(row) || row < 1) {
      rowError = `invalid row number r="${r}"`;
      row = this.lastRow + 1;
    }
    this.lastRow = row;
    const cells = this.parseCells(body, row);
    const why = error ?? rowError ?? cells.error;
    this.onRow({ row, values: cells.values, ...(why ? { error: why } : {}) });
  }

  private parseCells(body: string, row: number): { values: (CellValue | undefined)[]; error?: string } {
    const values: (CellValue | undefined)[] = [];
    let pos = 0;
    let lastColumn = -1;
    const broken = (error: string) => ({ values, error });
    for (;;) {
      const start = body.indexOf('<c', pos);
      if (start < 0) break;
      const next = body.charCodeAt(start + 2);
      if (next !== 32 && next !== 62 && next !== 47) {
        pos = start + 2;
        continue;
      }
      const tagEnd = body.indexOf('>', start);
      if (tagEnd < 0) return broken(`malformed cell XML after column ${columnName(lastColumn)}`);
      const tag = body.slice(start, tagEnd + 1);
      const ref = readAttribute(tag, 'r');
      const column = ref ? columnIndex(ref) : lastColumn + 1;
      if (ref !== undefined && !/^[A-Z]{1,3}[0-9]+$/.test(ref))
        return broken(`invalid cell reference "${ref}"`);
      if (column >= EXCEL_MAX_COLUMNS)
        return broken(`cell ${ref ?? `${columnName(column)}${row}`} is past Excel's last column XFD`);
      if (column >= MAX_READ_COLUMNS)
        return broken(
          `cell ${ref ?? `${columnName(column)}${row}`} is in column ${column + 1}; at most ${MAX_READ_COLUMNS} columns are read`,
        );
      lastColumn = column;
      if (body.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1;
        continue;
      }
      const end = body.indexOf('</c>', tagEnd);
      const nextCell = body.indexOf('<c ', tagEnd);
      if (end < 0 || (nextCell >= 0 && nextCell < end))
        return broken(`malformed cell XML at ${ref ?? columnName(column)} (</c> missing)`);
      const value = this.cellValue(readAttribute(tag, 't'), body.slice(tagEnd + 1, end));
      if (typeof value === 'object') return broken(`cell ${ref ?? columnName(column)}: ${value.error}`);
      if (value !== undefined) values[column] = value;
      pos = end + 4;
    }
    return { values };
  }

  private cellValue(type: string | undefined, content: string): CellValue | undefined | { error: string } {
    if (type === 'inlineStr') return textRuns(content);
    if (content.includes('<v') && !content.includes('</v>') && !/<v\s*\/>/.test(content))
      return { error: 'malformed value XML (</v> missing)' };
    const v = elementText(content, 'v');
    if (v === undefined) return undefined;
    switch (type) {
      case 's': {
        const text = this.sharedStrings[Number(v)];
        return text ?? { error: `shared string ${v} does not exist` };
      }
      case 'b':
        return v === '1' || v === 'true';
      case 'str':
      case 'e':
        return decodeOoxmlEscapes(decodeXmlText(v));
      default: {
        const n = Number(v);
        return Number.isNaN(n) ? v : n;
      }
    }
  }
}

function columnName(index: number): string {
  return index < 0 ? 'the row start' : columnLetters(index);
}

function elementText(content: string, name: string): string | undefined {
  const open = content.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const openEnd = content.indexOf('>', open);
  if (content.charCodeAt(openEnd - 1) === 47) return '';
  const close = content.indexOf(`</${name}>`, openEnd);
  return close < 0 ? undefined : content.slice(openEnd + 1, close);
}

/** The concatenated text of all `<t>` runs (plain and rich text). */
export function textRuns(content: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = content.indexOf('<t', pos);
    if (open < 0) break;
    const after = content.charCodeAt(open + 2);
    if (after !== 62 && after !== 32 && after !== 47) {
      pos = open + 2;
      continue;
    }
    const openEnd = content.indexOf('>', open);
    if (content.charCodeAt(openEnd - 1) === 47) {
      pos = openEnd + 1;
      continue;
    }
    const close = content.indexOf('</t>', openEnd);
    if (close < 0) break;
    out += content.slice(openEnd + 1, close);
    pos = close + 4;
  }
  return decodeOoxmlEscapes(decodeXmlText(out));
}
