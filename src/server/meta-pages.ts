// Helpers for the warehouse's own records (meta.*) and for writing engine values as JSON.
import type { Engine } from '../engines/engine.js';

export async function metaTableExists(engine: Engine, table: string): Promise<boolean> {
  return (await engine.listTables('meta')).some((t) => t.name === table);
}

export function jsonValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  // ids beyond 2^53 stay exact as strings
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}
