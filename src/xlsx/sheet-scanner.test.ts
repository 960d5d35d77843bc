import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetScanner, type SheetRow } from './sheet-scanner.js';
import { WorkbookReader } from './workbook-reader.js';
import { buildWorkbook } from './workbook-writer.js';
import { buildZip } from './zip-writer.js';
import { columnIndex, columnLetters } from './xml-text.js';

const SHEET = [
  '<worksheet><sheetData>',
  '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="C1" t="inlineStr"><is><t>naam</t></is></c></row>',
  '<row r="2"><c r="C2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &lt;c&gt; &#235;</t></is></c>',
  '<c r="AJ2" t="b"><v>1</v></c><c r="B2"><v>50.5</v></c></row>',
  '<row r="4"/>',
  '<row r="5"><c r="A5" t="inlineStr"><is><r><t>rich </t></r><r><rPr/><t>text</t></r></is></c>',
  '<c r="B5" t="s"><v>1</v></c><c r="D5" t="str"><v>line_x000D_break</v></c><c r="E5" s="3"/></row>',
  '</sheetData></worksheet>',
].join('');

function scan(chunks: string[], shared: string[] = ['zero', 'one']): SheetRow[] {
  const rows: SheetRow[] = [];
  const scanner = new SheetScanner((r) => rows.push(r), shared);
  for (const c of chunks) scanner.push(c);
  return rows;
}

describe('SheetScanner', () => {
  it('places cells by reference, decodes text, booleans, numbers, shared and rich strings', () => {
    const rows = scan([SHEET]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5]);
    expect(rows[0]!.values).toEqual(['id', undefined, 'naam']);
    expect(rows[1]!.values[2]).toBe(' a & b <c> ë');
    expect(rows[1]!.values[35]).toBe(true);
    expect(rows[1]!.values[1]).toBe(50.5);
    expect(rows[1]!.values[0]).toBeUndefined();
    expect(rows[2]!.values).toEqual([]);
    expect(rows[3]!.values).toEqual(['rich text', 'one', undefined, 'line\rbreak']);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = scan([SHEET]);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < SHEET.length; i += size) chunks.push(SHEET.slice(i, i + size));
      expect(scan(chunks)).toEqual(whole);
    }
  });
});

describe('column letters', () => {
  it('round-trips', () => {
    for (const [letters, index] of [
      ['A', 0],
      ['Z', 25],
      ['AA', 26],
      ['AJ', 35],
      ['ZZ', 701],
      ['AAA', 702],
    ] as const) {
      expect(columnIndex(letters)).toBe(index);
      expect(columnLetters(index)).toBe(letters);
    }
  });
});

describe('WorkbookReader', () => {
  it('reads what the writer wrote, sheet by sheet, with shared strings when present', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-xlsx-'));
    const file = join(dir, 'book.xlsx');
    await writeFile(
      file,
      buildWorkbook([
        { name: 'eerste', rows: [['a', 'b'], ['x & y', null, 3], [true]] },
        { name: 'tweede', rows: [['only']] },
      ]),
    );
    const reader = await WorkbookReader.open(file);
    expect(reader.sheets.map((s) => s.name)).toEqual(['eerste', 'tweede']);
    const rows: SheetRow[] = [];
    await reader.readSheet('eerste', (r) => rows.push(r));
    await reader.close();
    expect(rows.map((r) => r.values)).toEqual([['a', 'b'], ['x & y', undefined, 3], [true]]);
  });

  it('resolves shared strings and sheet paths from the relationships', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-xlsx-'));
    const file = join(dir, 'shared.xlsx');
    const files = {
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><sheets><sheet name="Blad 1" sheetId="1" r:id="rId7"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
      'xl/sharedStrings.xml':
        '<sst><si><t>hallo</t></si><si><r><t>we</t></r><r><t>reld</t></r></si><si/></sst>',
      'xl/worksheets/data.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData></worksheet>',
    };
    await writeFile(
      file,
      buildZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) }))),
    );
    const reader = await WorkbookReader.open(file);
    const rows: SheetRow[] = [];
    await reader.readSheet('Blad 1', (r) => rows.push(r));
    await reader.close();
    expect(rows[0]!.values).toEqual(['wereld', 'hallo', '']);
  });

  it('rejects files that are not workbooks with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-xlsx-'));
    const notZip = join(dir, 'a.xlsx');
    await writeFile(notZip, 'plain text');
    await expect(WorkbookReader.open(notZip)).rejects.toThrow(/not a zip archive/);
    const zipOnly = join(dir, 'b.xlsx');
    await writeFile(zipOnly, buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]));
    await expect(WorkbookReader.open(zipOnly)).rejects.toThrow(/not an xlsx workbook/);
  });
});
