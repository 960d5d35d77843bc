import type { Enumeration } from '../../model/model-types.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { PlanTable } from '../schema-plan.js';
import { ENUM_KEY_TYPE } from './logical-types.js';
import { addColumn, constraintName, createTable, type PlanContext } from './plan-context.js';

/**
 * One reference table per enumeration (identical ones merged), filled with its literals in the model's
 * order: key 1..n, value = the literal's name, code = its alias (`Ja` = 1), definition.
 */
export function buildReferenceTable(ctx: PlanContext, name: string, enumerationIds: string[]): PlanTable {
  const { style, index } = ctx;
  const enumerations = enumerationIds.map((id) => index.enumerations.get(id)!) as Enumeration[];
  const e = enumerations[0]!;
  const table = createTable(name, 'reference', style, {
    modelId: e.id,
    modelIds: enumerationIds,
    qualifiedName: index.qualifiedName(e),
    ...(ctx.options.comments && e.definition ? { comment: e.definition } : {}),
  });
  if (enumerationIds.length > 1) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.mergedEnumerations,
        'info',
        `${enumerationIds.length} identical enumerations ${e.name} share the table ${name}`,
        enumerations.map((x) => index.qualifiedName(x)).join('; '),
      ),
    );
  }
  const key = addColumn(ctx, table, {
    name: style.join(name, 'id'),
    type: ENUM_KEY_TYPE,
    nullable: false,
    role: 'key',
    modelId: e.id,
  });
  table.primaryKey.columns = [key];
  const longest = Math.max(1, ...e.literals.map((l) => l.name.length));
  const value = addColumn(ctx, table, {
    name: style.join('value'),
    type: { kind: 'varchar', length: Math.max(255, longest) },
    nullable: false,
    role: 'seed',
    ...(ctx.options.comments ? { comment: 'the literal as named in the model' } : {}),
  });
  const code = addColumn(ctx, table, {
    name: style.join('code'),
    type: { kind: 'varchar', length: 50 },
    nullable: true,
    role: 'seed',
    ...(ctx.options.comments ? { comment: 'code used by source systems (alias in the model)' } : {}),
  });
  const definition = addColumn(ctx, table, {
    name: style.join('definition'),
    type: { kind: 'text' },
    nullable: true,
    role: 'seed',
  });
  table.uniques.push({ name: constraintName(ctx, 'uq', name, value), columns: [value] });
  const seen = new Set<string>();
  const rows: (string | number | null)[][] = [];
  for (const l of e.literals) {
    if (seen.has(l.name)) continue; // a literal listed twice would break the unique value
    seen.add(l.name);
    rows.push([rows.length + 1, l.name, l.code ?? null, l.definition ?? null]);
  }
  if (rows.length === 0) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.emptyEnumeration,
        'warning',
        `enumeration ${index.qualifiedName(e)} has no literals; table ${name} stays empty`,
      ),
    );
  }
  table.seed = { columns: [key, value, code, definition], rows };
  return table;
}
