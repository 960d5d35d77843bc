// An OData query on a gold entity set as SQL for one engine: one SELECT for the page (one row more than
// the page, to know whether a next page exists) and one COUNT for $count. Every value from the request
// is a bound parameter; names come only from the entity set and are written by `sqlName`.

import { sqlName, sqlString, sqlTableName } from '../../dialects/identifiers.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { CompareOp, FilterExpr, Literal, Operand } from './filter-parser.js';
import type { EdmType, ODataEntitySet, ODataProperty } from './odata-entity.js';
import { ODATA_CODES, odataProblem, ODataQueryError, type ODataProblem } from './odata-error.js';
import { requireProperty, type ODataQuery } from './query-options.js';

export type QueryParam = string | number | boolean | null;

export interface CompiledGoldQuery {
  /** The page: at most `fetchRows` rows, placeholders `$1…`. */
  sql: string;
  params: QueryParam[];
  /** Rows fetched: the page size plus one when a next page is possible. */
  fetchRows: number;
  /** Rows returned in this page (the rest signals a next page). */
  take: number;
  /** COUNT(*) of all rows matching $filter when $count was asked, else undefined. */
  countSql?: string;
  countParams: QueryParam[];
  /** The properties in the response, in order. */
  columns: ODataProperty[];
  /**
   * Keyset paging (no $orderby): the next page starts after the last row's key, read from these
   * result columns (selected or not), instead of a growing OFFSET.
   */
  keyset?: readonly string[];
}

export interface GoldQueryOptions {
  dialect: SqlDialect;
  /** Rows per page (server-driven paging). */
  pageSize: number;
  /** The table read, as SQL; default `gold.<metric id>`. */
  table?: string;
}

const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
const NUMERIC = new Set<EdmType>(['Edm.Int64', 'Edm.Decimal', 'Edm.Double']);

const typeError = (message: string, at: number) =>
  odataProblem(ODATA_CODES.filterType, '$filter', `${message} at position ${at + 1}`);

class FilterCompiler {
  readonly params: QueryParam[] = [];
  constructor(
    private readonly set: ODataEntitySet,
    private readonly dialect: SqlDialect,
  ) {}

  private bind(value: QueryParam): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  private property(name: string): ODataProperty {
    requireProperty(this.set, name, '$filter');
    return this.set.properties.find((p) => p.name === name)!;
  }

  private column(p: ODataProperty): string {
    return sqlName(this.dialect, p.name);
  }

  compile(expr: FilterExpr): string {
    switch (expr.kind) {
      case 'and':
      case 'or':
        return `(${expr.operands.map((e) => this.compile(e)).join(expr.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${this.compile(expr.operand)})`;
      case 'compare':
        return this.compare(expr.op, expr.left, expr.right);
      case 'function':
        return this.stringFunction(expr);
      case 'operand': {
        const o = expr.operand;
        if (o.kind === 'property' && this.property(o.name).type === 'Edm.Boolean')
          return `(${this.column(this.property(o.name))} = ${this.bind(true)})`;
        throw typeError('a condition must be a comparison, a function or a Boolean property', o.at);
      }
    }
  }

  private compare(op: CompareOp, left: Operand, right: Operand): string {
    if (left.kind === 'literal' && right.kind === 'property') return this.compare(FLIPPED[op], right, left);
    if (left.kind === 'literal') throw typeError('a comparison must name a property', left.at);
    const p = this.property(left.name);
    if (right.kind === 'property') {
      const q = this.property(right.name);
      const comparable = p.type === q.type || (NUMERIC.has(p.type) && NUMERIC.has(q.type));
      if (!comparable)
        throw typeError(`${p.name} (${p.type}) cannot be compared with ${q.name} (${q.type})`, right.at);
      return `(${this.column(p)} ${SQL_OPS[op]} ${this.column(q)})`;
    }
    const literal = right.literal;
    if (literal.kind === 'null') {
      if (op === 'eq') return `(${this.column(p)} IS NULL)`;
      if (op === 'ne') return `(${this.column(p)} IS NOT NULL)`;
      throw typeError(`null can only be compared with eq or ne`, right.at);
    }
    if (p.type === 'Edm.Boolean' && op !== 'eq' && op !== 'ne')
      throw typeError(`${p.name} is true or false; compare it with eq or ne`, right.at);
    return `(${this.column(p)} ${SQL_OPS[op]} ${this.value(p, literal, right.at)})`;
  }

