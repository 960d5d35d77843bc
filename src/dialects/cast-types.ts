import type { TypeMap } from './sql-dialect.js';
import type { LogicalType } from './logical-type.js';

/**
 * A logical type as the engine's type for CAST, from the DDL dialect's own type map, so silver
 * columns and mapping casts agree. `varchar` casts to the text type: the loader truncates over-long
 * values itself and reports them, instead of failing (PostgreSQL) or storing them whole (DuckDB).
 */
export function castTypeName(types: TypeMap, t: LogicalType): string {
  switch (t.kind) {
    case 'geometry':
      return types.geometry[t.geometry];
    case 'varchar':
      return types.templates.text;
    case 'decimal':
      return types.templates.decimal
        .replace('{precision}', String(t.precision))
        .replace('{scale}', String(t.scale));
    default:
      return types.templates[t.kind];
  }
}
