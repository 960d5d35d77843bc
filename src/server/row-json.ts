// Rows as a JSON array text, written directly: the rows of one read share their columns, so each key's
// `"name":` is written once and every cell is one JSON.stringify of its `jsonValue`. Saves building a
// converted object per row and handing fastify objects it can only serialise generically. A frozen list
// (a held read result) is written once and its bytes reused (rowsJsonBytes): a page then costs a copy,
// not a serialisation and two UTF-8 encodings (fastify measures a string's length, then sends it).
import type { Row } from '../engines/engine.js';
import { jsonValue } from './meta-pages.js';

/** The UTF-8 bytes of frozen row lists (held read results, shared by requests): written once. */
const written = new WeakMap<readonly Row[], Buffer>();

export function rowsJson(rows: readonly Row[]): string {
  return rows.length === 0 ? '[]' : writeRows(rows);
}

/** `rowsJson` as UTF-8; the same Buffer for a frozen list each time (shared: never write into it). */
export function rowsJsonBytes(rows: readonly Row[]): Buffer {
  const held = written.get(rows);
  if (held !== undefined) return held;
  const bytes = Buffer.from(rowsJson(rows), 'utf8');
  if (Object.isFrozen(rows)) written.set(rows, bytes);
  return bytes;
}

function writeRows(rows: readonly Row[]): string {
  const names = Object.keys(rows[0]!);
  const prefixes = names.map((n, i) => `${i === 0 ? '{' : ','}${JSON.stringify(n)}:`);
  const parts: string[] = [];
  for (const row of rows) {
    let text = '';
    for (let i = 0; i < names.length; i++) text += prefixes[i]! + JSON.stringify(jsonValue(row[names[i]!]));
    parts.push(names.length === 0 ? '{}' : `${text}}`);
  }
  return `[${parts.join(',')}]`;
}