  /** The placeholder for a literal compared with `p`, when the literal fits the property's type. */
  private value(p: ODataProperty, literal: Exclude<Literal, { kind: 'null' }>, at: number): string {
    const expected: Record<EdmType, Literal['kind']> = {
      'Edm.String': 'string',
      'Edm.Date': 'date',
      'Edm.Boolean': 'boolean',
      'Edm.Int64': 'number',
      'Edm.Decimal': 'number',
      'Edm.Double': 'number',
    };
    if (expected[p.type] !== literal.kind) {
      const example = { string: "'tekst'", date: '2025-01-01', boolean: 'true', number: '42' }[
        expected[p.type] as string
      ];
      throw typeError(`${p.name} is ${p.type}; compare it with a literal like ${example}`, at);
    }
    if (literal.kind === 'number') {
      if (p.type === 'Edm.Int64' && !literal.integer)
        throw typeError(`${p.name} is a whole number (Edm.Int64); ${literal.text} is not`, at);
      return this.bind(literal.value);
    }
    if (literal.kind === 'date')
      return `CAST(${this.bind(literal.value)} AS ${this.dialect.types.templates.date})`;
    return this.bind(literal.value);
  }

  /** Rows after `values` in key order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … (portable, no row values). */
  after(key: readonly string[], values: readonly string[]): string {
    const params = values.map((v) => this.bind(v));
    const columns = key.map((k) => sqlName(this.dialect, k));
    const alternatives = columns.map((column, i) =>
      [...columns.slice(0, i).map((c, j) => `${c} = ${params[j]}`), `${column} > ${params[i]}`].join(' AND '),
    );
    return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
  }

  private stringFunction(expr: Extract<FilterExpr, { kind: 'function' }>): string {
    const [subject, needle] = expr.args as [Operand, Operand];
    if (subject.kind !== 'property' || this.property(subject.name).type !== 'Edm.String')
      throw typeError(`the first argument of ${expr.name} must be a text property`, subject.at);
    if (needle.kind !== 'literal' || needle.literal.kind !== 'string')
      throw typeError(`the second argument of ${expr.name} must be a text literal like 'Wmo'`, needle.at);
    const escaped = needle.literal.value.replace(/[\\%_]/g, (c) => `\\${c}`);
    const pattern =
      expr.name === 'contains' ? `%${escaped}%` : expr.name === 'startswith' ? `${escaped}%` : `%${escaped}`;
    const column = this.column(this.property(subject.name));
    return `(${column} LIKE ${this.bind(pattern)} ESCAPE ${sqlString('\\', this.dialect)})`;
  }
}

/** The SQL of `query` on `set`, or the problem (an unknown property or a type error in $filter). */
export function compileGoldQuery(
  set: ODataEntitySet,
  query: ODataQuery,
  options: GoldQueryOptions,
): CompiledGoldQuery | { problem: ODataProblem } {
  const { dialect } = options;
  try {
    const filter = new FilterCompiler(set, dialect);
    const conditions = query.filter ? [filter.compile(query.filter)] : [];
    const keyset = query.orderBy.length === 0;
    const count = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
    const countParams = [...filter.params];
    if (query.after) conditions.push(filter.after(set.key, query.after));
    const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
    const columns = query.select
      ? query.select.map((name) => set.properties.find((p) => p.name === name)!)
      : [...set.properties];
    const read = keyset
      ? [...columns.map((c) => c.name), ...set.key.filter((k) => !columns.some((c) => c.name === k))]
      : columns.map((c) => c.name);
    const table = options.table ?? sqlTableName(dialect, 'gold', set.name);
    // the key orders ties, so pages never overlap or skip rows
    const ordered = [...query.orderBy];
    for (const k of set.key)
      if (!ordered.some((o) => o.property === k)) ordered.push({ property: k, descending: false });
    const orderBy = ordered
      .map((o) => `${sqlName(dialect, o.property)}${o.descending ? ' DESC' : ''}`)
      .join(', ');
    const take = Math.min(options.pageSize, query.top ?? Number.MAX_SAFE_INTEGER);
    const fetchRows = query.top === undefined || query.top > take ? take + 1 : take;
    const select = `SELECT ${read.map((c) => sqlName(dialect, c)).join(', ')} FROM ${table}${where} ORDER BY ${orderBy}`;
    const compiled: CompiledGoldQuery = {
      sql: dialect.query.page(select, fetchRows, query.skip),
      params: filter.params,
      countParams,
      fetchRows,
      take,
      columns,
      ...(keyset ? { keyset: set.key } : {}),
    };
    // $count counts every row matching $filter, whichever page this is
    if (query.count) compiled.countSql = `SELECT COUNT(*) AS n FROM ${table}${count}`;
    return compiled;
  } catch (error) {
    if (error instanceof ODataQueryError) return { problem: error.problem };
    throw error;
  }
}
