import { orderByReferences } from '../emit/table-order.js';
import type { SchemaPlan } from '../schema-plan.js';
import type { MigrationContext } from './migration-context.js';
import type { TableMatch } from './schema-matching.js';

interface DestructiveInput {
  from: SchemaPlan;
  to: SchemaPlan;
  match: TableMatch;
  /** Old table name → its name when the destructive steps run. */
  tableName: Map<string, string>;
  current: Map<string, Map<string, string>>;
  /** Per new reference table: rows of literals the new release no longer has. */
  leftovers: Map<string, { key: number; value: string }[]>;
}

/**
 * The steps that lose data, last: literals the new release dropped (stored references to them are
 * set to NULL first), then tables that go, those that refer to others first. Column drops are planned
 * with their table.
 */
export function planDestructiveSteps(ctx: MigrationContext, input: DestructiveInput): void {
  const { to, match, tableName, leftovers } = input;
  for (const [table, rows] of leftovers) {
    const clear = to.tables.flatMap((t) =>
      t.foreignKeys
        .filter((f) => f.table === table && f.columns.length === 1)
        .map((f) => ({ table: t.name, column: f.columns[0]! })),
    );
    ctx.add({
      kind: 'delete-rows',
      phase: 'destructive',
      table,
      keyColumn: match.pairs.find((p) => p.to.name === table)!.to.primaryKey.columns[0]!,
      keys: rows.map((r) => r.key),
      values: rows.map((r) => r.value),
      clear,
      reason: `literals no longer in the model: ${rows.map((r) => r.value).join(', ')}`,
      destructive: true,
    });
  }
  const { ordered, cyclic } = orderByReferences(match.removed);
  for (const t of match.removed) {
    for (const fk of t.foreignKeys) {
      if (!cyclic.has(fk.name)) continue;
      ctx.add({
        kind: 'drop-constraint',
        phase: 'destructive',
        table: tableName.get(t.name) ?? t.name,
        constraint: { kind: 'foreign-key', ...fk },
        reason: 'closes a cycle between tables that go',
        destructive: true,
      });
    }
  }
  const going = new Set(match.removed.map((t) => t.name));
  // Foreign keys of tables that stay were dropped in the first phase (where the engine can).
  const referencedByStaying = new Set(
    input.from.tables.filter((t) => !going.has(t.name)).flatMap((t) => t.foreignKeys.map((f) => f.table)),
  );
  for (const t of [...ordered].reverse()) {
    ctx.add({
      kind: 'drop-table',
      phase: 'destructive',
      table: tableName.get(t.name) ?? t.name,
      reason: `${t.kind} table of ${t.qualifiedName ?? t.modelId ?? t.name} has no counterpart in the new schema`,
      destructive: true,
      facts: { referenced: referencedByStaying.has(t.name) },
    });
  }
}
