// Which tables a warehouse has and how many rows each holds, in as few statements as possible: the
// server's warehouse connection is shared and runs one statement at a time, so a statement per table
// keeps every other request waiting. Engine-neutral SQL (DuckDB and PostgreSQL alike).
import { sqlTableName } from '../dialects/identifiers.js';
import type { Engine, TableRef } from '../engines/engine.js';
import { quoteLiteral } from '../engines/sql-text.js';

/** Tables per count statement: short enough for any parser. */
const TABLES_PER_STATEMENT = 200;

/**
 * The tables and views of `schemas`, names only: `information_schema.tables` is far lighter than
 * `listTables`, which reads every column of every table.
 */
export async function tableNames(engine: Engine, schemas: readonly string[]): Promise<TableRef[]> {
  if (schemas.length === 0) return [];
  const rows = await engine.query(
    `SELECT table_schema, table_name FROM information_schema.tables
      WHERE table_catalog = current_database() AND table_schema IN (${schemas.map(quoteLiteral).join(', ')})
      ORDER BY table_schema, table_name`,
  );
  return rows.map((r) => ({ schema: String(r['table_schema']), name: String(r['table_name']) }));
}

/** Rows per table (in the order given), one `UNION ALL` of `count(*)`s per 200 tables. */
export async function rowCounts(engine: Engine, tables: readonly TableRef[]): Promise<number[]> {
  const counts: number[] = [];
  for (let i = 0; i < tables.length; i += TABLES_PER_STATEMENT) {
    const parts = tables
      .slice(i, i + TABLES_PER_STATEMENT)
      .map(
        (t, j) =>
          `SELECT ${i + j} AS i, count(*) AS n FROM ${sqlTableName(engine.dialect, t.schema, t.name)}`,
      );
    for (const r of await engine.query(parts.join(' UNION ALL ')))
      counts[Number(r['i'])] = r['n'] === null ? 0 : Number(r['n']);
  }
  return counts;
}
