import type { PlanTable } from '../schema-plan.js';

/**
 * Tables ordered so that every table comes after the tables it references (for engines that declare
 * foreign keys inline). References that close a cycle are returned separately; they cannot be declared.
 */
export function orderByReferences(tables: PlanTable[]): { ordered: PlanTable[]; cyclic: Set<string> } {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: PlanTable[] = [];
  const cyclic = new Set<string>();
  const visit = (t: PlanTable) => {
    state.set(t.name, 'visiting');
    for (const fk of t.foreignKeys) {
      const target = byName.get(fk.table);
      if (!target || target.name === t.name) continue;
      const s = state.get(target.name);
      if (s === 'visiting') cyclic.add(fk.name);
      else if (!s) visit(target);
    }
    state.set(t.name, 'done');
    ordered.push(t);
  };
  for (const t of tables) if (!state.has(t.name)) visit(t);
  return { ordered, cyclic };
}
