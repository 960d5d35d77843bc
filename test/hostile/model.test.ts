import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, type SheetData } from '../../src/xlsx/workbook-writer.js';
import { buildZip } from '../../src/xlsx/zip-writer.js';
import { fixtureSheets } from '../helpers/fixture-workbook.js';
import { runCli } from '../helpers/run-cli.js';

/** One damaged model workbook and the diagnostic `ggm generate ddl` must give. */
interface ModelCase {
  id: string;
  workbook: () => Buffer;
  /** The printed error (code and location). */
  expect: RegExp;
}

const STACK = /\n\s+at .+:\d+:\d+/;

function sheets(change: (s: SheetData[]) => SheetData[]): Buffer {
  return buildWorkbook(change(fixtureSheets()));
}

const withoutSheet = (name: string) => () => sheets((s) => s.filter((x) => x.name !== name));
const renamedSheet = (name: string) => () =>
  sheets((s) => s.map((x) => (x.name === name ? { ...x, name: `${name}_oud` } : x)));
const withoutColumn = (sheet: string, column: string) => () =>
  sheets((s) =>
    s.map((x) => {
      if (x.name !== sheet) return x;
      const at = x.rows[0]!.indexOf(column);
      if (at < 0) throw new Error(`fixture has no ${sheet}.${column}`);
      return { ...x, rows: x.rows.map((r) => r.filter((_, i) => i !== at)) };
    }),
  );
const renamedColumn = (sheet: string, column: string, to: string) => () =>
  sheets((s) =>
    s.map((x) =>
      x.name !== sheet
        ? x
        : { ...x, rows: [x.rows[0]!.map((h) => (h === column ? to : h)), ...x.rows.slice(1)] },
    ),
  );

/** The fixture with one sheet's XML replaced through `edit`. */
function editedSheetXml(sheet: string, edit: (xml: string) => string): () => Buffer {
  return () => {
    const all = fixtureSheets();
    const index = all.findIndex((x) => x.name === sheet);
    const zip = buildWorkbook(all);
    // rebuild the archive with the edited part (entries are small; read them back with the reader's view)
    const entries = readEntries(zip);
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    return buildZip(
      entries.map((e) =>
        e.name === part ? { name: e.name, data: Buffer.from(edit(e.data.toString('utf8'))) } : e,
      ),
    );
  };
}

/** Entries of an archive written by buildZip (deflated, no data descriptors). */
function readEntries(zip: Buffer): { name: string; data: Buffer }[] {
  const out: { name: string; data: Buffer }[] = [];
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const method = zip.readUInt16LE(p + 8);
    const size = zip.readUInt32LE(p + 18);
    const nameLength = zip.readUInt16LE(p + 26);
    const extra = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 30, p + 30 + nameLength).toString('utf8');
    const start = p + 30 + nameLength + extra;
    const raw = zip.subarray(start, start + size);
    out.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    p = start + size;
  }
  return out;
}

