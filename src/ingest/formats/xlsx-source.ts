import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { didYouMean } from '../../diagnostics/suggest.js';
import { csvLine } from '../../engines/csv-text.js';
import { WorkbookReader } from '../../xlsx/workbook-reader.js';
import type { CellValue } from '../../xlsx/sheet-scanner.js';
import { CsvStreamReader } from './csv-source.js';
import { clipRaw, SourceError, type RecordSource, type SourceRecord } from './source-records.js';

function cellText(value: CellValue | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

/**
 * An xlsx sheet: the streaming reader's rows are spilled to a temporary CSV (sheet row number first), so
 * memory stays flat however large the sheet, and the rows are then read back as a stream. Numbers are
 * kept as the workbook stores them (dates as serial numbers); empty rows are skipped.
 */
export async function openXlsxFile(
  file: string,
  options: { sheet?: string; headerRow?: number } = {},
): Promise<RecordSource> {
  const workbook = await WorkbookReader.open(file);
  const dir = mkdtempSync(join(tmpdir(), 'ggm-xlsx-'));
  const spill = join(dir, 'rows.csv');
  let header: string[] = [];
  let width = 0;
  let sheetName: string;
  try {
    const sheet = options.sheet ? workbook.sheet(options.sheet) : workbook.sheets[0];
    if (!sheet) {
      const names = workbook.sheets.map((s) => s.name);
      throw new SourceError(
        options.sheet ? `no sheet named "${options.sheet}"` : 'the workbook has no sheets',
        options.sheet ? (didYouMean(options.sheet, names) ?? `sheets: ${names.join(', ')}`) : undefined,
      );
    }
    sheetName = sheet.name;
    const headerRow = options.headerRow ?? 1;
    const fd = openSync(spill, 'w');
    let buffered = '';
    try {
      await workbook.readSheet(sheet.name, (r) => {
        if (r.row < headerRow) return;
        const cells = r.values.map(cellText);
        if (r.error && r.row === headerRow)
          throw new SourceError(`the header row ${headerRow} cannot be read: ${r.error}`);
        const error =
          r.error ?? (cells.some((c) => c?.includes('\u0000')) ? 'contains a NUL character' : undefined);
        if (error) {
          // the row is quarantined with what could be read of it
          buffered += csvLine([
            String(r.row),
            error,
            ...cells.map((c) => c?.replaceAll('\u0000', '\\0') ?? null),
          ]);
          return;
        }
        if (r.row === headerRow) {
          header = cells.map((c) => c ?? '');
          width = Math.max(width, header.length);
          return;
        }
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        if (cells.length === 0) return;
        width = Math.max(width, cells.length);
        buffered += csvLine([String(r.row), '', ...cells]);
        if (buffered.length > 1 << 20) {
          writeSync(fd, buffered);
          buffered = '';
        }
      });
      if (buffered) writeSync(fd, buffered);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await workbook.close();
  }
  const columns = Array.from({ length: width }, (_, i) => header[i] ?? `column_${i + 1}`);
  const reader = await CsvStreamReader.open(
    createReadStream(spill, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>,
    {
      encoding: 'utf-8',
      bomBytes: 0,
      delimiter: ',',
      quote: '"',
      escape: '"',
      header: false,
      detected: [],
    },
    { checkWidth: false },
  );
  return {
    columns,
    format: { sheet: sheetName },
    async *records(): AsyncIterable<SourceRecord[]> {
      for await (const batch of reader.records()) {
        yield batch.map((r): SourceRecord => {
          const fields = r.values ?? [];
          const values = fields.slice(2);
          const row = Number(fields[0]);
          if (fields[1])
            return {
              row,
              error: fields[1],
              raw: clipRaw(values.map((v) => v ?? '').join('\t')),
            };
          while (values.length < width) values.push(null);
          return { row, values };
        });
      }
    },
    async close() {
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
