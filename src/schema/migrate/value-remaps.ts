import type { SchemaPlan } from '../schema-plan.js';
import type { NameMaps } from './constraint-changes.js';
import { MIGRATION_CODES, migrationDiagnostic } from './migration-codes.js';
import type { MigrationContext } from './migration-context.js';
import type { ModelIdentity } from './model-identity.js';
import { mapByValue } from './reference-rows.js';
import { tablesByName, type TableMatch } from './schema-matching.js';

interface RemapInput {
  from: SchemaPlan;
  to: SchemaPlan;
  match: TableMatch;
  names: NameMaps;
  identity: ModelIdentity;
  /** Per old reference table: old key → key after the migration. */
  keyMaps: Map<string, Map<number, number>>;
}

/**
 * Enumeration columns store reference-table keys. When the keys of a literal change (its table was
 * renumbered, or the column now points at another reference table) the stored values are remapped
 * literal by literal; a value whose literal the new table lacks becomes NULL (destructive). Returns
 * the foreign keys (`table/constraint`, old names) that must be dropped before and added after.
 */
export function planValueRemaps(ctx: MigrationContext, input: RemapInput): Set<string> {
  const { from, to, match, names, identity, keyMaps } = input;
  const forced = new Set<string>();
  const fromTables = tablesByName(from);
  const toTables = tablesByName(to);
  const moves = (m: Map<number, number | null> | undefined) => [...(m ?? [])].filter(([a, b]) => a !== b);
  const rekeyed = new Set([...keyMaps].filter(([, m]) => moves(m).length > 0).map(([t]) => t));

  for (const pair of match.pairs) {
    for (const fk of pair.from.foreignKeys) {
      const ref = fromTables.get(fk.table);
      if (!ref || ref.kind !== 'reference' || fk.columns.length !== 1) continue;
      const id = `${pair.from.name}/${fk.name}`;
      if (rekeyed.has(ref.name)) forced.add(id);
      const column = names.column(pair.from.name, fk.columns[0]!);
      if (!column) continue;
      const toFk = pair.to.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column);
      const target = toFk ? toTables.get(toFk.table) : undefined;
      if (!target || target.kind !== 'reference') continue;
      const mapping: Map<number, number | null> | undefined =
        match.toOf.get(ref.name) === target
          ? keyMaps.get(ref.name)
          : mapByValue(ref, target, identity.literalNames(fk.modelId ?? ''));
      const moved = moves(mapping);
      if (moved.length === 0) continue;
      forced.add(id);
      const lost = moved.filter(([, b]) => b === null).length;
      ctx.add({
        kind: 'remap-values',
        phase: 'remap-values',
        table: pair.to.name,
        column,
        mapping: moved,
        unique: false,
        referenceTable: target.name,
        reason: `${ref.name === target.name ? `keys of ${target.name} renumbered` : `now refers to ${target.name} instead of ${ref.name}`}${lost > 0 ? `; ${lost} literals have no counterpart and become NULL` : ''}`,
        destructive: lost > 0,
      });
      ctx.diagnostics.push(
        migrationDiagnostic(
          MIGRATION_CODES.valuesRemapped,
          'info',
          `${pair.to.name}.${column}: stored enumeration keys are remapped (${moved.length} literals)`,
        ),
      );
    }
  }
  // Tables that go (kept when destructive steps are skipped) must not block renumbering either.
  for (const t of match.removed) {
    for (const fk of t.foreignKeys) {
      if (!rekeyed.has(fk.table)) continue;
      ctx.add({
        kind: 'drop-constraint',
        phase: 'drop-constraints',
        table: t.name,
        constraint: { kind: 'foreign-key', ...fk },
        reason: `${fk.table} is renumbered; ${t.name} is not in the new schema`,
        destructive: false,
      });
    }
  }
  return forced;
}
