import type { Attribute, ClassDef } from '../../model/model-types.js';
import { isTableClass } from '../naming/table-names.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { LogicalType, PlanTable } from '../schema-plan.js';
import { classKey } from './class-keys.js';
import { ENUM_KEY_TYPE, KEY_TYPE, primitiveType, TEXT_TYPE } from './logical-types.js';
import { addColumn, addForeignKey, constraintName, type PlanContext } from './plan-context.js';

/** Datatypes nest (TypeBedrag → Valutasoort …); deeper than this is treated as a cycle. */
const MAX_DATATYPE_DEPTH = 4;

interface Prefix {
  name: string;
  path: string[];
  comment: string;
  datatypes: string[];
}

/** The column(s) for one attribute of a class: a datatype is flattened into prefixed columns. */
export function addAttributeColumns(ctx: PlanContext, table: PlanTable, owner: ClassDef, a: Attribute): void {
  addAttribute(ctx, table, owner, a, { name: '', path: [], comment: '', datatypes: [] });
}

function addAttribute(
  ctx: PlanContext,
  table: PlanTable,
  owner: ClassDef,
  a: Attribute,
  prefix: Prefix,
): void {
  const { style, index } = ctx;
  const base = style.join(prefix.name, style.name(a.name) || style.join('attribute', a.id.slice(-8)));
  const path = [...prefix.path, a.id];
  const definition = [prefix.comment, a.definition].filter(Boolean).join(' — ');
  const where = `${index.qualifiedName(owner)}.${[...prefix.path.map((id) => index.attribute(id)?.name), a.name].join('.')}`;
  const comment = ctx.options.comments && definition ? { comment: definition } : {};
  const column = (
    name: string,
    type: LogicalType,
    role: 'attribute' | 'reference' | 'enumeration',
    note?: string,
  ) =>
    addColumn(ctx, table, {
      name,
      type,
      nullable: true,
      role,
      modelId: a.id,
      ...(prefix.path.length > 0 ? { modelPath: path } : {}),
      ...(note && ctx.options.comments ? { comment: [definition, note].filter(Boolean).join(' ') } : comment),
    });
  if (a.cardinality.max === null || a.cardinality.max > 1) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.multiValued,
        'warning',
        `${where} may hold several values; it gets one column`,
      ),
    );
  }
  const t = a.type;
  switch (t.kind) {
    case 'primitive':
      column(base, primitiveType(t), 'attribute');
      return;
    case 'unknown':
    case 'none': {
      const what = t.kind === 'unknown' ? `unknown type ${JSON.stringify(t.name)}` : 'no type';
      ctx.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.textFallback,
          'warning',
          `${where} has ${what}; stored as text`,
          'fix the type in the model',
          { file: ctx.file, sheet: 'attributes' },
        ),
      );
      column(base, TEXT_TYPE, 'attribute', `(type in the model: ${t.kind === 'unknown' ? t.name : 'none'})`);
      return;
    }
    case 'enumeration':
      addEnumerationColumn(ctx, table, a, base, where, column);
      return;
    case 'class': {
      const target = index.classes.get(t.classId);
      if (!target) {
        ctx.diagnostics.push(
          schemaDiagnostic(
            SCHEMA_CODES.danglingReference,
            'warning',
            `${where} refers to a missing class ${t.classId}; stored as text`,
          ),
        );
        column(base, TEXT_TYPE, 'attribute');
        return;
      }
      if (target.isDatatype) {
        addDatatype(
          ctx,
          table,
          owner,
          a,
          target,
          { name: base, path, comment: definition, datatypes: prefix.datatypes },
          where,
          column,
        );
        return;
      }
      if (!isTableClass(index, target)) {
        ctx.diagnostics.push(
          schemaDiagnostic(
            SCHEMA_CODES.notATable,
            'warning',
            `${where} refers to ${target.name}, which has no table; stored as text`,
          ),
        );
        column(base, TEXT_TYPE, 'attribute');
        return;
      }
      const ref = classKey(ctx, target.id);
      const inSelection = ctx.tableClassIds.has(target.id);
      const name = column(
        style.classReference(base),
        KEY_TYPE,
        'reference',
        inSelection ? undefined : `(refers to ${index.qualifiedName(target)}, not in the selection)`,
      );
      if (inSelection) addForeignKey(ctx, table, name, ref, a.id);
      else outsideSelection(ctx, where, index.qualifiedName(target));
      return;
    }
  }
}

