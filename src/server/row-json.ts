// Rows as a JSON array text, written directly: the rows of one read share their columns, so each key's
// `"name":` is written once and every cell is one JSON.stringify of its `jsonValue`. Saves building a
// converted object per row and handing fastify objects it can only serialise generically.
import type { Row } from '../engines/engine.js';
import { jsonValue } from './meta-pages.js';

export function rowsJson(rows: readonly Row[]): string {
  if (rows.length === 0) return '[]';
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
