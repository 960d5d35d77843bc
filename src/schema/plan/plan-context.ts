import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { NameStyle } from '../naming/name-style.js';
import type { TableNames } from '../naming/table-names.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { PlanColumn, PlanTable, SchemaOptions, TableKind } from '../schema-plan.js';

/** What the planning steps share while one plan is built. */
export interface PlanContext {
  index: ModelIndex;
  options: SchemaOptions;
  style: NameStyle;
  names: TableNames;
  /** Classes in the selection that get a table. */
  tableClassIds: Set<string>;
  /** Reference tables needed, by table name → the enumeration ids merged into it. */
  usedEnumTables: Map<string, Set<string>>;
  diagnostics: Diagnostic[];
  /** Location for diagnostics about model elements: the release file. */
  file: string;
}

export function createTable(
  name: string,
  kind: TableKind,
  style: NameStyle,
  extra: Partial<PlanTable> = {},
): PlanTable {
  return {
    name,
    kind,
    ...extra,
    columns: [],
    primaryKey: { name: style.join(style.style === 'ggm' ? 'PK' : 'pk', name), columns: [] },
    uniques: [],
    checks: [],
    foreignKeys: [],
  };
}

/** Lower-cased column names per table being built (engines compare names case-insensitively). */
const columnNames = new WeakMap<PlanTable, Set<string>>();

/**
 * Adds a column and returns the name it got: a name already used in the table gets a number
 * (`naam_2`), reported as GGM-S107, so two model attributes never silently share one column.
 */
export function addColumn(ctx: PlanContext, table: PlanTable, column: PlanColumn): string {
  let names = columnNames.get(table);
  if (!names) {
    names = new Set(table.columns.map((c) => c.name.toLowerCase()));
    columnNames.set(table, names);
  }
  let name = column.name;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = ctx.style.join(column.name, String(i));
  names.add(name.toLowerCase());
  if (name !== column.name) {
    ctx.diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.columnRenamed,
        'info',
        `table ${table.name}: column ${column.name} occurs twice; the second is named ${name}`,
        column.modelId ? `model element ${column.modelId}` : undefined,
      ),
    );
  }
  table.columns.push({ ...column, name });
  return name;
}

export function addForeignKey(
  ctx: PlanContext,
  table: PlanTable,
  column: string,
  target: PlanTableRef,
  modelId?: string,
): void {
  table.foreignKeys.push({
    name: ctx.style.join(ctx.style.style === 'ggm' ? 'FK' : 'fk', table.name, column),
    columns: [column],
    table: target.table,
    referencedColumns: [target.column],
    ...(modelId ? { modelId } : {}),
  });
}

export interface PlanTableRef {
  table: string;
  column: string;
}

export function constraintName(ctx: PlanContext, prefix: string, ...parts: string[]): string {
  return ctx.style.join(ctx.style.style === 'ggm' ? prefix.toUpperCase() : prefix, ...parts);
}
