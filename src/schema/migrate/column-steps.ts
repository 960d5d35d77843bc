import type { PlanColumn, PlanTable } from '../schema-plan.js';
import { MIGRATION_CODES, migrationDiagnostic } from './migration-codes.js';
import type { StepFacts } from './migration-plan.js';
import type { MigrationContext } from './migration-context.js';
import { orderRenames, retiredName, type Rename } from './rename-order.js';
import type { ColumnMatch, TablePair } from './schema-matching.js';
import { classifyTypeChange } from './type-change.js';

/**
 * The column steps of one paired table: renames (columns that go make room under a retired name
 * first), new columns, type and nullability changes, comments, and the drops of columns that go.
 * Returns old column name → its paired new column, and → its name after the migration (retired too).
 */
export function planColumnSteps(
  ctx: MigrationContext,
  pair: TablePair,
  match: ColumnMatch,
): { paired: Map<string, string>; current: Map<string, string> } {
  const { from, to } = pair;
  const table = to.name;
  const finalName = new Map<string, string>();
  for (const p of match.pairs) finalName.set(p.from.name, p.to.name);
  const needed = new Set(to.columns.map((c) => c.name.toLowerCase()));
  const taken = new Set([...from.columns, ...to.columns].map((c) => c.name.toLowerCase()));
  const isTaken = (n: string) => taken.has(n.toLowerCase());
  const retired = new Map<string, string>();
  for (const c of match.removed) {
    if (!needed.has(c.name.toLowerCase())) continue;
    const name = retiredName(c.name, isTaken);
    taken.add(name.toLowerCase());
    retired.set(c.name, name);
    ctx.diagnostics.push(
      migrationDiagnostic(
        MIGRATION_CODES.retiredName,
        'info',
        `table ${table}: column ${c.name} goes but its name is needed; it is renamed to ${name} until it is dropped`,
      ),
    );
  }
  const renames: Rename[] = [
    ...[...retired].map(([a, b]) => ({ from: a, to: b })),
    ...match.pairs
      .filter((p) => p.from.name !== p.to.name)
      .map((p) => ({ from: p.from.name, to: p.to.name })),
  ];
  const constrained = constrainedColumns(from);
  const tableReferenced = ctx.referencedTables.has(from.name);
  const byName = new Map([
    ...from.columns.map((c) => [c.name, c] as const),
    ...to.columns.map((c) => [c.name, c] as const),
  ]);
  for (const r of orderRenames(renames, isTaken)) {
    const original = originalName(r.from, renames);
    const column = retired.has(original)
      ? byName.get(original)!
      : (byName.get(finalName.get(original) ?? r.to) ?? byName.get(original)!);
    ctx.add({
      kind: 'rename-column',
      phase: 'rename-columns',
      table,
      column: r.from,
      newName: r.to,
      definition: { ...column, name: r.to },
      reason: retired.has(original)
        ? `makes room for ${original}`
        : `${describeColumn(ctx, to, finalName.get(original) ?? r.to)} renamed`,
      destructive: false,
      facts: { constrained: constrained.has(original), tableReferenced },
    });
  }
  for (const c of match.added) addColumn(ctx, to, c);
  for (const p of match.pairs)
    alterColumn(ctx, pair, p.from, p.to, { constrained: constrained.has(p.from.name), tableReferenced });
  for (const c of match.removed) {
    ctx.add({
      kind: 'drop-column',
      phase: 'destructive',
      table,
      column: retired.get(c.name) ?? c.name,
      reason: `${describeColumn(ctx, from, c.name)} of the old schema has no counterpart in the new one`,
      destructive: true,
      facts: { constrained: constrained.has(c.name), tableReferenced },
    });
  }
  if (ctx.options.comments && (from.comment ?? null) !== (to.comment ?? null)) {
    ctx.add({
      kind: 'set-comment',
      phase: 'comments',
      table,
      comment: to.comment ?? null,
      hadComment: from.comment !== undefined,
      reason: 'table comment changed',
      destructive: false,
    });
  }
  return { paired: finalName, current: new Map([...finalName, ...retired]) };
}

function addColumn(ctx: MigrationContext, to: PlanTable, c: PlanColumn): void {
  ctx.add({
    kind: 'add-column',
    phase: 'add-columns',
    table: to.name,
    column: c.name,
    definition: { ...c, nullable: true },
    reason: `new ${describeColumn(ctx, to, c.name)}`,
    destructive: false,
  });
  if (c.nullable) return;
  // Existing rows have no value for it: NOT NULL only succeeds once they are filled.
  ctx.diagnostics.push(
    migrationDiagnostic(
      MIGRATION_CODES.needsValues,
      'warning',
      `table ${to.name}: new column ${c.name} is NOT NULL; existing rows need a value first`,
    ),
  );
  ctx.add({
    kind: 'set-nullable',
    phase: 'alter-columns',
    table: to.name,
    column: c.name,
    nullable: false,
    definition: c,
    reason: 'new NOT NULL column; fails while existing rows have no value',
    destructive: true,
    facts: { tableReferenced: ctx.referencedTables.has(to.name) },
  });
}

function alterColumn(
  ctx: MigrationContext,
  pair: TablePair,
  a: PlanColumn,
  b: PlanColumn,
  facts: StepFacts,
): void {
  const table = pair.to.name;
  const change = classifyTypeChange(a.type, b.type);
  if (change !== 'same') {
    ctx.add({
      kind: 'alter-column-type',
      phase: 'alter-columns',
      table,
      column: b.name,
      fromType: a.type,
      toType: b.type,
      change,
      definition: b,
      reason: `${describeColumn(ctx, pair.to, b.name)}: ${change} type change`,
      destructive: change !== 'widening',
      facts,
    });
  }
  if (a.nullable !== b.nullable) {
    ctx.add({
      kind: 'set-nullable',
      phase: 'alter-columns',
      table,
      column: b.name,
      nullable: b.nullable,
      definition: b,
      reason: b.nullable ? 'may now be empty' : 'now required; fails while rows have no value',
      destructive: !b.nullable,
      facts,
    });
  }
  if (ctx.options.comments && (a.comment ?? null) !== (b.comment ?? null)) {
    ctx.add({
      kind: 'set-comment',
      phase: 'comments',
      table,
      column: b.name,
      comment: b.comment ?? null,
      hadComment: a.comment !== undefined,
      definition: b,
      reason: 'column comment changed',
      destructive: false,
    });
  }
}

/** Columns in a key, unique or foreign key, or referenced by one. */
function constrainedColumns(t: PlanTable): Set<string> {
  return new Set([
    ...t.primaryKey.columns,
    ...t.uniques.flatMap((u) => u.columns),
    ...t.foreignKeys.flatMap((f) => f.columns),
  ]);
}

function originalName(name: string, renames: Rename[]): string {
  const tmp = /^(.*)_ggm_tmp\d*$/.exec(name);
  const base = tmp ? tmp[1]! : name;
  return renames.some((r) => r.from === base) ? base : name;
}

function describeColumn(ctx: MigrationContext, t: PlanTable, column: string): string {
  const c = t.columns.find((x) => x.name === column);
  const element = c?.modelPath?.at(-1) ?? c?.modelId;
  const name = element ? ctx.elementName(element) : undefined;
  return name ? `${c!.role} ${name} (column ${column})` : `column ${column}`;
}
