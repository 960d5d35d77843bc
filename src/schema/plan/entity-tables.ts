import type { ClassDef } from '../../model/model-types.js';
import { isTableClass } from '../naming/table-names.js';
import type { PlanTable } from '../schema-plan.js';
import { addAttributeColumns, outsideSelection } from './attribute-columns.js';
import { classKey, primarySuperclass } from './class-keys.js';
import { KEY_TYPE } from './logical-types.js';
import { addColumn, addForeignKey, constraintName, createTable, type PlanContext } from './plan-context.js';
import { systemColumnNames } from './system-columns.js';

/** Attribute names that are a class's functional identifier (the model has no explicit marker). */
const FUNCTIONAL_KEY_NAMES = new Set(['identificatie']);

/**
 * The table of one class: key, generalization, attributes. With shared keys the key of a subclass is
 * the key of its primary superclass and also a foreign key to it; with `flatten` a table carries the
 * attributes of all its ancestors and has its own key.
 */
export function buildEntityTable(ctx: PlanContext, c: ClassDef): PlanTable {
  const { index, style } = ctx;
  const name = ctx.names.classTable.get(c.id)!;
  const table = createTable(name, 'entity', style, {
    modelId: c.id,
    qualifiedName: index.qualifiedName(c),
    ...(ctx.options.comments && c.definition ? { comment: c.definition } : {}),
  });
  const key = classKey(ctx, c.id);
  addColumn(ctx, table, { name: key.column, type: KEY_TYPE, nullable: false, role: 'key', modelId: c.id });
  table.primaryKey.columns = [key.column];

  const owners: ClassDef[] = [c];
  if (ctx.options.generalization === 'flatten') {
    owners.push(...index.ancestors(c.id));
  } else {
    addSuperclassReferences(ctx, table, c, key.column, owners);
  }
  for (const owner of owners) for (const a of owner.attributes) addAttributeColumns(ctx, table, owner, a);
  addFunctionalKey(ctx, table, owners);
  return table;
}

function addSuperclassReferences(
  ctx: PlanContext,
  table: PlanTable,
  c: ClassDef,
  keyColumn: string,
  owners: ClassDef[],
): void {
  const { index, style } = ctx;
  const primary = primarySuperclass(index, c.id);
  const where = index.qualifiedName(c);
  const seen = new Set<string>();
  for (const g of index.model.generalizations.filter((g) => g.subclassId === c.id)) {
    const s = index.classes.get(g.superclassId);
    // The release lists some generalizations twice (School → NietNatuurlijkPersoon).
    if (!s || s.id === c.id || seen.has(s.id) || !isTableClass(index, s)) continue;
    seen.add(s.id);
    const selected = ctx.tableClassIds.has(s.id);
    const ref = classKey(ctx, s.id);
    if (!selected) {
      // No table for the superclass here: keep its attributes (and those of unselected ancestors) in
      // this table so nothing is lost.
      outsideSelection(ctx, `${where} (superclass)`, index.qualifiedName(s));
      collectUnselectedAncestors(ctx, s, owners);
    }
    if (s.id === primary?.id) {
      if (selected) addForeignKey(ctx, table, keyColumn, ref, g.id);
      continue;
    }
    const column = addColumn(ctx, table, {
      name: ref.column === keyColumn ? style.join(ref.table, 'id') : ref.column,
      type: KEY_TYPE,
      nullable: true,
      role: 'superclass',
      modelId: g.id,
      ...(ctx.options.comments ? { comment: `also a ${s.name}` } : {}),
    });
    if (selected) addForeignKey(ctx, table, column, ref, g.id);
  }
}

function collectUnselectedAncestors(ctx: PlanContext, s: ClassDef, owners: ClassDef[]): void {
  const stack = [s];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (owners.some((o) => o.id === cur.id)) continue;
    owners.push(cur);
    for (const up of ctx.index.superclasses(cur.id)) if (!ctx.tableClassIds.has(up.id)) stack.push(up);
  }
}

/** `identificatie` is unique per version: with history columns the key includes valid_from. */
function addFunctionalKey(ctx: PlanContext, table: PlanTable, owners: ClassDef[]): void {
  const ids = new Set(
    owners.flatMap((o) =>
      o.attributes.filter((a) => FUNCTIONAL_KEY_NAMES.has(a.name.toLowerCase())).map((a) => a.id),
    ),
  );
  const column = table.columns.find(
    (col) => col.role === 'attribute' && col.modelId && !col.modelPath && ids.has(col.modelId),
  );
  if (!column) return;
  // A key needs a bounded type (MySQL cannot index TEXT without a prefix length).
  if (column.type.kind === 'text') column.type = { kind: 'varchar', length: 255 };
  table.uniques.push({
    name: constraintName(ctx, 'uq', table.name, column.name),
    columns: ctx.options.history ? [column.name, systemColumnNames(ctx.style).validFrom] : [column.name],
  });
}
