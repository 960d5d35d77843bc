import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { PlanTable } from '../schema/schema-plan.js';
import { CHECK_CODES as C } from './check-codes.js';
import { ruleColumns } from './check-sql.js';
import type { CheckDefinition, CheckRule, CheckSeverity } from './check-types.js';
import { keyColumnsOf } from './derive-checks.js';

/** Silver tables custom checks may name, by table name. */
export type CheckTables = ReadonlyMap<string, PlanTable>;

export interface ParsedChecks {
  checks: CheckDefinition[];
  diagnostics: Diagnostic[];
}

const CHECK_KEYS = ['name', 'table', 'severity', 'description', 'sql', 'expect'];
const EXPECT_KEYS = ['not_null', 'unique', 'accepted_values', 'expression'];
const SEVERITIES = ['warn', 'error'];

/**
 * A YAML check file: one check (a mapping with `name`), or `checks:` with a list of them. Every problem
 * is a diagnostic with line and column; a check with problems is left out, the others are kept. Pure.
 */
export function parseCheckYaml(text: string, file: string, tables: CheckTables): ParsedChecks {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const r = new Reader(file, lines, tables);
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    r.error(C.yamlSyntax, undefined, `YAML: ${e.message.split('\n')[0]}`, undefined, pos);
  }
  if (doc.errors.length > 0) return { checks: [], diagnostics: r.diagnostics };
  const root = doc.contents;
  const items: Node[] = [];
  if (isMap(root) && root.has('checks')) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key !== 'checks') r.error(C.unknownKey, pair.key as Node, `unknown key "${key}" next to checks`);
    }
    const list = root.get('checks', true);
    if (isSeq(list)) items.push(...(list.items as Node[]));
    else r.error(C.wrongType, list as Node, 'checks must be a list of checks');
  } else if (isMap(root)) items.push(root);
  else if (root !== null)
    r.error(C.wrongType, root, 'a check file holds a check (name, table, …) or checks: [ … ]');
  const checks = items.flatMap((item) => r.check(item) ?? []);
  return { checks, diagnostics: r.diagnostics };
}

/**
 * A `.sql` check: the query returns the violating rows; `-- table:`, `-- severity:` and
 * `-- description:` comment lines at the top describe it. The file name is the check's name. Pure.
 */
export function parseCheckSql(text: string, file: string, name: string, tables: CheckTables): ParsedChecks {
  const diagnostics: Diagnostic[] = [];
  const header: Record<string, { value: string; line: number; col: number }> = {};
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const m = /^\s*--\s*([a-z_]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m) {
      if (line.trim() === '' || line.trim().startsWith('--')) continue;
      break;
    }
    const key = m[1]!.toLowerCase();
    const at = { file, line: i + 1, col: line.indexOf(m[1]!) + 1 };
    if (!['table', 'severity', 'description'].includes(key)) {
      diagnostics.push({
        code: C.unknownKey,
        severity: 'error',
        message: `unknown header "${key}"`,
        at,
        ...hint(key, ['table', 'severity', 'description']),
      });
      continue;
    }
    header[key] = { value: m[2]!, line: i + 1, col: line.indexOf(m[2]!) + 1 };
  }
  const sql = text.trim();
  const table = header['table'];
  if (!table)
    diagnostics.push({
      code: C.missingKey,
      severity: 'error',
      message: 'a SQL check needs a "-- table: <silver table>" line at the top',
      at: { file, line: 1, col: 1 },
    });
  else if (!tables.has(table.value))
    diagnostics.push({
      code: C.unknownTable,
      severity: 'error',
      message: `unknown silver table "${table.value}"`,
      at: { file, line: table.line, col: table.col },
      ...hint(table.value, tables.keys()),
    });
  const severity = header['severity'];
  if (severity && !SEVERITIES.includes(severity.value))
    diagnostics.push({
      code: C.wrongType,
      severity: 'error',
      message: `severity must be warn or error, not "${severity.value}"`,
      at: { file, line: severity.line, col: severity.col },
      ...hint(severity.value, SEVERITIES),
    });
  if (!/\bselect\b/i.test(sql.replace(/--[^\n]*/g, '')))
    diagnostics.push({
      code: C.missingKey,
      severity: 'error',
      message: 'a SQL check is a query (SELECT …) returning the violating rows',
      at: { file, line: 1, col: 1 },
    });
  if (diagnostics.length > 0 || !table) return { checks: [], diagnostics };
  return {
    checks: [
      {
        id: name,
        table: table.value,
        severity: (severity?.value as CheckSeverity | undefined) ?? 'warn',
        description: header['description']?.value ?? `rows returned by ${file}`,
        origin: 'custom',
        file,
        rule: { kind: 'sql', sql },
        keyColumns: keyColumnsOf(tables.get(table.value)!),
      },
    ],
    diagnostics,
  };
}

function hint(name: string, candidates: Iterable<string>): { hint?: string } {
  const h = didYouMean(name, candidates);
  return h ? { hint: h } : {};
}

