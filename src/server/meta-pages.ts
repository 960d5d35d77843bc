// Pages of the warehouse's own records (meta.*): a count, then the first page·size rows in order.
import type { Engine, Row, SqlParam } from '../engines/engine.js';
import type { PageQuery } from './pagination.js';
import { pageOutOfRange } from './pagination.js';

export async function metaTableExists(engine: Engine, table: string): Promise<boolean> {
  return (await engine.listTables('meta')).some((t) => t.name === table);
}

export async function metaPage(
  engine: Engine,
  query: PageQuery,
  sql: { from: string; where?: string; orderBy: string; select: string },
  params: readonly SqlParam[] = [],
): Promise<{ rows: Row[]; totalElements: number; totalPages: number }> {
  const where = sql.where ? ` WHERE ${sql.where}` : '';
  const [count] = await engine.query(`SELECT count(*) AS n FROM ${sql.from}${where}`, params);
  const total = Number(count?.['n'] ?? 0);
  const totalPages = Math.max(1, Math.ceil(total / query.pageSize));
  if (query.page > totalPages) throw pageOutOfRange(totalPages);
  const rows = await engine.query(
    engine.dialect.query.limit(
      `SELECT ${sql.select} FROM ${sql.from}${where} ORDER BY ${sql.orderBy}`,
      query.page * query.pageSize,
    ),
    params,
  );
  return { rows: rows.slice((query.page - 1) * query.pageSize), totalElements: total, totalPages };
}

export function jsonValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  // ids beyond 2^53 stay exact as strings
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}
