import { columnIndex, decodeOoxmlEscapes, decodeXmlText, readAttribute } from './xml-text.js';

export type CellValue = string | number | boolean;

/** One worksheet row: `values[c]` is the cell in 0-based column c, or undefined where the cell is absent. */
export interface SheetRow {
  /** 1-based row number, from the row's `r` attribute. */
  row: number;
  values: (CellValue | undefined)[];
}

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
      this.emit(buf.slice(start, tagEnd + 1), buf.slice(tagEnd + 1, end));
      pos = end + 6;
    }
    this.buffer = buf.slice(pos);
  }

  private emit(rowTag: string, body: string): void {
    const r = readAttribute(rowTag, 'r');
    const row = r ? parseInt(r, 10) : this.lastRow + 1;
    this.lastRow = row;
    this.onRow({ row, values: this.parseCells(body) });
  }

  private parseCells(body: string): (CellValue | undefined)[] {
    const values: (CellValue | undefined)[] = [];
    let pos = 0;
    let lastColumn = -1;
    for (;;) {
      const start = body.indexOf('<c', pos);
      if (start < 0) break;
      const next = body.charCodeAt(start + 2);
      if (next !== 32 && next !== 62 && next !== 47) {
        pos = start + 2;
        continue;
      }
      const tagEnd = body.indexOf('>', start);
      if (tagEnd < 0) break;
      const tag = body.slice(start, tagEnd + 1);
      const ref = readAttribute(tag, 'r');
      const column = ref ? columnIndex(ref) : lastColumn + 1;
      lastColumn = column;
      if (body.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1;
        continue;
      }
      const end = body.indexOf('</c>', tagEnd);
      if (end < 0) break;
      const value = this.cellValue(readAttribute(tag, 't'), body.slice(tagEnd + 1, end));
      if (value !== undefined) values[column] = value;
      pos = end + 4;
    }
    return values;
  }

  private cellValue(type: string | undefined, content: string): CellValue | undefined {
    if (type === 'inlineStr') return textRuns(content);
    const v = elementText(content, 'v');
    if (v === undefined) return undefined;
    switch (type) {
      case 's':
        return this.sharedStrings[parseInt(v, 10)] ?? '';
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
