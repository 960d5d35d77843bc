import { physicalName, type NamingRules } from '../dialects/identifiers.js';
import type { SchemaPlan } from '../schema/schema-plan.js';

/**
 * The silver profile of a schema plan. Silver holds what the sources deliver, with history: a mapping
 * may load `pand` without its superclass rows, and versioned keys make a row's key differ from the
 * object's. So silver enforces keys but no foreign keys; referential integrity is a data-quality check
 * there (non-blocking, as municipalities run it), not a constraint that rejects a load. Pure.
 */
export function silverProfile(plan: SchemaPlan): SchemaPlan {
  return { ...plan, tables: plan.tables.map((t) => ({ ...t, foreignKeys: [] })) };
}

/**
 * The part of a plan whose tables do not exist yet. `existing` holds the warehouse's physical names, so
 * plan names are compared as the engine names them (shortened where too long).
 */
export function missingTables(
  plan: SchemaPlan,
  existing: ReadonlySet<string>,
  naming: Pick<NamingRules, 'maxIdentifierLength'>,
): SchemaPlan {
  return { ...plan, tables: plan.tables.filter((t) => !existing.has(physicalName(naming, t.name))) };
}

/**
 * The tables a run creates: the mappings' targets and the reference tables (enumerations) they point
 * to. The rest of the project's domains stays out of the warehouse until a mapping fills it; the full
 * schema is always available from `ggm generate ddl`.
 */
export function tablesNeeded(plan: SchemaPlan, targets: ReadonlySet<string>): string[] {
  const byName = new Map(plan.tables.map((t) => [t.name, t]));
  const needed = new Set<string>();
  for (const name of targets) {
    const table = byName.get(name);
    if (!table) continue;
    needed.add(name);
    for (const fk of table.foreignKeys) {
      if (byName.get(fk.table)?.kind === 'reference') needed.add(fk.table);
    }
  }
  return plan.tables.filter((t) => needed.has(t.name)).map((t) => t.name);
}
