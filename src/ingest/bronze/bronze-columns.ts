import { createHash } from 'node:crypto';
import { BRONZE_META_COLUMNS } from './meta-tables.js';

/** Bronze names fit PostgreSQL's 63-byte limit on every engine, so a project's layout never depends on it. */
export const MAX_BRONZE_NAME_BYTES = 63;

function shorten(name: string): string {
  if (Buffer.byteLength(name, 'utf8') <= MAX_BRONZE_NAME_BYTES) return name;
  const suffix = `_${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  let cut = name;
  while (Buffer.byteLength(cut, 'utf8') + suffix.length > MAX_BRONZE_NAME_BYTES) cut = cut.slice(0, -1);
  return cut + suffix;
}

/**
 * Bronze column names for the source's columns, in order: kept as received where possible; an empty
 * name becomes `column_<n>`, a repeated one (or one equal to a metadata column) gets `_2`, `_3` …, and
 * one longer than 63 bytes is cut and given a short hash.
 */
export function bronzeColumnNames(sourceColumns: readonly string[]): string[] {
  const used = new Set<string>(BRONZE_META_COLUMNS);
  return sourceColumns.map((raw, i) => {
    const base = shorten(raw.trim() === '' ? `column_${i + 1}` : raw);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = shorten(`${base}_${k}`);
    used.add(name.toLowerCase());
    return name;
  });
}
