import { sqlName, sqlString, sqlTableName, type NamingRules } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import { ensureSchemaSql } from '../schema/catalog/meta-catalog.js';
import type { SessionLike } from './introspection.js';
import type { TableRef } from './engine.js';

/** A name as the engine's dialect writes it (shortened to its limit, quoted). */
export function quoteIdentifier(dialect: NamingRules, name: string): string {
  return sqlName(dialect, name);
}

/** `"schema"."table"`, as the engine's dialect writes it. */
export function qualifiedName(dialect: NamingRules, table: TableRef): string {
  return sqlTableName(dialect, table.schema, table.name);
}

/** A single-quoted string literal. Only for values SQL cannot take as parameters (file paths, options). */
export function quoteLiteral(text: string): string {
  return sqlString(text);
}

/** Creates the warehouse schemas when missing (`IF NOT EXISTS`, or T-SQL's guard). */
export async function ensureSchemas(
  session: SessionLike & { dialect: SqlDialect },
  schemas: readonly string[],
): Promise<void> {
  for (const schema of schemas) await session.execute(ensureSchemaSql(session.dialect, schema));
}
