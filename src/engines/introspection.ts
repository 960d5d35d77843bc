import type { ColumnInfo, Row, SqlParam, TableInfo, TableRef } from './engine.js';

/** The part of a session introspection needs; lets engines share this code before they are complete. */
export interface SessionLike {
  execute(sql: string, params?: readonly SqlParam[]): Promise<number>;
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

const SYSTEM_SCHEMAS = ['information_schema', 'pg_catalog', 'pg_toast'];

/**
 * Tables and columns from `information_schema`, which DuckDB and PostgreSQL both provide with the same
 * column names. Views are included; system schemas are not.
 */
export async function listTablesFromInformationSchema(
  session: SessionLike,
  schema?: string,
  table?: string,
): Promise<TableInfo[]> {
  const params: SqlParam[] = [];
  let filter = `c.table_schema NOT IN (${SYSTEM_SCHEMAS.map((s) => `'${s}'`).join(', ')})`;
  if (schema !== undefined) {
    params.push(schema);
    filter += ` AND c.table_schema = $${params.length}`;
  }
  if (table !== undefined) {
    params.push(table);
    filter += ` AND c.table_name = $${params.length}`;
  }
  const rows = await session.query<{
    table_schema: string;
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>(
    `SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.is_nullable
       FROM information_schema.columns c
      WHERE c.table_catalog = current_database() AND ${filter}
      ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
    params,
  );
  const tables = new Map<string, TableInfo>();
  for (const r of rows) {
    const key = `${r.table_schema}\u0000${r.table_name}`;
    let t = tables.get(key);
    if (!t) {
      t = { schema: r.table_schema, name: r.table_name, columns: [] };
      tables.set(key, t);
    }
    const column: ColumnInfo = { name: r.column_name, type: r.data_type, nullable: r.is_nullable === 'YES' };
    t.columns.push(column);
  }
  return [...tables.values()];
}

export async function describeTableFromInformationSchema(
  session: SessionLike,
  table: TableRef,
): Promise<TableInfo | undefined> {
  return (await listTablesFromInformationSchema(session, table.schema, table.name))[0];
}
