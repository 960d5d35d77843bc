import type { LogicalType } from '../schema-plan.js';

export type TypeChange = 'same' | 'widening' | 'narrowing' | 'incompatible';

/** Digits an integer type holds (for integer → decimal). */
const INTEGER_DIGITS: Partial<Record<LogicalType['kind'], number>> = { smallint: 5, integer: 10, bigint: 19 };

/** Types whose text form a text column holds without loss. */
const TEXTUAL_SOURCES = new Set<LogicalType['kind']>([
  'varchar',
  'smallint',
  'integer',
  'bigint',
  'decimal',
  'boolean',
  'date',
  'timestamp',
  'time',
  'uuid',
]);

/**
 * How a column's type changes: `widening` keeps every stored value (varchar(n) → varchar(m ≥ n) or
 * text, smallint → integer → bigint, integer → a decimal with room for its digits, decimal with more
 * integer digits and scale, date → timestamp, anything plain → text); `narrowing` may not fit every
 * value (the reverse); everything else is `incompatible`. Both of the last two are destructive.
 */
export function classifyTypeChange(from: LogicalType, to: LogicalType): TypeChange {
  if (sameType(from, to)) return 'same';
  const digitsFrom = INTEGER_DIGITS[from.kind];
  const digitsTo = INTEGER_DIGITS[to.kind];
  if (digitsFrom !== undefined && digitsTo !== undefined)
    return digitsTo > digitsFrom ? 'widening' : 'narrowing';
  if (from.kind === 'varchar' && to.kind === 'varchar')
    return to.length >= from.length ? 'widening' : 'narrowing';
  if (to.kind === 'text' && TEXTUAL_SOURCES.has(from.kind)) return 'widening';
  if (from.kind === 'text' && to.kind === 'varchar') return 'narrowing';
  if (digitsFrom !== undefined && to.kind === 'decimal')
    return to.precision - to.scale >= digitsFrom ? 'widening' : 'narrowing';
  if (from.kind === 'decimal' && digitsTo !== undefined) return 'narrowing';
  if (from.kind === 'decimal' && to.kind === 'decimal') {
    return to.scale >= from.scale && to.precision - to.scale >= from.precision - from.scale
      ? 'widening'
      : 'narrowing';
  }
  if (from.kind === 'date' && to.kind === 'timestamp') return 'widening';
  if (from.kind === 'timestamp' && to.kind === 'date') return 'narrowing';
  return 'incompatible';
}

export function sameType(a: LogicalType, b: LogicalType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
