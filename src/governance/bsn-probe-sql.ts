import { sqlName, sqlTableName } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';

/** Rows sampled per table by the BSN probe. */
export const PROBE_SAMPLE_ROWS = 1000;
/** A column is a BSN column when at least this share of its non-null sampled values pass the 11-proef. */
export const PROBE_BSN_SHARE = 0.9;
/** … and at least this many were sampled. */
export const PROBE_MIN_VALUES = 3;

/** Whether the nine-digit text `d` passes the 11-proef, without casts that could fail on other text. */
function elfProef(d: string, dialect: SqlDialect): string {
  const digit = (i: number) => `(${dialect.query.position(`substr(${d}, ${i}, 1)`, "'0123456789'")} - 1)`;
  const weighted = [9, 8, 7, 6, 5, 4, 3, 2].map((w, i) => `${w} * ${digit(i + 1)}`).join(' + ');
  return (
    `(length(${d}) = 9 AND ${dialect.query.removeCharacters(d, '0123456789')} = '' AND ${d} <> '000000000'` +
    ` AND (${weighted} - ${digit(9)}) % 11 = 0)`
  );
}

/**
 * One query over a sample of a table: per column the count of non-null values (`n<i>`) and of values
 * that pass the BSN 11-proef (`p<i>`); integers are padded to nine digits. Pure.
 */
export function bsnProbeSql(
  dialect: SqlDialect,
  schema: string,
  table: string,
  columns: readonly { name: string; integer: boolean }[],
): string {
  const text = (c: string) => (dialect.treatments ? dialect.treatments.text(c) : `CAST(${c} AS VARCHAR)`);
  const parts = columns.flatMap((c, i) => {
    const ref = `s.${sqlName(dialect, c.name)}`;
    const d = c.integer ? `lpad(${text(ref)}, 9, '0')` : `trim(${text(ref)})`;
    return [`count(${ref}) AS n${i}`, `${dialect.query.countWhere(elfProef(d, dialect))} AS p${i}`];
  });
  const sample = dialect.query.limit(
    `SELECT ${columns.map((c) => sqlName(dialect, c.name)).join(', ')} FROM ${sqlTableName(dialect, schema, table)}`,
    PROBE_SAMPLE_ROWS,
  );
  return `SELECT ${parts.join(', ')} FROM (${sample}) s`;
}

/** The columns of a probe result that hold BSNs. */
export function bsnColumnsFromProbe(
  columns: readonly { name: string }[],
  row: Record<string, unknown>,
): string[] {
  return columns.flatMap((c, i) => {
    const n = Number(row[`n${i}`] ?? 0);
    const p = Number(row[`p${i}`] ?? 0);
    return n >= PROBE_MIN_VALUES && p / n >= PROBE_BSN_SHARE ? [c.name] : [];
  });
}
