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

const ARITHMETIC = new Set(['+', '-', '*', '/']);
const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);

/**
 * Bronze columns are text. Arithmetic on text parses it as a number, and a comparison of text with a
 * typed value parses the text side, so the same mapping means the same on engines that do not cast
 * implicitly (PostgreSQL) and on engines that do (DuckDB).
 */
export function harmonize(e: Expr): Expr {
  switch (e.kind) {
    case 'column':
    case 'literal':
    case 'raw':
      return e;
    case 'call':
      return { ...e, args: e.args.map(harmonize) };
    case 'unary': {
      const operand = harmonize(e.operand);
      return { ...e, operand: e.op === '-' ? numeric(operand) : operand };
    }
    case 'is-null':
      return { ...e, operand: harmonize(e.operand) };
    case 'case':
      return {
        ...e,
        branches: e.branches.map((b) => ({ when: harmonize(b.when), then: harmonize(b.then) })),
        ...(e.otherwise ? { otherwise: harmonize(e.otherwise) } : {}),
      };
    case 'binary': {
      let left = harmonize(e.left);
      let right = harmonize(e.right);
      if (ARITHMETIC.has(e.op)) return { ...e, left: numeric(left), right: numeric(right) };
      if (COMPARISON.has(e.op)) {
        const [l, r] = [typeOf(left), typeOf(right)];
        if (l === 'text' && r !== 'text') left = coerce(left, l, r === 'integer' ? 'decimal' : r) ?? left;
        if (r === 'text' && l !== 'text') right = coerce(right, r, l === 'integer' ? 'decimal' : l) ?? right;
      }
      return { ...e, left, right };
    }
  }
}

function numeric(e: Expr): Expr {
  return typeOf(e) === 'text' ? { kind: 'call', name: 'to_number', args: [e], at: e.at } : e;
}
