import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef } from '../../model/model-types.js';
import { isTableClass } from '../naming/table-names.js';
import type { PlanContext, PlanTableRef } from './plan-context.js';

/**
 * The superclass whose key a class shares: its first superclass (in the release's order) that has a
 * table. Other superclasses are referenced by an extra column.
 */
export function primarySuperclass(index: ModelIndex, classId: string): ClassDef | undefined {
  return index.superclasses(classId).find((s) => s.id !== classId && isTableClass(index, s));
}

/** The class at the top of the primary-superclass chain (the class itself when it has none). */
export function keyRoot(index: ModelIndex, classId: string): string {
  const seen = new Set<string>([classId]);
  let current = classId;
  for (;;) {
    const up = primarySuperclass(index, current);
    if (!up || seen.has(up.id)) return current;
    seen.add(up.id);
    current = up.id;
  }
}

/** The key column of a class's table: `<root table>_id` with shared keys, `<table>_id` flattened. */
export function classKey(ctx: PlanContext, classId: string): PlanTableRef {
  const table = ctx.names.classTable.get(classId)!;
  const root = ctx.options.generalization === 'shared-key' ? keyRoot(ctx.index, classId) : classId;
  return {
    table,
    column: ctx.style.join(ctx.names.classTable.get(root)!, ctx.style.style === 'ggm' ? 'ID' : 'id'),
  };
}
