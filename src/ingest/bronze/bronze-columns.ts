import { bronzeName } from '../../dialects/identifiers.js';
import { BRONZE_META_COLUMNS } from './meta-tables.js';

/**
 * Bronze column names for the source's columns, in order: kept as received where possible; an empty
 * name becomes `column_<n>`, a repeated one (or one equal to a metadata column) gets `_2`, `_3` …, and
 * one longer than 63 bytes is cut and given a short hash (`bronzeName`, as the mapping compiler names it).
 */
export function bronzeColumnNames(sourceColumns: readonly string[]): string[] {
  const used = new Set<string>(BRONZE_META_COLUMNS);
  return sourceColumns.map((raw, i) => {
    const base = bronzeName(raw.trim() === '' ? `column_${i + 1}` : raw);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = bronzeName(`${base}_${k}`);
    used.add(name.toLowerCase());
    return name;
  });
}
