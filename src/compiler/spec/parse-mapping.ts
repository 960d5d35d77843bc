import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic, Location } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { checkFunctions } from './check-functions.js';
import type { Expr } from './expression-ast.js';
import { MAPPING_CODES as C, mappingDiagnostic } from './mapping-codes.js';
import type {
  AssociationSpec,
  AttributeSpec,
  ExprSpec,
  HistoryMode,
  HistorySpec,
  JoinBatch,
  LatestSpec,
  Located,
  MappingSpec,
  SourceSpec,
} from './mapping-spec.js';
import { parseExpression } from './parse-expression.js';

export interface ParsedMapping {
  /** Absent when the file is too broken to say what it maps. */
  spec?: MappingSpec;
  diagnostics: Diagnostic[];
}

const TOP_FIELDS = [
  'name',
  'description',
  'target',
  'history',
  'sources',
  'key',
  'attributes',
  'associations',
  'where',
  'delete_when',
];
const SOURCE_FIELDS = ['table', 'alias', 'columns', 'join', 'on', 'batch', 'latest'];
const LATEST_FIELDS = ['per', 'order_by', 'where'];
const HISTORY_FIELDS = ['mode', 'close_missing', 'valid_from'];
const ATTRIBUTE_FIELDS = ['value', 'values', 'sql'];
const ASSOCIATION_FIELDS = ['to', 'key'];
const HISTORY_MODES: HistoryMode[] = ['snapshot', 'events', 'none'];

/** A mapping file's text → spec. Pure; every problem is a located diagnostic, nothing is thrown. */
export function parseMapping(text: string, file: string): ParsedMapping {
  return new MappingReader(text, file).read();
}

