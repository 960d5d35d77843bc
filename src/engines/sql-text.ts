import type { SessionLike } from './introspection.js';
import type { TableRef } from './engine.js';

/** Double-quoted identifier, as both DuckDB and PostgreSQL (and the SQL standard) write it. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"schema"."table"`. */
export function qualifiedName(table: TableRef): string {
  return `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;
}

/** A single-quoted string literal. Only for values SQL cannot take as parameters (file paths, options). */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Creates the warehouse schemas when missing; both engines accept `CREATE SCHEMA IF NOT EXISTS`. */
export async function ensureSchemas(session: SessionLike, schemas: readonly string[]): Promise<void> {
  for (const schema of schemas)
    await session.execute(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
}
