import { buildZip } from '../../src/xlsx/zip-writer.js';
import { buildWorkbook } from '../../src/xlsx/workbook-writer.js';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A one-sheet workbook whose sheet XML is `rows` as written (hostile XML goes in unchanged). */
export function rawSheetWorkbook(rows: string, sharedStrings?: string[]): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
  const entries = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
  ];
  if (sharedStrings)
    entries.push({
      name: 'xl/sharedStrings.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><sst xmlns="${MAIN_NS}">${sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
      ),
    });
  return buildZip(entries);
}

/** `<row r="n"><c r="An" t="inlineStr"><is><t>v</t></is></c>…</row>` for plain rows. */
export function rowXml(row: number, cells: string[]): string {
  return `<row r="${row}">${cells
    .map((v, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join('')}</row>`;
}

/** A good header and two good rows around the hostile `middle` XML (rows 1, 2 and 9). */
export function sheetAround(middle: string): Buffer {
  return rawSheetWorkbook(rowXml(1, ['id', 'naam']) + rowXml(2, ['1', 'a']) + middle + rowXml(9, ['9', 'z']));
}

/** The workbook with its sheet entry's deflate stream damaged. */
export function damagedWorkbook(): Buffer {
  const good = buildWorkbook([
    { name: 'Blad1', rows: [['id'], ...Array.from({ length: 200 }, (_, i) => [`r${i}`])] },
  ]);
  const buf = Buffer.from(good);
  const at = buf.indexOf('xl/worksheets/sheet1.xml');
  // the first local header naming the sheet: its data starts after the name (and the empty extra field)
  const dataStart = at + 'xl/worksheets/sheet1.xml'.length;
  for (let i = dataStart + 4; i < Math.min(buf.length, dataStart + 60); i++) buf[i] = (buf[i]! ^ 0x5a) & 0xff;
  return buf;
}
