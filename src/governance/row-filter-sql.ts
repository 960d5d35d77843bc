import { parseExpression } from '../compiler/spec/parse-expression.js';
import type { Expr } from '../compiler/spec/expression-ast.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { sqlName, sqlTableName, type QuoteStyle } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { CatalogTable } from './governance-catalog.js';

/** Functions a row filter may call (the rest of the mapping language is about loading, not reading). */
const FILTER_FUNCTIONS = new Set(['lower', 'upper', 'trim', 'coalesce', 'nullif', 'substring']);

/** Collects positional parameters (`$1`, `$2` …) in the order they appear in the SQL. */
export class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export type RowFilterResult = { ok: true; sql: string } | { ok: false; message: string; at: number };

/**
 * A grant's row filter (mapping expression language) as SQL over the table aliased `t`: columns must be
 * the table's (an enumeration column may be named by its alias and compares its readable value), every
 * literal is a bound parameter, raw SQL is refused.
 */
export function rowFilterSql(
  text: string,
  table: CatalogTable,
  dialect: SqlDialect,
  params: Parameters,
  /** `plain` where the tables were created by the DDL with plain names (the cloud platforms). */
  style: QuoteStyle = 'exact',
): RowFilterResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message, at: parsed.error.at };
  class Refused extends Error {
    constructor(
      message: string,
      readonly at: number,
    ) {
      super(message);
    }
  }
  const names = table.columns.flatMap((c) => [c.name, ...(c.enumeration ? [c.enumeration.alias] : [])]);
  const emit = (e: Expr): string => {
    switch (e.kind) {
      case 'column': {
        if (e.source !== undefined)
          throw new Refused(
            `a row filter names columns of its own table only, not ${e.source}.${e.column}`,
            e.at,
          );
        const column = table.columns.find((c) => c.name === e.column);
        if (column) return `t.${sqlName(dialect, column.name, style)}`;
        const enumerated = table.columns.find((c) => c.enumeration?.alias === e.column);
        if (enumerated?.enumeration) {
          const en = enumerated.enumeration;
          return `(SELECT e.${sqlName(dialect, en.valueColumn, style)} FROM ${sqlTableName(dialect, table.schema, en.table, style)} e WHERE e.${sqlName(dialect, en.keyColumn, style)} = t.${sqlName(dialect, enumerated.name, style)})`;
        }
        const hint = didYouMean(e.column, names);
        throw new Refused(`${table.name} has no column ${e.column}${hint ? ` (${hint})` : ''}`, e.at);
      }
      case 'literal':
        if (e.value === null) return 'NULL';
        if (typeof e.value === 'boolean') return e.value ? 'TRUE' : 'FALSE';
        return params.add(e.value);
      case 'call':
        if (!FILTER_FUNCTIONS.has(e.name))
          throw new Refused(`a row filter may call ${[...FILTER_FUNCTIONS].join(', ')}, not ${e.name}`, e.at);
        return `${e.name === 'substring' ? 'substr' : e.name}(${e.args.map(emit).join(', ')})`;
      case 'unary':
        return e.op === 'not' ? `(NOT ${emit(e.operand)})` : `(-${emit(e.operand)})`;
      case 'binary':
        return `(${emit(e.left)} ${e.op.toUpperCase()} ${emit(e.right)})`;
      case 'is-null':
        return `(${emit(e.operand)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
      case 'case':
        return `CASE ${e.branches.map((b) => `WHEN ${emit(b.when)} THEN ${emit(b.then)}`).join(' ')}${
          e.otherwise ? ` ELSE ${emit(e.otherwise)}` : ''
        } END`;
      case 'raw':
        throw new Refused('a row filter cannot hold raw SQL', e.at);
    }
  };
  try {
    return { ok: true, sql: emit(parsed.expr) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message, at: error.at };
    throw error;
  }
}