type ColumnAdder = (
  name: string,
  type: LogicalType,
  role: 'attribute' | 'reference' | 'enumeration',
  note?: string,
) => string;

function addEnumerationColumn(
  ctx: PlanContext,
  table: PlanTable,
  a: Attribute,
  base: string,
  where: string,
  column: ColumnAdder,
): void {
  const t = a.type as { kind: 'enumeration'; enumerationId: string };
  const enumeration = ctx.index.enumerations.get(t.enumerationId);
  if (!enumeration) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.danglingReference,
        'warning',
        `${where} refers to a missing enumeration; stored as text`,
      ),
    );
    column(base, TEXT_TYPE, 'attribute');
    return;
  }
  if (ctx.options.enums === 'table') {
    const refTable = ctx.names.enumTable.get(enumeration.id)!;
    const name = column(ctx.style.join(base, 'enum', 'id'), ENUM_KEY_TYPE, 'enumeration');
    const ids = ctx.usedEnumTables.get(refTable) ?? new Set<string>();
    ids.add(enumeration.id);
    ctx.usedEnumTables.set(refTable, ids);
    addForeignKey(
      ctx,
      table,
      name,
      { table: refTable, column: ctx.style.join(refTable, 'id') },
      enumeration.id,
    );
    return;
  }
  const values = [...new Set(enumeration.literals.map((l) => l.name))];
  const length = Math.max(1, ...values.map((v) => v.length));
  const name = column(base, { kind: 'varchar', length }, 'enumeration');
  if (values.length === 0) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.emptyEnumeration,
        'warning',
        `${where}: enumeration ${ctx.index.qualifiedName(enumeration)} has no literals; no CHECK constraint`,
      ),
    );
    return;
  }
  table.checks.push({
    name: constraintName(ctx, 'ck', table.name, name),
    column: name,
    values,
    modelId: enumeration.id,
  });
}

function addDatatype(
  ctx: PlanContext,
  table: PlanTable,
  owner: ClassDef,
  a: Attribute,
  datatype: ClassDef,
  prefix: Prefix,
  where: string,
  column: ColumnAdder,
): void {
  const cyclic = prefix.datatypes.includes(datatype.id) || prefix.datatypes.length >= MAX_DATATYPE_DEPTH;
  if (ctx.options.datatypes === 'json' || cyclic) {
    if (cyclic) {
      ctx.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.datatypeCycle,
          'warning',
          `${where}: datatype ${datatype.name} nests itself; stored as JSON`,
        ),
      );
    }
    column(prefix.name, { kind: 'json' }, 'attribute', `(datatype ${datatype.name} as JSON)`);
    return;
  }
  const nested = { ...prefix, datatypes: [...prefix.datatypes, datatype.id] };
  const attributes = ctx.index.allAttributes(datatype.id);
  if (attributes.length === 0) {
    column(prefix.name, TEXT_TYPE, 'attribute', `(datatype ${datatype.name} has no attributes)`);
    return;
  }
  for (const { attribute } of attributes) addAttribute(ctx, table, owner, attribute, nested);
}

export function outsideSelection(ctx: PlanContext, where: string, target: string): void {
  ctx.diagnostics.push(
    schemaDiagnostic(
      SCHEMA_CODES.outsideSelection,
      'info',
      `${where} refers to ${target}, which is not in the selection: a plain column without a foreign key`,
      'select it too, or leave out --no-closure',
    ),
  );
}
