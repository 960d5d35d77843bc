import type { LogicalType } from '../../schema/schema-plan.js';
import type { Expr } from '../spec/expression-ast.js';
import type { ValueType } from './resolved-mapping.js';

const CALL_TYPES: Record<string, ValueType> = {
  trim: 'text',
  upper: 'text',
  lower: 'text',
  concat: 'text',
  substring: 'text',
  replace: 'text',
  to_text: 'text',
  to_date: 'date',
  to_timestamp: 'timestamp',
  to_number: 'decimal',
  to_integer: 'integer',
  to_boolean: 'boolean',
};

/** The type an expression yields; bronze columns are text. */
export function typeOf(e: Expr): ValueType {
  switch (e.kind) {
    case 'column':
      return 'text';
    case 'literal':
      if (e.value === null) return 'unknown';
      if (typeof e.value === 'string') return 'text';
      if (typeof e.value === 'boolean') return 'boolean';
      return Number.isInteger(e.value) ? 'integer' : 'decimal';
    case 'call':
      return CALL_TYPES[e.name] ?? firstKnown(e.args.map(typeOf));
    case 'unary':
      return e.op === 'not' ? 'boolean' : typeOf(e.operand);
    case 'binary':
      if (e.op === '||') return 'text';
      if (e.op === '+' || e.op === '-' || e.op === '*') {
        return typeOf(e.left) === 'integer' && typeOf(e.right) === 'integer' ? 'integer' : 'decimal';
      }
      if (e.op === '/') return 'decimal';
      return 'boolean';
    case 'is-null':
      return 'boolean';
    case 'case':
      return firstKnown([
        ...e.branches.map((b) => typeOf(b.then)),
        ...(e.otherwise ? [typeOf(e.otherwise)] : []),
      ]);
    case 'raw':
      return 'unknown';
  }
}

function firstKnown(types: ValueType[]): ValueType {
  return types.find((t) => t !== 'unknown') ?? 'unknown';
}

/** The value type a column of this logical type holds; `unknown` for types without a conversion. */
export function valueTypeOf(t: LogicalType): ValueType {
  switch (t.kind) {
    case 'varchar':
    case 'text':
    case 'uuid':
      return 'text';
    case 'smallint':
    case 'integer':
    case 'bigint':
      return 'integer';
    case 'decimal':
      return 'decimal';
    case 'boolean':
    case 'date':
    case 'timestamp':
      return t.kind;
    default:
      return 'unknown';
  }
}

/** Text parsed into the column's type with the default format (ISO dates, `.` decimals). */
const PARSERS: Partial<Record<ValueType, string>> = {
  integer: 'to_integer',
  decimal: 'to_number',
  boolean: 'to_boolean',
  date: 'to_date',
  timestamp: 'to_timestamp',
};

/**
 * Converts an expression to what a column holds: text into a typed column is parsed with the
 * default parser; other differences are left to the final cast. Returns undefined when the types
 * cannot be converted safely (a number into a date …).
 */
export function coerce(e: Expr, from: ValueType, to: ValueType): Expr | undefined {
  if (from === to || to === 'unknown' || from === 'unknown') return e;
  if (to === 'text') return { kind: 'call', name: 'to_text', args: [e], at: e.at };
  if (from === 'text' && PARSERS[to]) return { kind: 'call', name: PARSERS[to]!, args: [e], at: e.at };
  if ((from === 'integer' && to === 'decimal') || (from === 'decimal' && to === 'integer')) return e;
  if (from === 'date' && to === 'timestamp') return e;
  return undefined;
}
