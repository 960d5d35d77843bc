import type { Association, AssociationEnd, Cardinality } from '../../model/model-types.js';
import { isTableClass } from '../naming/table-names.js';
import { shortHash } from '../naming/name-style.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { PlanTable } from '../schema-plan.js';
import { outsideSelection } from './attribute-columns.js';
import { classKey } from './class-keys.js';
import { KEY_TYPE } from './logical-types.js';
import { addColumn, addForeignKey, constraintName, createTable, type PlanContext } from './plan-context.js';
import { addSystemColumns, systemColumnNames } from './system-columns.js';

const many = (m: Cardinality) => m.max === null || m.max > 1;

/**
 * Associations become a foreign-key column on the side that points at one (`<name>_<table>_id`), or a
 * link table when both ends may be many. Returns the link tables; FK columns go into `entityTables`.
 */
export function planAssociations(
  ctx: PlanContext,
  entityTables: Map<string, PlanTable>,
  takenNames: Set<string>,
): PlanTable[] {
  const links: PlanTable[] = [];
  for (const a of ctx.index.model.associations) {
    const src = a.source.classId;
    const tgt = a.target.classId;
    if (!ctx.tableClassIds.has(src) && !ctx.tableClassIds.has(tgt)) continue;
    const srcClass = ctx.index.classes.get(src);
    const tgtClass = ctx.index.classes.get(tgt);
    if (!srcClass || !tgtClass || !isTableClass(ctx.index, srcClass) || !isTableClass(ctx.index, tgtClass)) {
      const other = !srcClass || !isTableClass(ctx.index, srcClass) ? srcClass : tgtClass;
      ctx.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.notATable,
          'info',
          `association ${a.name ?? a.id} ends at ${other?.name ?? 'a missing class'}, which has no table; left out`,
        ),
      );
      continue;
    }
    if (many(a.source.multiplicity) && many(a.target.multiplicity)) {
      links.push(linkTable(ctx, a, takenNames));
    } else if (!many(a.target.multiplicity)) {
      addReference(ctx, entityTables, a, a.source, a.target);
    } else {
      addReference(ctx, entityTables, a, a.target, a.source);
    }
  }
  return links;
}

function associationWord(ctx: PlanContext, a: Association, far: AssociationEnd): string {
  const word = a.name ?? far.role ?? '';
  return ctx.style.name(word);
}

/** FK column in the table of `from` pointing at `to`. */
function addReference(
  ctx: PlanContext,
  entityTables: Map<string, PlanTable>,
  a: Association,
  from: AssociationEnd,
  to: AssociationEnd,
): void {
  const table = entityTables.get(from.classId);
  if (!table) return; // the referencing side is not in the selection: nothing to hold the column
  const ref = classKey(ctx, to.classId);
  const inSelection = ctx.tableClassIds.has(to.classId);
  const target = ctx.index.classes.get(to.classId)!;
  const note = inSelection ? '' : ` (refers to ${ctx.index.qualifiedName(target)}, not in the selection)`;
  const definition = [a.definition ?? '', note].join('').trim();
  const column = addColumn(ctx, table, {
    name: ctx.style.join(associationWord(ctx, a, to), ref.table, 'id'),
    type: KEY_TYPE,
    nullable: true,
    role: 'reference',
    modelId: a.id,
    ...(ctx.options.comments && definition ? { comment: definition } : {}),
  });
  if (inSelection) addForeignKey(ctx, table, column, ref, a.id);
  else
    outsideSelection(ctx, `association ${a.name ?? a.id} of ${table.name}`, ctx.index.qualifiedName(target));
}

function linkTable(ctx: PlanContext, a: Association, takenNames: Set<string>): PlanTable {
  const { style } = ctx;
  const src = classKey(ctx, a.source.classId);
  const tgt = classKey(ctx, a.target.classId);
  let name = style.join(src.table, associationWord(ctx, a, a.target), tgt.table);
  if (takenNames.has(name)) name = style.join(name, shortHash(a.id).slice(0, 6));
  takenNames.add(name);
  const table = createTable(name, 'link', style, {
    modelId: a.id,
    ...(ctx.options.comments && a.definition ? { comment: a.definition } : {}),
  });
  const key = addColumn(ctx, table, {
    name: style.join(name, 'id'),
    type: KEY_TYPE,
    nullable: false,
    role: 'key',
    modelId: a.id,
  });
  table.primaryKey.columns = [key];
  const ends: string[] = [];
  for (const [end, ref, word] of [
    [a.source, src, ''],
    [a.target, tgt, src.table === tgt.table ? associationWord(ctx, a, a.target) || 'other' : ''],
  ] as const) {
    const column = addColumn(ctx, table, {
      name: style.join(word, ref.table, 'id'),
      type: KEY_TYPE,
      nullable: false,
      role: 'link-end',
      modelId: end.classId,
    });
    ends.push(column);
    if (ctx.tableClassIds.has(end.classId)) addForeignKey(ctx, table, column, ref, a.id);
    else
      outsideSelection(
        ctx,
        `association ${a.name ?? a.id}`,
        ctx.index.qualifiedName(ctx.index.classes.get(end.classId)!),
      );
  }
  table.uniques.push({
    name: constraintName(ctx, 'uq', name),
    columns: ctx.options.history ? [...ends, systemColumnNames(style).validFrom] : ends,
  });
  addSystemColumns(ctx, table);
  return table;
}
