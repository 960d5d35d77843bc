// Helpers for the warehouse's own records (meta.*) and for writing engine values as JSON.
import type { Engine } from '../engines/engine.js';
import { tableNames } from './table-counts.js';

/** Meta tables seen to exist, per warehouse connection. */
const existing = new WeakMap<Engine, Set<string>>();

/**
 * Whether `meta.<table>` exists. A table once seen is remembered for the connection's life: the platform
 * creates its meta tables on the first run and never drops them, while asking the catalog
 * (information_schema) costs a DuckDB warehouse of a thousand GGM tables about 9 ms, on the connection
 * every other request waits for.
 */
export async function metaTableExists(engine: Engine, table: string): Promise<boolean> {
  const known = existing.get(engine);
  if (known?.has(table)) return true;
  const tables = (await tableNames(engine, ['meta'])).map((t) => t.name);
  existing.set(engine, new Set(tables));
  return tables.includes(table);
}

export function jsonValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  // ids beyond 2^53 stay exact as strings
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}
