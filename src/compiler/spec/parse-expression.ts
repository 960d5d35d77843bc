import type { BinaryOp, Expr } from './expression-ast.js';

/** A syntax error at a 0-based offset in the expression text. */
export interface ExpressionError {
  message: string;
  at: number;
}

export type ParsedExpression = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

type Token =
  | { t: 'ident'; v: string; quoted: boolean; source?: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'end'; at: number };

const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'is',
  'null',
  'true',
  'false',
  'case',
  'when',
  'then',
  'else',
  'end',
]);
const OPERATORS = ['||', '<>', '!=', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')', ','];

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingSource: Extract<Token, { t: 'ident' }> | undefined;
  const pushName = (list: Token[], v: string, quoted: boolean, at: number) => {
    if (pendingSource) {
      list.push({ t: 'ident', v, quoted: true, source: pendingSource.v, at: pendingSource.at });
      pendingSource = undefined;
    } else list.push({ t: 'ident', v, quoted, at });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === "'" || ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length)
          throw new SyntaxFailure(`unterminated ${ch === "'" ? 'string' : 'quoted name'}`, start);
        if (text[i] === ch) {
          if (text[i + 1] === ch) {
            value += ch;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      if (ch === "'") tokens.push({ t: 'string', v: value, at: start });
      else pushName(tokens, value, true, start);
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|^[0-9]+/.exec(text.slice(i))!;
      tokens.push({ t: 'number', v: Number(m[0]), at: start });
      i += m[0].length;
      continue;
    }
    if (/[\p{L}_]/u.test(ch)) {
      const m = /^[\p{L}\p{N}_]+/u.exec(text.slice(i))!;
      pushName(tokens, m[0], false, start);
      i += m[0].length;
      continue;
    }
    if (ch === '.') {
      const prev = tokens[tokens.length - 1];
      const after = text[i + 1] ?? '';
      if (prev?.t === 'ident' && prev.source === undefined && /[\p{L}_"]/u.test(after)) {
        // `alias.column`: the name that follows becomes the column, the previous one its source.
        pendingSource = prev;
        tokens.pop();
        i++;
        continue;
      }
      throw new SyntaxFailure('unexpected .', start);
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new SyntaxFailure(`unexpected character ${JSON.stringify(ch)}`, start);
    tokens.push({ t: 'op', v: op === '!=' ? '<>' : op, at: start });
    i += op.length;
  }
  if (pendingSource) throw new SyntaxFailure('a name must follow the .', text.length);
  tokens.push({ t: 'end', at: text.length });
  return tokens;
}

/** Binding power of the binary operators, loosest first. */
const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  '=': 4,
  '<>': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '||': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
};

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    return this.tokens[this.pos++]!;
  }

  private isKeyword(word: string, token = this.peek()): boolean {
    return token.t === 'ident' && !token.quoted && token.v.toLowerCase() === word;
  }

  private isOp(op: string, token = this.peek()): boolean {
    return token.t === 'op' && token.v === op;
  }

  private expectOp(op: string): void {
    const token = this.next();
    if (!this.isOp(op, token)) throw new SyntaxFailure(`expected ${op}${describe(token)}`, token.at);
  }

  private expectKeyword(word: string): void {
    const token = this.next();
    if (!this.isKeyword(word, token)) throw new SyntaxFailure(`expected ${word}${describe(token)}`, token.at);
  }

  parseAll(): Expr {
    const expr = this.parseExpr(0);
    const rest = this.peek();
    if (rest.t !== 'end')
      throw new SyntaxFailure(`unexpected ${tokenText(rest)} after the expression`, rest.at);
    return expr;
  }

  private binaryOp(token: Token): BinaryOp | undefined {
    if (token.t === 'op' && token.v in PRECEDENCE) return token.v as BinaryOp;
    if (this.isKeyword('and', token)) return 'and';
    if (this.isKeyword('or', token)) return 'or';
    return undefined;
  }

  private depth = 0;

  private parseExpr(minPrecedence: number): Expr {
    if (++this.depth > MAX_EXPRESSION_DEPTH)
      throw new SyntaxFailure(
        `the expression is nested deeper than ${MAX_EXPRESSION_DEPTH} levels`,
        this.peek().at,
      );
    try {
      return this.parseExprAt(minPrecedence);
    } finally {
      this.depth--;
    }
  }

  private parseExprAt(minPrecedence: number): Expr {
    let left = this.parsePrefix();
    for (;;) {
      const token = this.peek();
      if (this.isKeyword('is', token) && minPrecedence <= 3) {
        this.next();
        const negated = this.isKeyword('not');
        if (negated) this.next();
        this.expectKeyword('null');
        left = { kind: 'is-null', operand: left, negated, at: token.at };
        continue;
      }
      const op = this.binaryOp(token);
      if (!op || PRECEDENCE[op]! < minPrecedence) return left;
      this.next();
      const right = this.parseExpr(PRECEDENCE[op]! + 1);
      left = { kind: 'binary', op, left, right, at: token.at };
    }
  }

  private parsePrefix(): Expr {
    const token = this.next();
    switch (token.t) {
      case 'number':
        return { kind: 'literal', value: token.v, at: token.at };
      case 'string':
        return { kind: 'literal', value: token.v, at: token.at };
      case 'op':
        if (token.v === '(') {
          const inner = this.parseExpr(0);
          this.expectOp(')');
          return inner;
        }
        if (token.v === '-') return { kind: 'unary', op: '-', operand: this.parseExpr(8), at: token.at };
        throw new SyntaxFailure(`unexpected ${tokenText(token)}`, token.at);
      case 'end':
        throw new SyntaxFailure('the expression ends too early', token.at);
      case 'ident':
        return this.parseName(token);
    }
  }

  private parseName(token: Extract<Token, { t: 'ident' }>): Expr {
    const word = token.quoted ? '' : token.v.toLowerCase();
    if (KEYWORDS.has(word)) {
      if (word === 'null') return { kind: 'literal', value: null, at: token.at };
      if (word === 'true' || word === 'false')
        return { kind: 'literal', value: word === 'true', at: token.at };
      if (word === 'not') return { kind: 'unary', op: 'not', operand: this.parseExpr(3), at: token.at };
      if (word === 'case') return this.parseCase(token.at);
      throw new SyntaxFailure(`unexpected ${token.v}`, token.at);
    }
    if (!token.quoted && this.isOp('(')) {
      this.next();
      const args: Expr[] = [];
      if (!this.isOp(')')) {
        for (;;) {
          args.push(this.parseExpr(0));
          if (this.isOp(',')) {
            this.next();
            continue;
          }
          break;
        }
      }
      this.expectOp(')');
      return { kind: 'call', name: word, args, at: token.at };
    }
    return {
      kind: 'column',
      ...(token.source !== undefined ? { source: token.source } : {}),
      column: token.v,
      at: token.at,
    };
  }

  private parseCase(at: number): Expr {
    const branches: { when: Expr; then: Expr }[] = [];
    while (this.isKeyword('when')) {
      this.next();
      const when = this.parseExpr(0);
      this.expectKeyword('then');
      branches.push({ when, then: this.parseExpr(0) });
    }
    if (branches.length === 0)
      throw new SyntaxFailure('case needs at least one when … then …', this.peek().at);
    let otherwise: Expr | undefined;
    if (this.isKeyword('else')) {
      this.next();
      otherwise = this.parseExpr(0);
    }
    this.expectKeyword('end');
    return { kind: 'case', branches, ...(otherwise ? { otherwise } : {}), at };
  }
}

