import type { PlanTable, SchemaPlan } from '../../schema-plan.js';

export type TestValue = string | number | boolean | null;

/**
 * INSERT statements for one test row of an entity table, preceded by rows of the tables its key
 * refers to (the superclass tables of a shared key), so foreign keys hold. Engine-neutral SQL with
 * the given identifier quote.
 */
export function entityRowInserts(
  plan: SchemaPlan,
  table: string,
  values: Record<string, TestValue>,
  quote: (name: string) => string,
  done = new Set<string>(),
): string[] {
  const t = plan.tables.find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table} in the plan`);
  const key = values[t.primaryKey.columns[0]!];
  const out: string[] = [];
  for (const fk of t.foreignKeys) {
    if (fk.columns.join() !== t.primaryKey.columns.join() || fk.table === table) continue;
    const id = `${fk.table}:${String(key)}`;
    if (done.has(id)) continue;
    done.add(id);
    out.push(...entityRowInserts(plan, fk.table, { [fk.referencedColumns[0]!]: key ?? null }, quote, done));
  }
  const columns = Object.keys(values);
  out.push(
    `INSERT INTO ${quote(t.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map((c) => literal(values[c]!)).join(', ')})`,
  );
  return out;
}

export function literal(v: TestValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return `'${v.replace(/'/g, "''")}'`;
}

/** The first column of `table` that refers to the reference table `target`. */
export function columnReferring(t: PlanTable, target: string): string | undefined {
  return t.foreignKeys.find((f) => f.table === target)?.columns[0];
}

/** The table a column of `table` refers to by foreign key. */
export function referencedTable(plan: SchemaPlan, table: string, column: string): string {
  const t = plan.tables.find((x) => x.name === table);
  const fk = t?.foreignKeys.find((f) => f.columns[0] === column);
  if (!fk) throw new Error(`${table}.${column} refers to no table`);
  return fk.table;
}
