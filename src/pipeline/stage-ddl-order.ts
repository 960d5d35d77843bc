import { firstKeyword } from '../engines/sandbox-sql.js';

const DDL = new Set(['create', 'drop', 'alter']);
const WRITES = new Set(['insert', 'update', 'delete', 'merge']);

/** The table a DML statement writes, unquoted, in lower case, without its schema. */
function writtenTable(sql: string): string | undefined {
  const m = /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO)\s+([^\s(]+)/i.exec(sql);
  return m ? lastName(m[1]!) : undefined;
}

/** `"silver"."X"`, `` `meta`.`y` ``, `ggm_stage` → the last part, unquoted, lower case. */
function lastName(name: string): string {
  return name
    .split('.')
    .pop()!
    .replace(/["`[\]]/g, '')
    .toLowerCase();
}

/** Every word of a statement (names unquoted, lower case), to see what it may read. */
function wordsOf(sql: string): Set<string> {
  return new Set(sql.toLowerCase().match(/[a-z_][a-z0-9_$]*/g) ?? []);
}

/** The table a `CREATE … TABLE` statement creates. */
function createdTable(sql: string): string | undefined {
  const m =
    /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([^\s(]+)/i.exec(
      sql,
    );
  return m ? lastName(m[1]!) : undefined;
}

/**
 * A load script ordered for a platform whose DDL commits the open transaction (Snowflake; Databricks
 * without multi-statement DDL): all DDL first (it runs before BEGIN: the ledger tables `IF NOT EXISTS`,
 * the stage tables from committed bronze), then the changes, then the drops of stage tables (after
 * COMMIT). A DDL statement moves ahead of changes only when it reads none of the tables they write and
 * creates no table twice; otherwise the reason is returned and nothing runs. The changes keep their
 * order, so the ledger row still commits with the data.
 */
export function orderStageDdlFirst(
  statements: readonly string[],
): { statements: string[] } | { error: string } {
  const before: string[] = [];
  const changes: string[] = [];
  const after: string[] = [];
  const written = new Set<string>();
  const created = new Set<string>();
  for (const sql of statements) {
    const keyword = firstKeyword(sql);
    if (!DDL.has(keyword)) {
      changes.push(sql);
      const table = WRITES.has(keyword) ? writtenTable(sql) : undefined;
      if (table) written.add(table);
      continue;
    }
    if (written.size > 0 && keyword === 'drop') {
      after.push(sql);
      continue;
    }
    const table = createdTable(sql);
    const words = wordsOf(sql);
    const read = [...written].find((w) => words.has(w));
    if (read !== undefined)
      return { error: `${firstLine(sql)} reads ${read}, which the load writes before it` };
    if (table !== undefined && created.has(table) && written.size > 0)
      return { error: `${firstLine(sql)} creates ${table} a second time` };
    if (table !== undefined) created.add(table);
    before.push(sql);
  }
  return { statements: [...before, ...changes, ...after] };
}

function firstLine(sql: string): string {
  return sql.trim().split('\n')[0]!.slice(0, 120);
}
