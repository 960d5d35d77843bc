import type { PlanTable } from '../schema-plan.js';
import type { ConstraintDefinition, MigrationStep } from './migration-plan.js';
import type { TablePair } from './schema-matching.js';

/** How names of the old schema read in the new one. */
export interface NameMaps {
  /** Old table name → its name after the migration (retired names for tables that stay behind). */
  table(name: string): string | undefined;
  /** Old column of an old table → the new column it became (undefined when the column goes). */
  column(table: string, column: string): string | undefined;
}

export function constraintsOf(t: PlanTable): ConstraintDefinition[] {
  return [
    { kind: 'primary-key', name: t.primaryKey.name, columns: t.primaryKey.columns },
    ...t.uniques.map((u) => ({ kind: 'unique' as const, ...u })),
    ...t.checks.map((c) => ({ kind: 'check' as const, ...c })),
    ...t.foreignKeys.map((f) => ({ kind: 'foreign-key' as const, ...f })),
  ];
}

/** What a constraint enforces, in the new schema's names; equal signatures enforce the same. */
function signature(
  c: ConstraintDefinition,
  column: (c: string) => string,
  table: (t: string) => string,
  refColumn: (t: string, c: string) => string,
): string {
  const cols = (names: string[]) => names.map(column).join(',');
  switch (c.kind) {
    case 'primary-key':
      return `pk:${cols(c.columns)}`;
    case 'unique':
      return `uq:${cols(c.columns)}`;
    case 'check':
      return `ck:${column(c.column)}:${JSON.stringify(c.values)}`;
    case 'foreign-key':
      return `fk:${cols(c.columns)}->${table(c.table)}(${c.referencedColumns.map((r) => refColumn(c.table, r)).join(',')})`;
  }
}

export interface ConstraintChanges {
  drops: MigrationStep[];
  renames: MigrationStep[];
  adds: MigrationStep[];
}

/**
 * Constraints of a paired table: those whose signature the new table lacks (or that must be rebuilt
 * because their values are remapped: `forced`, by old table and constraint name) are dropped first
 * and added at the end; a constraint that only changed its name (its table or column was renamed)
 * is renamed.
 */
export function diffConstraints(pair: TablePair, names: NameMaps, forced: Set<string>): ConstraintChanges {
  const { from, to } = pair;
  const gone = (n: string) => `~${n}`;
  const fromSig = (c: ConstraintDefinition) =>
    signature(
      c,
      (col) => names.column(from.name, col) ?? gone(col),
      (t) => names.table(t) ?? gone(t),
      (t, col) => names.column(t, col) ?? gone(col),
    );
  const toSig = (c: ConstraintDefinition) =>
    signature(
      c,
      (col) => col,
      (t) => t,
      (_t, col) => col,
    );
  const waiting = new Map<string, ConstraintDefinition[]>();
  for (const c of constraintsOf(to)) {
    const s = toSig(c);
    waiting.set(s, [...(waiting.get(s) ?? []), c]);
  }
  const result: ConstraintChanges = { drops: [], renames: [], adds: [] };
  const base = { destructive: false as const };
  for (const c of constraintsOf(from)) {
    const s = fromSig(c);
    const match = forced.has(`${from.name}/${c.name}`) ? undefined : waiting.get(s)?.shift();
    if (!match) {
      result.drops.push({
        ...base,
        kind: 'drop-constraint',
        phase: 'drop-constraints',
        table: from.name,
        constraint: c,
        reason: forced.has(`${from.name}/${c.name}`)
          ? 'rebuilt around remapped values'
          : `no longer in the schema (${describe(c)})`,
      });
    } else if (match.name !== c.name) {
      result.renames.push({
        ...base,
        kind: 'rename-constraint',
        phase: 'rename-tables',
        table: to.name,
        oldName: c.name,
        constraint: match,
        reason: 'follows the renamed table or column',
      });
    }
  }
  for (const list of waiting.values()) {
    for (const c of list) {
      result.adds.push({
        ...base,
        kind: 'add-constraint',
        phase: 'add-constraints',
        table: to.name,
        constraint: c,
        newTable: false,
        reason: describe(c),
      });
    }
  }
  return result;
}

export function describe(c: ConstraintDefinition): string {
  switch (c.kind) {
    case 'primary-key':
      return `primary key (${c.columns.join(', ')})`;
    case 'unique':
      return `unique (${c.columns.join(', ')})`;
    case 'check':
      return `check ${c.column} in ${c.values.length} values`;
    case 'foreign-key':
      return `foreign key (${c.columns.join(', ')}) → ${c.table}`;
  }
}
