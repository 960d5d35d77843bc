import { basename } from 'node:path';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { BAG_CODES, type BagItem } from '../bag/bag-items.js';
import { parseBagFileName } from '../bag/bag-file-names.js';
import { BAG_OBJECT_ELEMENTS, getBagColumns } from '../bag/bag-object-types.js';
import { readBag } from '../bag/bag-reader.js';
import { clipRaw, SourceError, type RecordSource, type SourceRecord } from './source-records.js';

/** Provenance columns after the BAG attributes: the XML part (zip entry) and the line of the object. */
export const BAG_PROVENANCE_COLUMNS = ['bag_bestand', 'bag_regel'] as const;

const BATCH = 5_000;

/**
 * A BAG 2.0 extract file (`.xml`, or `.zip` with its parts, one level of nested zips) as a bronze source:
 * one row per voorkomen with the object type's columns (see `src/ingest/bag`), then `bag_bestand` and
 * `bag_regel`. The object type comes from the file name (`0221PND15092020.zip`), else from the first
 * object; one source holds one object type, so objects of another type become error records. Reader
 * warnings are counted in the batch's format (`warnings`, `firstWarning`).
 */
export async function openBagFile(file: string): Promise<RecordSource> {
  const items = readBag(file)[Symbol.asyncIterator]();
  const ahead: BagItem[] = [];
  let objectType = parseBagFileName(basename(file))?.objectType;
  while (!objectType) {
    const next = await items.next();
    if (next.done) break;
    ahead.push(next.value);
    if (next.value.kind === 'record') objectType = next.value.objectType;
  }
  if (!objectType) {
    const problem = ahead.find((i) => i.kind === 'quarantine');
    throw new SourceError(
      problem?.kind === 'quarantine'
        ? `no BAG objects read: ${problem.reason}`
        : 'no BAG objects in this file',
      'a BAG source is an extract file such as 0221PND15092020.zip or 0221VBO15092020-000001.xml',
    );
  }
  const type = objectType;
  const format: Record<string, string | number | boolean> = { objectType: type, warnings: 0 };
  return {
    columns: [...getBagColumns(type), ...BAG_PROVENANCE_COLUMNS],
    format,
    async *records(): AsyncIterable<SourceRecord[]> {
      let row = 0;
      let batch: SourceRecord[] = [];
      const all = (async function* () {
        yield* ahead;
        for (let next = await items.next(); !next.done; next = await items.next()) yield next.value;
      })();
      for await (const item of all) {
        if (item.kind === 'warning') {
          format['warnings'] = Number(format['warnings']) + 1;
          format['firstWarning'] ??= formatDiagnostic(item.diagnostic);
          continue;
        }
        row++;
        const part = item.file.includes('!') ? item.file.slice(item.file.lastIndexOf('!') + 1) : item.file;
        if (item.kind === 'quarantine') {
          batch.push({
            row,
            line: item.line,
            error: `${item.code} ${item.reason} (${part}${item.index ? `, object ${item.index}` : ''})`,
            raw: clipRaw(item.excerpt),
          });
        } else if (item.objectType !== type) {
          batch.push({
            row,
            line: item.line,
            error: `${BAG_CODES.mixedObjectTypes} a ${BAG_OBJECT_ELEMENTS[item.objectType]} in a ${BAG_OBJECT_ELEMENTS[type]} source (${part}); give each object type its own source`,
            raw: clipRaw(JSON.stringify(item.values)),
          });
        } else {
          batch.push({ row, line: item.line, values: [...item.values, basename(part), String(item.line)] });
        }
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    async close() {
      await items.return?.(undefined);
    },
  };
}
