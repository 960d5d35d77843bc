import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PlanExpr } from '../plan/load-plan.js';
import { STAGE } from '../plan/load-plan.js';
import { MAPPING_CODES as C, mappingDiagnostic } from '../spec/mapping-codes.js';
import { COMPARISON_OPS, type Expr } from '../spec/expression-ast.js';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_TIMESTAMP_FORMAT,
  parseDateFormat,
} from '../../dialects/date-format.js';
import {
  booleanLiteral,
  substringSql,
  type FunctionArgs,
  type MappingDialect,
} from '../../dialects/mapping-dialect.js';

const TRUE_WORDS = ['1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar'];
const FALSE_WORDS = ['0', 'n', 'nee', 'no', 'f', 'false', 'onwaar'];

/** Types whose text (CAST AS VARCHAR) never holds `\` or `|`: numbers, booleans, dates, times, UUIDs. */
export const PLAIN_TEXT_TYPES: ReadonlySet<string> = new Set([
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

/** A cast to such a type, or the text of one: its text needs no escaping in a key or hash. */
function plainText(e: PlanExpr): boolean {
  if (e.kind !== 'cast') return false;
  if (PLAIN_TEXT_TYPES.has(e.type.kind)) return true;
  return (e.type.kind === 'text' || e.type.kind === 'varchar') && plainText(e.expr);
}

/** Kinds that are conditions, not values: comparisons, AND/OR/NOT, IS NULL. */
function isPredicate(e: PlanExpr): boolean {
  if (e.kind === 'is-null') return true;
  if (e.kind === 'unary') return e.op === 'not';
  if (e.kind === 'binary') return e.op === 'and' || e.op === 'or' || COMPARISON_OPS.has(e.op);
  return false;
}

/** Turns plan expressions into SQL for one dialect; problems (raw SQL missing for it) are collected. */
export class ExpressionEmitter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly d: MappingDialect) {}

  /** An expression as a value. Where predicates are no values (`bit`), a predicate becomes 1, 0 or NULL. */
  emit(e: PlanExpr): string {
    if (this.d.capabilities.booleans === 'bit' && isPredicate(e)) {
      const p = this.predicateSql(e);
      return `CASE WHEN ${p} THEN 1 WHEN NOT ${p} THEN 0 END`;
    }
    return this.valueSql(e);
  }

  /** An expression as a condition (WHERE, ON, WHEN); a stored boolean is tested with `= 1` where needed. */
  predicate(e: PlanExpr): string {
    if (this.d.capabilities.booleans === 'native') return this.valueSql(e);
    return isPredicate(e) ? this.predicateSql(e) : `(${this.emit(e)} = 1)`;
  }

  private predicateSql(e: PlanExpr): string {
    switch (e.kind) {
      case 'unary':
        return `(NOT ${this.predicate(e.operand)})`;
      case 'binary':
        return e.op === 'and' || e.op === 'or'
          ? `(${this.predicate(e.left)} ${e.op.toUpperCase()} ${this.predicate(e.right)})`
          : this.binary(e);
      default:
        return this.valueSql(e);
    }
  }

  private valueSql(e: PlanExpr): string {
    switch (e.kind) {
      case 'column':
        return e.source !== undefined
          ? `${this.d.quoteIdentifier(e.source)}.${this.d.quoteIdentifier(e.column)}`
          : this.d.quoteIdentifier(e.column);
      case 'literal':
        return this.literal(e.value);
      case 'call':
        return this.call(e);
      case 'unary':
        return e.op === 'not' ? `(NOT ${this.predicate(e.operand)})` : `(-${this.emit(e.operand)})`;
      case 'binary':
        return this.binary(e);
      case 'is-null':
        return `(${this.emit(e.operand)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
      case 'case':
        return `CASE ${e.branches.map((b) => `WHEN ${this.predicate(b.when)} THEN ${this.emit(b.then)}`).join(' ')}${
          e.otherwise ? ` ELSE ${this.emit(e.otherwise)}` : ''
        } END`;
      case 'raw':
        return this.raw(e);
      case 'cast':
        return `CAST(${this.emit(e.expr)} AS ${this.d.type(e.type)})`;
      case 'surrogate-key':
        return this.surrogateKey(e);
      case 'row-hash':
        return this.d.md5(
          this.canonical(
            e.parts.map((p) => this.text(this.emit(p))),
            e.plain,
          ),
        );
      case 'code-map':
        if (e.codes.length === 0) return 'NULL';
        return `CASE ${this.emit(e.expr)} ${e.codes
          .map((c) => `WHEN ${this.d.quoteString(c.code)} THEN ${this.literal(c.stored)}`)
          .join(' ')} END`;
      case 'lookup': {
        const o = (c: string) => `o.${this.d.quoteIdentifier(c)}`;
        const match = e.identity.map((c, i) => `${o(c)} = ${this.emit(e.parts[i]!)}`);
        return `(SELECT MIN(${o(e.keyColumn)}) FROM ${this.d.quoteIdentifier(e.schema)}.${this.d.quoteIdentifier(e.table)} o WHERE ${match.join(' AND ')} AND ${o(e.validTo)} IS NULL)`;
      }
      case 'truncate':
        return substringSql(this.d.capabilities, this.emit(e.expr), '1', String(e.length));
      case 'batch':
        return `(SELECT ${e.field === 'id' ? 'batch_text' : 'loaded_at'} FROM ${this.d.tempTable(STAGE.batch)})`;
      case 'now':
        return this.d.currentTimestamp;
    }
  }

  literal(value: string | number | boolean | null): string {
    if (value === null) return 'NULL';
    if (typeof value === 'string') return this.d.quoteString(value);
    if (typeof value === 'boolean') return booleanLiteral(this.d.capabilities, value);
    return String(value);
  }

  text(sql: string): string {
    return `CAST(${sql} AS ${this.d.type({ kind: 'text' })})`;
  }

  /**
   * Key parts as one text, unambiguously: `\` and `|` escaped, NULL as `\N`, parts joined by `|`.
   * A part marked `plain` cannot contain either character, so escaping it would change nothing.
   */
  canonical(parts: string[], plain: readonly boolean[] = []): string {
    const q = (s: string) => this.d.quoteString(s);
    const pos = (needle: string, p: string) => this.d.query.position(q(needle), p);
    // Most texts hold neither character: testing first is much cheaper than two REPLACEs on every value
    // (a NULL takes the ELSE branch and stays NULL).
    const escaped = (p: string) =>
      `CASE WHEN ${pos('\\', p)} = 0 AND ${pos('|', p)} = 0 THEN ${p} ELSE REPLACE(REPLACE(${p}, ${q('\\')}, ${q('\\\\')}), ${q('|')}, ${q('\\|')}) END`;
    return parts
      .map((p, i) => `COALESCE(${plain[i] ? p : escaped(p)}, ${q('\\N')})`)
      .join(` ${this.d.capabilities.concat} ${q('|')} ${this.d.capabilities.concat} `);
  }

  private surrogateKey(e: Extract<PlanExpr, { kind: 'surrogate-key' }>): string {
    const parts = e.parts.map((p) => this.emit(p));
    const hex = this.d.md5(this.canonical(parts, e.parts.map(plainText)));
    let shaped: string;
    if (e.type.kind === 'bigint' || e.type.kind === 'integer') shaped = this.d.hexToBigint(hex);
    else if (e.type.kind === 'uuid') {
      const caps = this.d.capabilities;
      const piece = (from: number, length: number) => substringSql(caps, hex, String(from), String(length));
      const dash = ` ${caps.concat} ${this.d.quoteString('-')} ${caps.concat} `;
      shaped = `CAST(${[piece(1, 8), piece(9, 4), piece(13, 4), piece(17, 4), piece(21, 12)].join(dash)} AS ${this.d.type(e.type)})`;
    } else shaped = hex;
    return `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' OR ')} THEN NULL ELSE ${shaped} END`;
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>): string {
    const l = this.emit(e.left);
    const r = this.emit(e.right);
    if (e.op === '/') return `(CAST(${l} AS ${this.d.numericType}) / ${r})`;
    const op =
      e.op === 'and' ? 'AND' : e.op === 'or' ? 'OR' : e.op === '||' ? this.d.capabilities.concat : e.op;
    return `(${l} ${op} ${r})`;
  }

  private raw(e: Extract<Expr, { kind: 'raw' }>): string {
    const sql = e.sql[this.d.name] ?? e.sql['*'];
    if (sql !== undefined) return `(${sql})`;
    this.diagnostics.push(
      mappingDiagnostic(
        C.noRawSql,
        'error',
        `raw SQL has no text for ${this.d.name}`,
        undefined,
        `give sql.${this.d.name} or sql for all engines`,
      ),
    );
    return 'NULL';
  }

  private call(e: Extract<Expr, { kind: 'call' }>): string {
    const args: FunctionArgs = {
      sql: e.args.map((a) => this.emit(a)),
      literals: e.args.map((a) =>
        a.kind === 'literal' && typeof a.value === 'string' ? a.value : undefined,
      ),
    };
    const [a, b, c] = args.sql;
    const d = this.d;
    switch (e.name) {
      case 'trim':
      case 'upper':
      case 'lower':
        return `${e.name}(${a})`;
      case 'concat':
      case 'coalesce':
      case 'nullif':
      case 'replace':
        return `${e.name}(${args.sql.join(', ')})`;
      case 'substring':
        return substringSql(d.capabilities, a!, b!, c);
      case 'to_text':
        return this.text(a!);
      case 'to_integer': {
        const t = `trim(${a})`;
        return `CASE WHEN ${d.regexMatch(t, '^[+-]?[0-9]{1,18}$')} THEN CAST(${t} AS ${d.type({ kind: 'bigint' })}) END`;
      }
      case 'to_number': {
        const comma = (args.literals[1] ?? '.') === ',';
        const t = `replace(replace(trim(${a}), ${d.quoteString(comma ? '.' : ',')}, ''), ${d.quoteString(',')}, ${d.quoteString('.')})`;
        const normal = comma ? t : `replace(trim(${a}), ${d.quoteString(',')}, '')`;
        return `CASE WHEN ${d.regexMatch(normal, '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$')} THEN CAST(${normal} AS ${d.numericType}) END`;
      }
      case 'to_boolean': {
        const t = `lower(trim(${a}))`;
        const list = (words: string[]) => words.map((w) => d.quoteString(w)).join(', ');
        return `CASE WHEN ${t} IN (${list(TRUE_WORDS)}) THEN ${this.literal(true)} WHEN ${t} IN (${list(FALSE_WORDS)}) THEN ${this.literal(false)} END`;
      }
      case 'to_date':
      case 'to_timestamp': {
        const withTime = e.name === 'to_timestamp';
        const format = args.literals[1] ?? (withTime ? DEFAULT_TIMESTAMP_FORMAT : DEFAULT_DATE_FORMAT);
        const parsed = d.parseDate(`trim(${a})`, parseDateFormat(format), withTime);
        if (parsed !== undefined) return parsed;
        this.diagnostics.push(
          mappingDiagnostic(
            C.unsupportedDateFormat,
            'error',
            `${e.name} cannot read the format '${format}' on ${d.name}`,
            undefined,
            `use a format ${d.name} reads (docs/scale-out.md), or raw SQL for ${d.name}`,
          ),
        );
        return 'NULL';
      }
      default:
        return `${e.name}(${args.sql.join(', ')})`;
    }
  }
}