class MappingReader {
  private readonly lines = new LineCounter();
  private readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  read(): ParsedMapping {
    const doc = parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) this.error(C.yamlError, e.message.split('\n')[0]!, this.at(e.pos[0]));
    if (doc.errors.length > 0) return { diagnostics: this.diagnostics };
    const root = doc.contents;
    if (!isMap(root)) {
      this.error(
        C.badValue,
        'a mapping file is a YAML map with target, sources, key and attributes',
        this.at(0),
      );
      return { diagnostics: this.diagnostics };
    }
    const fields = this.fields(root, TOP_FIELDS, 'mapping');
    const target = this.requiredString(fields, 'target', root);
    const sources = this.sources(fields.get('sources'), root);
    const key = this.exprList(fields.get('key')?.value, 'key', root);
    if (!fields.has('key'))
      this.error(C.missingField, 'missing key: the business key of the target class', this.nodeAt(root));
    const spec: MappingSpec = {
      file: this.file,
      name: this.optionalString(fields, 'name') ?? defaultName(this.file),
      target: target ?? { value: '', at: this.nodeAt(root) },
      history: this.history(fields.get('history'), root),
      sources,
      key,
      attributes: this.attributes(fields.get('attributes')),
      associations: this.associations(fields.get('associations')),
    };
    const where = this.condition(fields.get('where'), 'where');
    if (where) spec.where = where;
    const deleteWhen = this.condition(fields.get('delete_when'), 'delete_when');
    if (deleteWhen) spec.deleteWhen = deleteWhen;
    // In file order, as an editor lists them.
    this.diagnostics.sort(
      (a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.col ?? 0) - (b.at?.col ?? 0),
    );
    if (!target) return { diagnostics: this.diagnostics };
    return { spec, diagnostics: this.diagnostics };
  }

  private at(offset: number): Location {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  private nodeAt(node: Node | null | undefined): Location {
    return this.at(node?.range?.[0] ?? 0);
  }

  private error(code: string, message: string, at: Location, hint?: string): void {
    this.diagnostics.push(mappingDiagnostic(code, 'error', message, at, hint));
  }

  /** The pairs of a map by key; unknown keys are reported with the nearest known one. */
  private fields(map: YAMLMap, known: string[], what: string): Map<string, Pair<Scalar, Node | null>> {
    const out = new Map<string, Pair<Scalar, Node | null>>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const keyNode = pair.key;
      if (!isScalar(keyNode)) {
        this.error(C.badValue, `${what}: keys must be plain names`, this.nodeAt(keyNode));
        continue;
      }
      const name = String(keyNode.value);
      if (!known.includes(name)) {
        this.error(
          C.unknownField,
          `${what}: unknown field ${name}`,
          this.nodeAt(keyNode),
          didYouMean(name, known),
        );
        continue;
      }
      out.set(name, pair as Pair<Scalar, Node | null>);
    }
    return out;
  }

  private scalarText(
    node: Node | null | undefined,
    what: string,
    fallbackAt: Location,
  ): Located<string> | undefined {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      return { value: String(node.value), at: this.nodeAt(node) };
    }
    this.error(C.badValue, `${what} must be a single value`, node ? this.nodeAt(node) : fallbackAt);
    return undefined;
  }

  private requiredString(
    fields: Map<string, Pair<Scalar, Node | null>>,
    name: string,
    parent: Node,
  ): Located<string> | undefined {
    const pair = fields.get(name);
    if (!pair) {
      this.error(C.missingField, `missing ${name}`, this.nodeAt(parent));
      return undefined;
    }
    return this.scalarText(pair.value, name, this.nodeAt(pair.key));
  }

  private optionalString(fields: Map<string, Pair<Scalar, Node | null>>, name: string): string | undefined {
    const pair = fields.get(name);
    return pair ? this.scalarText(pair.value, name, this.nodeAt(pair.key))?.value : undefined;
  }

  /** An expression from a scalar; its location is where the expression text starts. */
  private expr(
    node: Node | null | undefined,
    what: string,
    fallbackAt: Location,
    /** The part of the scalar's text that is the expression (it starts where the scalar starts). */
    head?: string,
  ): ExprSpec | undefined {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
      this.error(C.badValue, `${what} must be an expression`, node ? this.nodeAt(node) : fallbackAt);
      return undefined;
    }
    const text = head ?? (typeof node.value === 'string' ? node.value : String(node.value));
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const start = (node.range?.[0] ?? 0) + (quoted ? 1 : 0);
    if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
      this.error(C.badValue, `${what}: ${text} is not a finite number`, this.at(start));
      return undefined;
    }
    // A YAML number or boolean is a literal, not a name.
    const parsed =
      typeof node.value === 'string'
        ? parseExpression(text)
        : {
            ok: true as const,
            expr: { kind: 'literal' as const, value: node.value as number | boolean, at: 0 },
          };
    if (!parsed.ok) {
      this.error(C.expressionSyntax, `${what}: ${parsed.error.message}`, this.at(start + parsed.error.at));
      return undefined;
    }
    const spec: ExprSpec = { text, expr: parsed.expr, at: this.at(start) };
    this.diagnostics.push(...checkFunctions(spec, what));
    return spec;
  }

  private exprList(node: Node | null | undefined, what: string, parent: Node): ExprSpec[] {
    if (node === undefined) return [];
    const items = isSeq(node) ? (node.items as Node[]) : [node];
    if (items.length === 0)
      this.error(C.badValue, `${what} needs at least one expression`, this.nodeAt(node ?? parent));
    return items.map((item) => this.expr(item, what, this.nodeAt(parent))).filter((e): e is ExprSpec => !!e);
  }

  private history(pair: Pair<Scalar, Node | null> | undefined, root: Node): HistorySpec {
    const at = pair ? this.nodeAt(pair.key) : this.nodeAt(root);
    const history: HistorySpec = { mode: 'snapshot', closeMissing: false, at };
    if (!pair) return history;
    const node = pair.value;
    let modeNode: Node | null | undefined = node;
    if (isMap(node)) {
      const fields = this.fields(node, HISTORY_FIELDS, 'history');
      modeNode = fields.get('mode')?.value;
      const close = fields.get('close_missing');
      if (close) {
        if (isScalar(close.value) && typeof close.value.value === 'boolean')
          history.closeMissing = close.value.value;
        else this.error(C.badValue, 'close_missing is true or false', this.nodeAt(close.value ?? close.key));
      }
      const validFrom = fields.get('valid_from');
      if (validFrom) {
        const e = this.expr(validFrom.value, 'valid_from', this.nodeAt(validFrom.key));
        if (e) history.validFrom = e;
      }
    }
    if (modeNode !== undefined) {
      const mode = this.scalarText(modeNode, 'history mode', at);
      if (mode && HISTORY_MODES.includes(mode.value as HistoryMode)) history.mode = mode.value as HistoryMode;
      else if (mode) {
        this.error(
          C.badValue,
          `unknown history mode ${mode.value}`,
          mode.at,
          `use one of ${HISTORY_MODES.join(', ')}`,
        );
      }
    }
    if (history.closeMissing && history.mode !== 'snapshot') {
      this.error(C.badValue, 'close_missing only applies to history mode snapshot', at);
    }
    return history;
  }

  private sources(pair: Pair<Scalar, Node | null> | undefined, root: Node): SourceSpec[] {
    if (!pair) {
      this.error(C.missingField, 'missing sources: the bronze tables to read', this.nodeAt(root));
      return [];
    }
    if (!isSeq(pair.value) || pair.value.items.length === 0) {
      this.error(C.badValue, 'sources is a list of bronze tables', this.nodeAt(pair.value ?? pair.key));
      return [];
    }
    const sources: SourceSpec[] = [];
    (pair.value.items as Node[]).forEach((item, i) => {
      const source = this.source(item, i === 0);
      if (!source) return;
      if (sources.some((s) => s.alias.toLowerCase() === source.alias.toLowerCase())) {
        this.error(C.duplicate, `two sources are called ${source.alias}`, source.at, 'give each an alias');
        return;
      }
      sources.push(source);
    });
    return sources;
  }

  private source(node: Node, driving: boolean): SourceSpec | undefined {
    const at = this.nodeAt(node);
    if (isScalar(node)) {
      const table = this.scalarText(node, 'source', at);
      return table ? { table, alias: table.value, at } : undefined;
    }
    if (!isMap(node)) {
      this.error(C.badValue, 'a source is a table name or a map with table, alias, join, on', at);
      return undefined;
    }
    const fields = this.fields(node, SOURCE_FIELDS, 'source');
    const table = this.requiredString(fields, 'table', node);
    if (!table) return undefined;
    const source: SourceSpec = { table, alias: this.optionalString(fields, 'alias') ?? table.value, at };
    const columns = fields.get('columns');
    if (columns) {
      if (isSeq(columns.value)) {
        source.columns = (columns.value.items as Node[])
          .map((c) => this.scalarText(c, 'column', this.nodeAt(columns.key)))
          .filter((c): c is Located<string> => !!c);
      } else
        this.error(
          C.badValue,
          'columns is a list of column names',
          this.nodeAt(columns.value ?? columns.key),
        );
    }
    const on = fields.get('on');
    const join = this.optionalString(fields, 'join');
    const batch = this.optionalString(fields, 'batch');
    if (driving) {
      for (const f of ['on', 'join', 'batch', 'latest']) {
        if (fields.has(f))
          this.error(
            C.badValue,
            `the first source is the driving table; it has no ${f}`,
            this.nodeAt(fields.get(f)!.key),
          );
      }
      return source;
    }
    if (!on) {
      this.error(C.missingField, `source ${source.alias} needs on: the join condition`, at);
      return undefined;
    }
    const onExpr = this.expr(on.value, 'on', this.nodeAt(on.key));
    if (!onExpr) return undefined;
    if (join !== undefined && join !== 'inner' && join !== 'left') {
      this.error(C.badValue, `join is inner or left, not ${join}`, this.nodeAt(fields.get('join')!.value));
    }
    if (batch !== undefined && batch !== 'same' && batch !== 'latest') {
      this.error(
        C.badValue,
        `batch is same or latest, not ${batch}`,
        this.nodeAt(fields.get('batch')!.value),
      );
    }
    source.join = {
      kind: join === 'inner' ? 'inner' : 'left',
      on: onExpr,
      batch: (batch === 'same' ? 'same' : 'latest') as JoinBatch,
    };
    const latest = fields.get('latest');
    if (latest) {
      if (batch !== undefined)
        this.error(
          C.badValue,
          'latest reads every batch of the table; batch does not apply',
          this.nodeAt(fields.get('batch')!.key),
        );
      const spec = this.latest(latest, source.alias);
      if (spec) source.latest = spec;
    }
    return source;
  }

  /** `latest: {per, order_by, where}` of a joined source. */
  private latest(pair: Pair<Scalar, Node | null>, alias: string): LatestSpec | undefined {
    const at = this.nodeAt(pair.key);
    if (!isMap(pair.value)) {
      this.error(C.badValue, 'latest is a map with per, order_by and optionally where', at);
      return undefined;
    }
    const fields = this.fields(pair.value, LATEST_FIELDS, `latest of ${alias}`);
    for (const f of ['per', 'order_by'])
      if (!fields.has(f)) this.error(C.missingField, `latest of ${alias} needs ${f}`, at);
    const per = this.exprList(fields.get('per')?.value, 'latest per', pair.value);
    const orderNode = fields.get('order_by')?.value;
    const orderItems = !orderNode ? [] : isSeq(orderNode) ? (orderNode.items as Node[]) : [orderNode];
    if (fields.has('order_by') && orderItems.length === 0)
      this.error(C.badValue, 'latest order_by needs at least one expression', at);
    const orderBy = orderItems
      .map((item) => this.orderItem(item, at))
      .filter((o): o is LatestSpec['orderBy'][number] => !!o);
    const where = fields.get('where');
    const whereExpr = where ? this.expr(where.value, 'latest where', this.nodeAt(where.key)) : undefined;
    if (per.length === 0 || orderBy.length === 0) return undefined;
    return { per, orderBy, ...(whereExpr ? { where: whereExpr } : {}), at };
  }

  /** `expression [asc|desc]`: the direction word is cut off before the expression is parsed. */
  private orderItem(node: Node, fallbackAt: Location): LatestSpec['orderBy'][number] | undefined {
    const direction =
      isScalar(node) && typeof node.value === 'string' ? /\s+(asc|desc)\s*$/i.exec(node.value) : null;
    if (!direction) {
      const expr = this.expr(node, 'latest order_by', fallbackAt);
      return expr ? { expr, descending: false } : undefined;
    }
    const text = (node as Scalar<string>).value.slice(0, direction.index);
    const expr = this.expr(node, 'latest order_by', fallbackAt, text);
    return expr ? { expr, descending: direction[1]!.toLowerCase() === 'desc' } : undefined;
  }

  private attributes(pair: Pair<Scalar, Node | null> | undefined): AttributeSpec[] {
    if (!pair) return [];
    if (!isMap(pair.value)) {
      this.error(
        C.badValue,
        'attributes is a map: attribute name → expression',
        this.nodeAt(pair.value ?? pair.key),
      );
      return [];
    }
    const out: AttributeSpec[] = [];
    for (const item of pair.value.items as Pair<Node, Node | null>[]) {
      const name = this.scalarText(item.key, 'attribute name', this.nodeAt(pair.key));
      if (!name) continue;
      const attribute = this.attribute(name, item.value);
      if (attribute) out.push(attribute);
    }
    return out;
  }

  private attribute(name: Located<string>, node: Node | null): AttributeSpec | undefined {
    if (!isMap(node)) {
      const value = this.expr(node, `attribute ${name.value}`, name.at);
      return value ? { name, value, at: name.at } : undefined;
    }
    const fields = this.fields(node, ATTRIBUTE_FIELDS, `attribute ${name.value}`);
    let value: ExprSpec | undefined;
    const sql = fields.get('sql');
    if (sql && fields.has('value'))
      this.error(C.badValue, `attribute ${name.value}: give value or sql, not both`, name.at);
    if (sql) value = this.rawSql(sql, `attribute ${name.value}`);
    else if (fields.has('value'))
      value = this.expr(fields.get('value')!.value, `attribute ${name.value}`, name.at);
    else this.error(C.missingField, `attribute ${name.value} needs value (or sql)`, name.at);
    if (!value) return undefined;
    const attribute: AttributeSpec = { name, value, at: name.at };
    const values = fields.get('values');
    if (values) {
      if (!isMap(values.value)) {
        this.error(
          C.badValue,
          'values is a map: source code → enumeration literal',
          this.nodeAt(values.value ?? values.key),
        );
      } else {
        attribute.values = [];
        for (const v of values.value.items as Pair<Node, Node | null>[]) {
          const code = this.scalarText(v.key, 'code', name.at);
          const literal = this.scalarText(
            v.value,
            `literal for code ${code?.value ?? ''}`,
            this.nodeAt(v.key),
          );
          if (code && literal) attribute.values.push({ code: code.value, literal });
        }
      }
    }
    return attribute;
  }

  /** `where:` / `delete_when:`: an expression, or `{sql: …}` (raw SQL, per engine when a map). */
  private condition(pair: Pair<Scalar, Node | null> | undefined, what: string): ExprSpec | undefined {
    if (!pair) return undefined;
    if (!isMap(pair.value)) return this.expr(pair.value, what, this.nodeAt(pair.key));
    const fields = this.fields(pair.value, ['sql'], what);
    const sql = fields.get('sql');
    if (!sql) {
      this.error(C.missingField, `${what} is an expression, or a map with sql`, this.nodeAt(pair.key));
      return undefined;
    }
    return this.rawSql(sql, what);
  }

  /** `sql: <text>` for every engine, or `sql: {duckdb: …, postgres: …}` per engine. */
  private rawSql(pair: Pair<Scalar, Node | null>, what: string): ExprSpec | undefined {
    const node = pair.value;
    const at = this.nodeAt(node ?? pair.key);
    const sql: Record<string, string> = {};
    if (isScalar(node) && typeof node.value === 'string') sql['*'] = node.value;
    else if (isMap(node)) {
      for (const p of node.items as Pair<Node, Node | null>[]) {
        const engine = this.scalarText(p.key, 'engine', at);
        const text = this.scalarText(p.value, 'sql', at);
        if (engine && text) sql[engine.value] = text.value;
      }
    } else {
      this.error(C.badValue, `${what}: sql is SQL text or a map engine → SQL text`, at);
      return undefined;
    }
    for (const text of Object.values(sql)) {
      const problem = sqlFragmentProblem(text);
      if (problem) {
        this.error(
          C.expressionSyntax,
          `${what}: sql ${problem}`,
          at,
          'sql: is one SQL expression, spliced into the load statement: no ; and no comments',
        );
        return undefined;
      }
    }
    const expr: Expr = { kind: 'raw', sql, at: 0 };
    return { text: Object.values(sql)[0] ?? '', expr, at };
  }

  private associations(pair: Pair<Scalar, Node | null> | undefined): AssociationSpec[] {
    if (!pair) return [];
    if (!isMap(pair.value)) {
      this.error(
        C.badValue,
        'associations is a map: association name → key of the other class',
        this.nodeAt(pair.value ?? pair.key),
      );
      return [];
    }
    const out: AssociationSpec[] = [];
    for (const item of pair.value.items as Pair<Node, Node | null>[]) {
      const name = this.scalarText(item.key, 'association name', this.nodeAt(pair.key));
      if (!name) continue;
      const node = item.value;
      if (isMap(node)) {
        const fields = this.fields(node, ASSOCIATION_FIELDS, `association ${name.value}`);
        const to = fields.get('to');
        const toName = to ? this.scalarText(to.value, 'to', this.nodeAt(to.key)) : undefined;
        if (!fields.has('key')) this.error(C.missingField, `association ${name.value} needs key`, name.at);
        const key = this.exprList(fields.get('key')?.value, `association ${name.value}`, node);
        if (key.length > 0) out.push({ name, ...(toName ? { to: toName } : {}), key, at: name.at });
      } else {
        const key = this.exprList(node, `association ${name.value}`, item.key as Node);
        if (key.length > 0) out.push({ name, key, at: name.at });
      }
    }
    return out;
  }
}

function defaultName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(ya?ml)$/i, '');
}

/**
 * Why a raw `sql:` fragment cannot be spliced into a statement as one expression, or undefined: a `;`
 * (a second statement), a comment (it would swallow the SQL after it), an unclosed quote or parenthesis,
 * a NUL character, or nothing at all. Quotes are followed so that text inside strings and quoted names
 * is free.
 */
export function sqlFragmentProblem(sql: string): string | undefined {
  if (sql.trim() === '') return 'is empty';
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      if (close < 0) return `has an unclosed ${c === "'" ? 'string' : 'quoted name'} (column ${i + 1})`;
      i = close;
      continue;
    }
    if (c === '\u0000') return 'contains a NUL character';
    if (c === ';') return `holds a ; (column ${i + 1}): one expression, not statements`;
    if ((c === '-' && sql[i + 1] === '-') || (c === '/' && sql[i + 1] === '*'))
      return `holds a comment (column ${i + 1})`;
    if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i)))
      return `holds a dollar-quoted string (column ${i + 1})`;
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return `has a ) without ( (column ${i + 1})`;
  }
  return depth > 0 ? 'has an unclosed (' : undefined;
}
