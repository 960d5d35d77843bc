/**
 * The mapping expression language as plain data. `at` is the 0-based offset of the node in the
 * expression text, so diagnostics can point at the exact spot in the mapping file.
 */
export type Expr =
  | { kind: 'column'; source?: string; column: string; at: number }
  | { kind: 'literal'; value: string | number | boolean | null; at: number }
  | { kind: 'call'; name: string; args: Expr[]; at: number }
  | { kind: 'unary'; op: '-' | 'not'; operand: Expr; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number }
  | { kind: 'is-null'; operand: Expr; negated: boolean; at: number }
  | { kind: 'case'; branches: { when: Expr; then: Expr }[]; otherwise?: Expr; at: number }
  /** Raw SQL for one or all engines: the escape hatch. Column references inside are not checked. */
  | { kind: 'raw'; sql: Record<string, string>; at: number };

export type BinaryOp = '+' | '-' | '*' | '/' | '||' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

export const COMPARISON_OPS: ReadonlySet<BinaryOp> = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** Every function of the language with its arity (max -1: any number). */
export const FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
  trim: { min: 1, max: 1 },
  upper: { min: 1, max: 1 },
  lower: { min: 1, max: 1 },
  concat: { min: 1, max: -1 },
  substring: { min: 2, max: 3 },
  replace: { min: 3, max: 3 },
  coalesce: { min: 1, max: -1 },
  nullif: { min: 2, max: 2 },
  to_date: { min: 1, max: 2 },
  to_timestamp: { min: 1, max: 2 },
  to_number: { min: 1, max: 2 },
  to_integer: { min: 1, max: 1 },
  to_boolean: { min: 1, max: 1 },
  to_text: { min: 1, max: 1 },
};

/** Calls every child of an expression; for collecting columns and checking. */
export function childrenOf(e: Expr): Expr[] {
  switch (e.kind) {
    case 'column':
    case 'literal':
    case 'raw':
      return [];
    case 'call':
      return e.args;
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'is-null':
      return [e.operand];
    case 'case':
      return [...e.branches.flatMap((b) => [b.when, b.then]), ...(e.otherwise ? [e.otherwise] : [])];
  }
}

export function columnsOf(e: Expr): Extract<Expr, { kind: 'column' }>[] {
  if (e.kind === 'column') return [e];
  return childrenOf(e).flatMap(columnsOf);
}

/** The expression written back as text, normalised (for lineage records and explain output). */
export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case 'column':
      return e.source ? `${e.source}.${e.column}` : e.column;
    case 'literal':
      if (e.value === null) return 'null';
      if (typeof e.value === 'string') return `'${e.value.replace(/'/g, "''")}'`;
      return String(e.value);
    case 'call':
      return `${e.name}(${e.args.map(formatExpr).join(', ')})`;
    case 'unary':
      return e.op === 'not' ? `not ${formatExpr(e.operand)}` : `-${formatExpr(e.operand)}`;
    case 'binary':
      return `(${formatExpr(e.left)} ${e.op} ${formatExpr(e.right)})`;
    case 'is-null':
      return `${formatExpr(e.operand)} is ${e.negated ? 'not ' : ''}null`;
    case 'case':
      return `case ${e.branches.map((b) => `when ${formatExpr(b.when)} then ${formatExpr(b.then)}`).join(' ')}${
        e.otherwise ? ` else ${formatExpr(e.otherwise)}` : ''
      } end`;
    case 'raw':
      return `sql(${Object.entries(e.sql)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')})`;
  }
}
