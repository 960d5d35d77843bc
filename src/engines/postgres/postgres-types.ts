import pg from 'pg';
import type { SqlParam } from '../engine.js';

const OID = {
  bool: 16,
  int8: 20,
  int2: 21,
  int4: 23,
  float4: 700,
  float8: 701,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

/** A naive timestamp is UTC by convention (the session runs in UTC), as in DuckDB. */
function parseTimestamp(text: string): Date | string {
  const d = new Date(`${text.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? text : d;
}

/**
 * Type parsers giving the engine-neutral values of `engine.ts`: integers as numbers, timestamps as
 * Dates, and every other type (numeric, date, json, arrays …) as the server's text.
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
    if (format === 'binary') return pg.types.getTypeParser(oid, 'binary');
    switch (oid) {
      case OID.int8:
        return parseInt8;
      case OID.timestamp:
        return parseTimestamp;
      case OID.bool:
      case OID.int2:
      case OID.int4:
      case OID.float4:
      case OID.float8:
      case OID.timestamptz:
        return pg.types.getTypeParser(oid, 'text');
      default:
        return (text: string) => text;
    }
  },
};

/** Dates bind as UTC ISO text, which a `timestamp` column stores as the same wall-clock time as DuckDB. */
export function toPgParam(value: SqlParam): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}
