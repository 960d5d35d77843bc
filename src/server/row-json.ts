// Rows as a JSON array text, written directly: the rows of one read share their columns, so each key's
// `"name":` is written once and every cell is one JSON.stringify of its `jsonValue`. Saves building a
// converted object per row and handing fastify objects it can only serialise generically. A frozen list
// (a held read result) is written once and its text reused.
import type { Row } from '../engines/engine.js';
import { jsonValue } from './meta-pages.js';

/** The text of frozen row lists (held read results, shared by requests): written once. */
const written = new WeakMap<readonly Row[], string>();

export function rowsJson(rows: readonly Row[]): string {
  if (rows.length === 0) return '[]';
  const held = written.get(rows);
  if (held !== undefined) return held;
  const text = writeRows(rows);
  if (Object.isFrozen(rows)) written.set(rows, text);
  return text;
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
