import { createReadStream } from 'node:fs';
import { ChunkDecoder } from './chunk-decoder.js';
import { parseJsonText } from './json-text.js';
import { isPlainObject, jsonCell } from './json-values.js';
import { clipRaw, type RecordSource, type SourceRecord } from './source-records.js';

interface Line {
  line: number;
  text: string;
  invalid: boolean;
}

/** The lines of a UTF-8 file in batches, with their 1-based numbers; a BOM is skipped. */
async function* readLines(file: string): AsyncIterable<Line[]> {
  const decoder = new ChunkDecoder('utf-8');
  let rest = '';
  let restInvalid = false;
  let line = 0;
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const decoded = decoder.decode(chunk);
    const invalid = decoded.invalid;
    let text = decoded.text;
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    const batch = parts.map((t) => ({ line: ++line, text: t, invalid: invalid || restInvalid }));
    restInvalid = invalid;
    if (batch.length > 0) yield batch;
  }
  const tail = decoder.decode(new Uint8Array(0), true);
  rest += tail.text;
  if (rest.length > 0) yield [{ line: ++line, text: rest, invalid: restInvalid || tail.invalid }];
}

type Parsed = { object: Record<string, unknown> } | { error: string } | undefined;

function parseLine(l: Line): Parsed {
  const text = l.text.endsWith('\r') ? l.text.slice(0, -1) : l.text;
  if (text.trim() === '') return undefined;
  if (l.invalid && text.includes('\uFFFD')) return { error: 'invalid UTF-8 byte sequence' };
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  return isPlainObject(value) ? { object: value } : { error: 'not a JSON object' };
}

/**
 * Newline-delimited JSON: one object per line, blank lines skipped. A first pass collects the keys (in
 * order of first appearance) so the columns are known before loading; the second pass yields the rows.
 */
export async function openNdjsonFile(file: string): Promise<RecordSource> {
  const keys = new Set<string>();
  for await (const lines of readLines(file)) {
    for (const l of lines) {
      const parsed = parseLine(l);
      if (parsed && 'object' in parsed) for (const k of Object.keys(parsed.object)) keys.add(k);
    }
  }
  const columns = [...keys];
  return {
    columns,
    format: { encoding: 'utf-8' },
    async *records(): AsyncIterable<SourceRecord[]> {
      for await (const lines of readLines(file)) {
        const batch: SourceRecord[] = [];
        for (const l of lines) {
          const parsed = parseLine(l);
          if (!parsed) continue;
          if ('error' in parsed)
            batch.push({ row: l.line, line: l.line, error: parsed.error, raw: clipRaw(l.text) });
          else
            batch.push({ row: l.line, line: l.line, values: columns.map((c) => jsonCell(parsed.object[c])) });
        }
        if (batch.length > 0) yield batch;
      }
    },
  };
}
