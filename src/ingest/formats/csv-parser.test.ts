import { describe, expect, it } from 'vitest';
import { detectCsvDialect } from './csv-dialect.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { CsvStreamReader } from './csv-source.js';

function parse(text: string, chunk = 3, delimiter = ';'): CsvRecord[] {
  const out: CsvRecord[] = [];
  const p = new CsvParser({ delimiter, quote: '"', escape: '"' }, (r) => out.push(r));
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
  p.end();
  return out;
}

describe('CsvParser', () => {
  it('splits fields, keeps quoted empties apart from NULL, in any chunking', () => {
    const text = 'a;b;c\r\n1;"";\n"x;""y""";"multi\nline";z\n\n4;5;6';
    for (const chunk of [1, 2, 5, 1000]) {
      expect(parse(text, chunk)).toEqual([
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', '', null] },
        { line: 3, fields: ['x;"y"', 'multi\nline', 'z'] },
        { line: 6, fields: ['4', '5', '6'] },
      ]);
    }
  });

  it('reports an unterminated quote on its line and resumes on the next line', () => {
    const records = parse('a;b\n1;"open\n2;x\n3;y\n', 4);
    expect(records[1]).toMatchObject({
      line: 2,
      error: expect.stringMatching(/unterminated/),
      raw: '1;"open',
    });
    expect(records.slice(2)).toEqual([
      { line: 3, fields: ['2', 'x'] },
      { line: 4, fields: ['3', 'y'] },
    ]);
  });

  it('reports text after a closing quote', () => {
    const records = parse('"a"b;c\n1;2\n');
    expect(records[0]).toMatchObject({ line: 1, error: expect.stringMatching(/after a closing quote/) });
    expect(records[1]).toEqual({ line: 2, fields: ['1', '2'] });
  });

  it('keeps a quote inside an unquoted field as text, like DuckDB', () => {
    expect(parse('ab"c;d\n')).toEqual([{ line: 1, fields: ['ab"c', 'd'] }]);
  });
});

describe('detectCsvDialect', () => {
  it('detects a ;-separated Windows-1252 export with decimal commas', () => {
    const bytes = Buffer.from('naam;bedrag;plaats\nJosé;12,50;Delft\nRené;1.234,00;Zoë\n', 'latin1');
    bytes[bytes.indexOf(0x3b, 30) - 1] = 0x80; // a euro sign, only in Windows-1252
    const d = detectCsvDialect(bytes, {}, true);
    expect(d).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',', header: true });
    expect(d.detected).toEqual(['encoding', 'delimiter', 'decimal']);
  });

  it('detects UTF-8 with a BOM, commas and decimal points; settings win', () => {
    const bytes = Buffer.from('\uFEFFid,amount\n1,2.50\n2,"3,5"\n', 'utf8');
    expect(detectCsvDialect(bytes, {}, true)).toMatchObject({
      encoding: 'utf-8',
      bomBytes: 3,
      delimiter: ',',
      decimal: '.',
    });
    expect(detectCsvDialect(bytes, { delimiter: '|', encoding: 'windows-1252' }, true)).toMatchObject({
      encoding: 'windows-1252',
      delimiter: '|',
      detected: [],
    });
  });
});

describe('CsvStreamReader', () => {
  it('refuses a file whose header cannot be read, instead of quarantining every record', async () => {
    async function* chunks() {
      yield Buffer.from('"a;b\n1;2\n');
    }
    const dialect = detectCsvDialect(Buffer.from('a;b\n'), { delimiter: ';' }, true);
    await expect(CsvStreamReader.open(chunks(), dialect)).rejects.toThrow(/header \(line 1\) cannot be read/);
  });
});
