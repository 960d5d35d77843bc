// The $filter subset as an AST: comparisons (eq ne gt ge lt le), and/or/not, parentheses, literals
// (string, number, date, boolean, null) and contains/startswith/endswith. Parsing only; names and
// types are checked when the AST is compiled against an entity set (filter-sql.ts).

import { ODATA_CODES, odataProblem } from './odata-error.js';

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'contains' | 'startswith' | 'endswith';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; integer: boolean; text: string }
  | { kind: 'date'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' };

export type Operand =
  { kind: 'property'; name: string; at: number } | { kind: 'literal'; literal: Literal; at: number };

export type FilterExpr =
  /** A chain of `and` or `or` as one node, so a long list of alternatives is not deep. */
  | { kind: 'and' | 'or'; operands: FilterExpr[] }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'function'; name: StringFunction; args: Operand[]; at: number }
  | { kind: 'operand'; operand: Operand };

export interface FilterLimits {
  /** Longest $filter text accepted. */
  maxLength: number;
  /** Deepest nesting of parentheses and `not`. */
  maxDepth: number;
}

export const DEFAULT_FILTER_LIMITS: FilterLimits = { maxLength: 8000, maxDepth: 16 };

type Token =
  | { kind: 'punct'; text: '(' | ')' | ','; at: number }
  | { kind: 'word'; text: string; at: number }
  | { kind: 'literal'; literal: Literal; at: number }
  | { kind: 'end'; at: number };

const MAX_NUMBER = 1e15;
const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['contains', 'startswith', 'endswith']);
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const DATE = /(\d{4})-(\d{2})-(\d{2})(?![\d:T])/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?(?![A-Za-z_\d])/y;

const syntax = (message: string, at: number) =>
  odataProblem(ODATA_CODES.filterSyntax, '$filter', `${message} at position ${at + 1}`);

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const match = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(text);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c, at: i });
      i++;
      continue;
    }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntax('unterminated string literal', i);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        // PostgreSQL text cannot hold U+0000; no gold value does either
        if (text[j] === '\u0000') throw syntax('a text literal may not contain the character U+0000', j);
        value += text[j];
        j++;
      }
      tokens.push({ kind: 'literal', literal: { kind: 'string', value }, at: i });
      i = j + 1;
      continue;
    }
    const date = match(DATE);
    if (date) {
      const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
      if (!isCalendarDate(y, m, d)) throw syntax(`${date[0]} is not a date`, i);
      tokens.push({ kind: 'literal', literal: { kind: 'date', value: date[0] }, at: i });
      i += date[0].length;
      continue;
    }
    const number = match(NUMBER);
    if (number) {
      const value = Number(number[0]);
      const integer = !number[1] && !number[2];
      // beyond 10^15 no gold figure lies, and engines fail to cast such a parameter (DuckDB: hugeint)
      if (
        !Number.isFinite(value) ||
        Math.abs(value) > MAX_NUMBER ||
        (integer && !Number.isSafeInteger(value))
      )
        throw syntax(`number ${number[0]} is out of range (at most 10^15)`, i);
      tokens.push({ kind: 'literal', literal: { kind: 'number', value, integer, text: number[0] }, at: i });
      i += number[0].length;
      continue;
    }
    const word = match(WORD);
    if (word) {
      const w = word[0];
      if (w === 'true' || w === 'false')
        tokens.push({ kind: 'literal', literal: { kind: 'boolean', value: w === 'true' }, at: i });
      else if (w === 'null') tokens.push({ kind: 'literal', literal: { kind: 'null' }, at: i });
      else tokens.push({ kind: 'word', text: w, at: i });
      i += w.length;
      continue;
    }
    throw syntax(`unexpected character ${JSON.stringify(c)}`, i);
  }
  tokens.push({ kind: 'end', at: text.length });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly limits: FilterLimits,
  ) {}

  parse(): FilterExpr {
    const expr = this.or(0);
    const next = this.peek();
    if (next.kind !== 'end') throw syntax(`unexpected ${describe(next)}`, next.at);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private take(): Token {
    return this.tokens[this.pos++]!;
  }

  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text === text;
  }

  private expect(text: '(' | ')' | ','): void {
    const t = this.take();
    if (t.kind !== 'punct' || t.text !== text)
      throw syntax(`expected '${text}' but found ${describe(t)}`, t.at);
  }

  private deeper(depth: number, at: number): number {
    if (depth + 1 > this.limits.maxDepth)
      throw odataProblem(
        ODATA_CODES.filterTooComplex,
        '$filter',
        `$filter is nested deeper than ${this.limits.maxDepth} levels at position ${at + 1}`,
      );
    return depth + 1;
  }

  private or(depth: number): FilterExpr {
    const operands = [this.and(depth)];
    while (this.isWord('or')) {
      this.take();
      operands.push(this.and(depth));
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }

  private and(depth: number): FilterExpr {
    const operands = [this.unary(depth)];
    while (this.isWord('and')) {
      this.take();
      operands.push(this.unary(depth));
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }

  private unary(depth: number): FilterExpr {
    if (this.isWord('not')) {
      const at = this.take().at;
      return { kind: 'not', operand: this.unary(this.deeper(depth, at)) };
    }
    const t = this.peek();
    if (t.kind === 'punct' && t.text === '(') {
      this.take();
      const inner = this.or(this.deeper(depth, t.at));
      this.expect(')');
      return inner;
    }
    const after = this.tokens[this.pos + 1];
    if (t.kind === 'word' && after?.kind === 'punct' && after.text === '(') return this.call();
    const left = this.operand();
    const op = this.peek();
    if (op.kind === 'word' && COMPARE_OPS.has(op.text)) {
      this.take();
      return { kind: 'compare', op: op.text as CompareOp, left, right: this.operand() };
    }
    return { kind: 'operand', operand: left };
  }

  private call(): FilterExpr {
    const name = this.take() as { kind: 'word'; text: string; at: number };
    if (!FUNCTIONS.has(name.text))
      throw odataProblem(
        ODATA_CODES.unsupportedFunction,
        '$filter',
        `function ${name.text} is not supported at position ${name.at + 1}`,
        'supported: contains, startswith, endswith',
      );
    this.expect('(');
    const args = [this.operand()];
    this.expect(',');
    args.push(this.operand());
    this.expect(')');
    return { kind: 'function', name: name.text as StringFunction, args, at: name.at };
  }

  private operand(): Operand {
    const t = this.take();
    if (t.kind === 'literal') return { kind: 'literal', literal: t.literal, at: t.at };
    if (t.kind === 'word' && !COMPARE_OPS.has(t.text) && !['and', 'or', 'not'].includes(t.text))
      return { kind: 'property', name: t.text, at: t.at };
    throw syntax(`expected a property or a literal but found ${describe(t)}`, t.at);
  }
}

function describe(t: Token): string {
  if (t.kind === 'end') return 'the end';
  if (t.kind === 'literal') return 'a literal';
  return `'${t.text}'`;
}

/** Parses a $filter value; throws ODataQueryError (GGM-O020/O021/O023) on bad input. */
export function parseFilter(text: string, limits: FilterLimits = DEFAULT_FILTER_LIMITS): FilterExpr {
  if (text.length > limits.maxLength)
    throw odataProblem(
      ODATA_CODES.filterTooComplex,
      '$filter',
      `$filter is ${text.length} characters long; at most ${limits.maxLength} are accepted`,
    );
  if (text.trim() === '') throw syntax('empty $filter', 0);
  return new Parser(tokenize(text), limits).parse();
}
