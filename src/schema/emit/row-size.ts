import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { PlanColumn, PlanTable } from '../schema-plan.js';

/**
 * Engines with a row size limit (MySQL/MariaDB: 65,535 bytes, varchars counted at full width) get the
 * widest varchars of an oversized table as text, which is stored off-row. Key columns stay varchar.
 */
export function fitRowSize(t: PlanTable, dialect: SqlDialect, diagnostics: Diagnostic[]): PlanColumn[] {
  const limit = dialect.capabilities.maxRowBytes!;
  const keyed = new Set([...t.primaryKey.columns, ...t.uniques.flatMap((u) => u.columns)]);
  const width = (c: PlanColumn) =>
    c.type.kind === 'varchar' && c.type.length <= dialect.types.maxVarcharLength
      ? c.type.length * limit.bytesPerChar + 2
      : 16;
  let total = t.columns.reduce((n, c) => n + width(c), 0);
  if (total <= limit.limit) return t.columns;
  const columns = t.columns.map((c) => ({ ...c }));
  const candidates = columns
    .filter((c) => c.type.kind === 'varchar' && !keyed.has(c.name))
    .sort((a, b) => width(b) - width(a));
  const changed: string[] = [];
  for (const c of candidates) {
    if (total <= limit.limit) break;
    total -= width(c) - 16;
    c.type = { kind: 'text' };
    changed.push(c.name);
  }
  diagnostics.push(
    schemaDiagnostic(
      SCHEMA_CODES.typeAdjusted,
      'info',
      `${dialect.label}: table ${t.name} exceeds the row size limit; ${changed.length} varchar columns become text (${changed.join(', ')})`,
    ),
  );
  return columns;
}