const CASES: ModelCase[] = [];
for (const sheet of [
  'packages',
  'classes',
  'attributes',
  'enumerations',
  'enumerationliterals',
  'associations',
  'generalizations',
  'diagrams',
  'diagram_class',
]) {
  CASES.push({
    id: `model_missing_sheet_${sheet}`,
    workbook: withoutSheet(sheet),
    expect: new RegExp(`GGM-M001 at .*sheet ${sheet}.*missing`),
  });
}
for (const sheet of ['classes', 'attributes', 'packages']) {
  CASES.push({
    id: `model_renamed_sheet_${sheet}`,
    workbook: renamedSheet(sheet),
    expect: new RegExp(`GGM-M001 at .*sheet ${sheet}`),
  });
}
for (const [sheet, column] of [
  ['classes', 'name'],
  ['classes', 'id'],
  ['classes', 'package_id'],
  ['attributes', 'clazz_id'],
  ['attributes', 'name'],
  ['packages', 'parent_package_id'],
  ['enumerationliterals', 'enumeratie_id'],
  ['associations', 'src_class_id'],
  ['generalizations', 'superclass_id'],
  ['diagram_class', 'class_id'],
] as const) {
  CASES.push({
    id: `model_missing_column_${sheet}_${column}`,
    workbook: withoutColumn(sheet, column),
    expect: new RegExp(`GGM-M004 at .*sheet ${sheet}, row 1: sheet ${sheet} has no column ${column}`),
  });
}
CASES.push({
  id: 'model_renamed_column_typo',
  workbook: renamedColumn('classes', 'package_id', 'packge_id'),
  expect: /GGM-M004 .*no column package_id \(did you mean .*packge_id\?\)/,
});
CASES.push({
  id: 'model_sheet_cut_short',
  workbook: editedSheetXml('classes', (xml) =>
    xml.slice(0, xml.indexOf('</row>', xml.indexOf('</row>') + 6) + 6),
  ),
  expect: /GGM-M005 at .*sheet classes: the sheet cannot be read: sheet classes is cut short/,
});
CASES.push({
  id: 'model_sheet_cut_mid_row',
  workbook: editedSheetXml('attributes', (xml) => xml.slice(0, Math.floor(xml.length / 2))),
  expect: /GGM-M005 at .*sheet attributes/,
});
CASES.push({
  id: 'model_sheet_unclosed_cell',
  workbook: editedSheetXml('classes', (xml) => xml.replace('</c>', '')),
  expect: /GGM-M005 at .*sheet classes, row 1: the sheet cannot be read: malformed cell XML/,
});
CASES.push({
  id: 'model_cell_past_xfd',
  workbook: editedSheetXml('packages', (xml) =>
    xml.replace('<row r="2">', '<row r="2"><c r="XFE2"><v>1</v></c>'),
  ),
  expect: /GGM-M005 at .*sheet packages, row 2: .*past Excel's last column/,
});
CASES.push({
  id: 'model_not_a_zip',
  workbook: () => Buffer.from('id,name\n1,x\n'),
  expect: /ggm: GGM-M101 cannot read model workbook .*not a zip archive/,
});
CASES.push({
  id: 'model_damaged_deflate',
  workbook: () => {
    const buf = Buffer.from(buildWorkbook(fixtureSheets()));
    const at = buf.indexOf('xl/worksheets/sheet6.xml') + 'xl/worksheets/sheet6.xml'.length;
    for (let i = at + 8; i < at + 60; i++) buf[i] = buf[i]! ^ 0x5a;
    return buf;
  },
  expect: /ggm: GGM-M101 cannot read model workbook .*(damaged|not a zip|invalid)/,
});
CASES.push({
  id: 'model_empty_file',
  workbook: () => Buffer.alloc(0),
  expect: /ggm: GGM-M101 cannot read model workbook .*not a zip archive/,
});
CASES.push({
  id: 'model_no_sheets',
  workbook: () => buildWorkbook([{ name: 'Blad1', rows: [['x']] }]),
  expect: /GGM-M001 at .*sheet packages/,
});

describe('hostile model workbooks: ggm generate ddl refuses them with a coded error', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-model-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.id, c] as [string, ModelCase]))('%s', async (id, c) => {
    const file = join(dir, `${id}.xlsx`);
    writeFileSync(file, c.workbook());
    const r = await runCli(['generate', 'ddl', '--model', file, '--dialect', 'postgres', '--no-cache']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(c.expect);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('a damaged model is reported as such when a mapping is compiled, not as an unknown class', () => {
  it.each([
    ['classes without name', withoutColumn('classes', 'name'), /GGM-M004 .*sheet classes has no column name/],
    ['classes sheet renamed', renamedSheet('classes'), /GGM-M001 .*sheet classes/],
  ] as [string, () => Buffer, RegExp][])('%s', async (_name, workbook, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-model-map-'));
    try {
      writeFileSync(join(dir, 'model.xlsx'), workbook());
      writeFileSync(
        join(dir, 'pand.yaml'),
        'name: pand\ntarget: 99 Kern/BAG/Pand\nsources:\n  - table: panden\n    alias: p\nkey: p.id\nattributes:\n  identificatie: p.id\n',
      );
      const r = await runCli([
        'compile',
        '-p',
        dir,
        '--model',
        join(dir, 'model.xlsx'),
        '--mapping',
        join(dir, 'pand.yaml'),
        '--dialect',
        'duckdb',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/unknown class/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
