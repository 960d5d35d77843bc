import { readFile } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { parseJsonText, stringifyJson } from './json-text.js';
import { isPlainObject, jsonCell } from './json-values.js';
import { clipRaw, type RecordSource, type SourceRecord } from './source-records.js';

/** Thrown when a JSON document cannot be parsed at all; the whole file is then not loaded. */
export class JsonDocumentError extends Error {}

/**
 * A JSON document: an array of objects (one row each; other elements are error records) or one object
 * (one row). The document is parsed whole, so this is for extracts that fit in memory; large exports
 * should be NDJSON.
 */
export async function openJsonFile(file: string): Promise<RecordSource> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(file));
  } catch (error) {
    if (error instanceof TypeError)
      throw new JsonDocumentError('not valid UTF-8: a JSON document must be UTF-8');
    throw error;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let doc: unknown;
  try {
    doc = parseJsonText(text);
  } catch (error) {
    throw new JsonDocumentError(`not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(doc) ? doc : [doc];
  const keys = new Set<string>();
  for (const item of items) if (isPlainObject(item)) for (const k of Object.keys(item)) keys.add(k);
  const columns = [...keys];
  return {
    columns,
    format: { shape: Array.isArray(doc) ? 'array' : 'object' },
    async *records(): AsyncIterable<SourceRecord[]> {
      const batchSize = 10_000;
      for (let i = 0; i < items.length; i += batchSize) {
        yield items.slice(i, i + batchSize).map((item, j): SourceRecord => {
          const row = i + j + 1;
          if (!isPlainObject(item))
            return { row, error: 'array element is not an object', raw: clipRaw(stringifyJson(item)) };
          return { row, values: columns.map((c) => jsonCell(item[c])) };
        });
      }
    },
  };
}
