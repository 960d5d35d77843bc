import {
  DuckDBTypeId,
  timestampValue,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import type { SqlParam, SqlValue } from '../engine.js';

/** Integers fit in a JS number when they can; beyond 2^53 they stay `bigint`. */
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function integer(value: bigint): number | bigint {
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

function microsToDate(micros: bigint): Date {
  return new Date(Number(micros / 1000n));
}

/** Converts one DuckDB value into the engine-neutral `SqlValue` (see `engine.ts`). */
export const toSqlValue: DuckDBValueConverter<SqlValue> = (value: DuckDBValue, type: DuckDBType) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return value as boolean;
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return value as number;
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return integer(value as bigint);
    case DuckDBTypeId.VARCHAR:
      return value as string;
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return microsToDate((value as { micros: bigint }).micros);
    case DuckDBTypeId.TIMESTAMP_MS:
      return new Date(Number((value as { millis: bigint }).millis));
    case DuckDBTypeId.TIMESTAMP_S:
      return new Date(Number((value as { seconds: bigint }).seconds) * 1000);
    case DuckDBTypeId.TIMESTAMP_NS:
      return new Date(Number((value as { nanos: bigint }).nanos / 1_000_000n));
    default:
      // DECIMAL, DATE, UUID, lists, structs …: their text form is exact and matches PostgreSQL's
      return String(value);
  }
};

/** A parameter for DuckDB: integers bind as BIGINT so `LIMIT $1` and integer columns work. */
export function toDuckDbParam(value: SqlParam): DuckDBValue {
  if (value instanceof Date) return timestampValue(BigInt(value.getTime()) * 1000n);
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value;
}