function tokenText(token: Token): string {
  switch (token.t) {
    case 'end':
      return 'end of expression';
    case 'string':
      return `'${token.v}'`;
    default:
      return String(token.v);
  }
}

function describe(token: Token): string {
  return `, found ${tokenText(token)}`;
}

/**
 * Expressions nested deeper than this (parentheses, operators, calls, `case`) are a syntax error: the
 * compiler walks the tree recursively, and no real mapping comes near it.
 */
export const MAX_EXPRESSION_DEPTH = 200;

/** Where the tree first goes deeper than the limit (a long `a + b + c …` chain too), measured without recursion. */
function tooDeep(root: Expr): number | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth]);
      continue;
    }
    const isExpr = 'kind' in node;
    if (isExpr && depth > MAX_EXPRESSION_DEPTH) return (node as Expr).at;
    for (const value of Object.values(node))
      if (typeof value === 'object') stack.push([value, isExpr ? depth + 1 : depth]);
  }
  return undefined;
}

/** Parses one expression. Column references are `column` or `alias.column`; `"odd name"` quotes a name. */
export function parseExpression(text: string): ParsedExpression {
  try {
    const expr = new Parser(tokenize(text)).parseAll();
    const deepAt = tooDeep(expr);
    if (deepAt !== undefined)
      throw new SyntaxFailure(`the expression is nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, deepAt);
    return { ok: true, expr };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: { message: error.message, at: error.at } };
    throw error;
  }
}
