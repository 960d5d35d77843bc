import { posix } from 'node:path';
import { ZipReader } from './zip-reader.js';
import { SheetScanner, textRuns, type SheetRow } from './sheet-scanner.js';
import { readAttribute } from './xml-text.js';

/** A worksheet whose XML ends before `</worksheet>`: the rows after the cut are missing. */
export class SheetCutShortError extends Error {
  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {
    super(`sheet ${sheet} is cut short (its XML ends before </worksheet>): rows are missing`);
    this.name = 'SheetCutShortError';
  }
}

export interface WorkbookSheet {
  name: string;
  /** Path of the worksheet part inside the archive, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** Streams the rows of an xlsx workbook, one sheet at a time. */
export class WorkbookReader {
  private constructor(
    readonly file: string,
    private readonly zip: ZipReader,
    readonly sheets: readonly WorkbookSheet[],
    private readonly sharedStrings: readonly string[],
  ) {}

  static async open(file: string): Promise<WorkbookReader> {
    const zip = await ZipReader.open(file);
    try {
      const sheets = await readSheetList(zip);
      const sharedStrings = zip.has('xl/sharedStrings.xml')
        ? parseSharedStrings((await zip.read('xl/sharedStrings.xml')).toString('utf8'))
        : [];
      return new WorkbookReader(file, zip, sheets, sharedStrings);
    } catch (error) {
      await zip.close();
      throw error;
    }
  }

  sheet(name: string): WorkbookSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Streams every row of a sheet to `onRow`, decoding and scanning chunk by chunk. */
  async readSheet(name: string, onRow: (row: SheetRow) => void): Promise<void> {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`${this.file}: no sheet named ${name}`);
    const scanner = new SheetScanner(onRow, this.sharedStrings);
    const decoder = new TextDecoder('utf-8');
    const stream = await this.zip.stream(sheet.path);
    let tail = '';
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      tail = (tail + text).slice(-64);
      scanner.push(text);
    }
    const last = decoder.decode();
    tail = (tail + last).slice(-64);
    scanner.push(last);
    scanner.end();
    // a worksheet part always ends with its root element: without it the sheet was cut off
    if (!/<\/(\w+:)?worksheet>\s*$/.test(tail)) throw new SheetCutShortError(this.file, name);
  }

  async close(): Promise<void> {
    await this.zip.close();
  }
}

async function readSheetList(zip: ZipReader): Promise<WorkbookSheet[]> {
  if (!zip.has('xl/workbook.xml')) {
    throw new Error(`${zip.file}: not an xlsx workbook (xl/workbook.xml is missing)`);
  }
  const workbook = (await zip.read('xl/workbook.xml')).toString('utf8');
  const rels = zip.has('xl/_rels/workbook.xml.rels')
    ? (await zip.read('xl/_rels/workbook.xml.rels')).toString('utf8')
    : '';
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = readAttribute(tag, 'Id');
    const target = readAttribute(tag, 'Target');
    if (id && target) targets.set(id, target);
  }
  const sheets: WorkbookSheet[] = [];
  const tags = workbook.match(/<sheet\b[^>]*>/g) ?? [];
  tags.forEach((tag, i) => {
    const name = readAttribute(tag, 'name') ?? `Sheet${i + 1}`;
    const relId = /\br:id="([^"]+)"/.exec(tag)?.[1];
    const target = (relId && targets.get(relId)) ?? `worksheets/sheet${i + 1}.xml`;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    sheets.push({ name, path });
  });
  return sheets;
}

function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let pos = 0;
  for (;;) {
    const open = xml.indexOf('<si', pos);
    if (open < 0) break;
    const openEnd = xml.indexOf('>', open);
    if (xml.charCodeAt(openEnd - 1) === 47) {
      strings.push('');
      pos = openEnd + 1;
      continue;
    }
    const close = xml.indexOf('</si>', openEnd);
    if (close < 0) break;
    strings.push(textRuns(xml.slice(openEnd + 1, close)));
    pos = close + 5;
  }
  return strings;
}
