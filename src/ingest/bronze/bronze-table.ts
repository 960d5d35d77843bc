import { physicalName } from '../../dialects/identifiers.js';
import type { SqlSession, TableInfo, TableRef } from '../../engines/engine.js';
import { qualifiedName, quoteIdentifier } from '../../engines/sql-text.js';
import { BRONZE_META_COLUMNS } from './meta-tables.js';

export function bronzeTable(source: string): TableRef {
  return { schema: 'bronze', name: source };
}

/**
 * Creates `bronze.<source>` (every source column VARCHAR, then the metadata columns) or adds the columns
 * a new file brings. Columns a file lacks stay NULL for its rows; nothing is ever dropped or retyped.
 */
export async function ensureBronzeTable(
  tx: SqlSession,
  source: string,
  columns: readonly string[],
  known?: TableInfo | null,
): Promise<string[]> {
  const table = bronzeTable(source);
  const existing = known === undefined ? await tx.describeTable(table) : known;
  if (!existing) {
    // no NOT NULL: a first native load creates the table with CREATE TABLE AS, which has none either
    const defs = [
      ...columns.map((c) => `${quoteIdentifier(tx.dialect, c)} VARCHAR`),
      `${quoteIdentifier(tx.dialect, BRONZE_META_COLUMNS[0])} VARCHAR`,
      `${quoteIdentifier(tx.dialect, BRONZE_META_COLUMNS[1])} BIGINT`,
      `${quoteIdentifier(tx.dialect, BRONZE_META_COLUMNS[2])} TIMESTAMP`,
    ];
    await tx.execute(`CREATE TABLE ${qualifiedName(tx.dialect, table)} (${defs.join(', ')})`);
    return [...columns];
  }
  // The table has the engine's physical names: a source column over its limit is there shortened.
  const have = new Set(existing.columns.map((c) => c.name));
  const added: string[] = [];
  for (const c of columns) {
    if (have.has(c) || have.has(physicalName(tx.dialect, c))) continue;
    await tx.execute(
      `ALTER TABLE ${qualifiedName(tx.dialect, table)} ADD COLUMN ${quoteIdentifier(tx.dialect, c)} VARCHAR`,
    );
    added.push(c);
  }
  return added;
}