class Reader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly tables: CheckTables,
  ) {}

  at(node: Node | Pair | null | undefined): Location {
    const range =
      node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node)?.range : undefined;
    if (!range) return { file: this.file };
    const pos = this.lines.linePos(range[0]);
    return { file: this.file, line: pos.line, col: pos.col };
  }

  error(
    code: string,
    node: Node | Pair | null | undefined,
    message: string,
    hintText?: string,
    pos?: { line: number; col: number },
  ): void {
    this.diagnostics.push({
      code,
      severity: 'error',
      message,
      at: pos ? { file: this.file, line: pos.line, col: pos.col } : this.at(node),
      ...(hintText ? { hint: hintText } : {}),
    });
  }

  entries(map: YAMLMap, allowed: readonly string[], where: string): Map<string, Pair> {
    const out = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) {
        this.error(
          C.unknownKey,
          pair.key as Node,
          `${where}: unknown key "${key}"`,
          didYouMean(key, allowed),
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  text(pair: Pair | undefined, what: string): string | undefined {
    if (!pair) return undefined;
    const v = pair.value;
    if (isScalar(v) && v.value !== null && typeof v.value !== 'object') return String(v.value);
    this.error(C.wrongType, (v as Node) ?? pair, `${what} must be text`);
    return undefined;
  }

  names(pair: Pair, what: string): string[] | undefined {
    const v = pair.value;
    if (isScalar(v) && v.value !== null) return [String(v.value)];
    if (isSeq(v) && v.items.length > 0 && v.items.every((i) => isScalar(i)))
      return v.items.map((i) => String((i as { value: unknown }).value));
    this.error(C.wrongType, (v as Node) ?? pair, `${what} must be a column name or a list of them`);
    return undefined;
  }

  check(node: Node): CheckDefinition | undefined {
    if (!isMap(node)) {
      this.error(C.wrongType, node, 'a check is a mapping with name, table and sql or expect');
      return undefined;
    }
    const before = this.diagnostics.length;
    const e = this.entries(node, CHECK_KEYS, 'check');
    const name = this.text(e.get('name'), 'name');
    if (!e.has('name')) this.error(C.missingKey, node, 'a check needs a name');
    const where = name ? `check ${name}` : 'check';
    const tableName = this.text(e.get('table'), 'table');
    if (!e.has('table')) this.error(C.missingKey, node, `${where} needs a table`);
    const table = tableName !== undefined ? this.tables.get(tableName) : undefined;
    if (tableName !== undefined && !table)
      this.error(
        C.unknownTable,
        e.get('table')!.value as Node,
        `${where}: unknown silver table "${tableName}"`,
        didYouMean(tableName, this.tables.keys()),
      );
    const severity = this.text(e.get('severity'), 'severity') ?? 'warn';
    if (!SEVERITIES.includes(severity))
      this.error(
        C.wrongType,
        e.get('severity')!.value as Node,
        `${where}: severity must be warn or error, not "${severity}"`,
        didYouMean(severity, SEVERITIES),
      );
    const description = this.text(e.get('description'), 'description');
    const rule = this.rule(e, node, where, table);
    if (this.diagnostics.length > before || !name || !table || !rule) return undefined;
    const column = ruleColumns(rule).join(',');
    return {
      id: name,
      table: table.name,
      ...(column ? { column } : {}),
      severity: severity as CheckSeverity,
      description: description ?? name,
      origin: 'custom',
      file: this.file,
      rule,
      keyColumns: keyColumnsOf(table),
    };
  }

  private rule(e: Map<string, Pair>, node: Node, where: string, table: PlanTable | undefined) {
    const sqlPair = e.get('sql');
    const expectPair = e.get('expect');
    if (sqlPair && expectPair) {
      this.error(C.ruleConflict, expectPair, `${where}: give either sql or expect, not both`);
      return undefined;
    }
    if (sqlPair) {
      const sql = this.text(sqlPair, 'sql');
      return sql ? ({ kind: 'sql', sql } satisfies CheckRule) : undefined;
    }
    if (!expectPair) {
      this.error(C.missingKey, node, `${where} needs sql (a query returning violating rows) or expect`);
      return undefined;
    }
    const expect = expectPair.value;
    if (!isMap(expect) || expect.items.length !== 1) {
      this.error(
        C.wrongType,
        (expect as Node) ?? expectPair,
        `${where}: expect holds one of ${EXPECT_KEYS.join(', ')}`,
      );
      return undefined;
    }
    const x = this.entries(expect, EXPECT_KEYS, `${where} expect`);
    const [kind, pair] = [...x.entries()][0] ?? [];
    if (!kind || !pair) return undefined;
    const column = (name: string, at: Node | Pair) => {
      if (table && !table.columns.some((c) => c.name === name))
        this.error(
          C.unknownColumn,
          at,
          `${where}: ${table.name} has no column "${name}"`,
          didYouMean(
            name,
            table.columns.map((c) => c.name),
          ),
        );
      return name;
    };
    switch (kind) {
      case 'not_null': {
        const c = this.text(pair, 'not_null');
        return c
          ? ({ kind: 'not-null', column: column(c, pair.value as Node) } satisfies CheckRule)
          : undefined;
      }
      case 'unique': {
        const cols = this.names(pair, 'unique');
        return cols
          ? ({ kind: 'unique', columns: cols.map((c) => column(c, pair.value as Node)) } satisfies CheckRule)
          : undefined;
      }
      case 'expression': {
        const condition = this.text(pair, 'expression');
        return condition ? ({ kind: 'expression', condition } satisfies CheckRule) : undefined;
      }
      case 'accepted_values': {
        const v = pair.value;
        if (!isMap(v)) {
          this.error(C.wrongType, (v as Node) ?? pair, `${where}: accepted_values needs column and values`);
          return undefined;
        }
        const a = this.entries(v, ['column', 'values'], `${where} accepted_values`);
        const c = this.text(a.get('column'), 'column');
        const values = a.get('values') ? this.names(a.get('values')!, 'values') : undefined;
        if (!a.has('column') || !a.has('values'))
          this.error(C.missingKey, v, `${where}: accepted_values needs column and values`);
        return c && values
          ? ({
              kind: 'accepted-values',
              column: column(c, a.get('column')!.value as Node),
              values,
            } satisfies CheckRule)
          : undefined;
      }
    }
    return undefined;
  }
}
