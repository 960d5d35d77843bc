import { parse } from '@polyglot-sql/sdk';

/**
 * What T-SQL does not have, found in a statement. The SQL parser (@polyglot-sql/sdk, dialect `fabric`)
 * is lenient: it accepts `NULLS LAST`, QUALIFY, `||`, TRUE and `(a = b) AS flag` in T-SQL. These are
 * looked for in its syntax tree (predicates selected as values, boolean literals, `||`) and in the text
 * (clauses and function names). Empty when none is found or the statement does not parse.
 */
export function tsqlProblems(statement: string): string[] {
  const problems = new Set<string>();
  for (const [form, why] of TEXT_FORMS) if (form.test(statement)) problems.add(why);
  const parsed = parse(statement, 'fabric' as never) as { success: boolean; ast?: unknown };
  if (parsed.success) walk(parsed.ast, problems);
  return [...problems];
}

const TEXT_FORMS: [RegExp, string][] = [
  [/\bNULLS (?:LAST|FIRST)\b/i, 'NULLS LAST/FIRST'],
  [/\bQUALIFY\b/i, 'QUALIFY'],
  [/\bTEMP(?:ORARY)? TABLE\b/i, 'CREATE TEMPORARY TABLE'],
  [/\bIF NOT EXISTS\b/i, 'IF NOT EXISTS'],
  [/\bLIMIT \d/i, 'LIMIT'],
  [/\b(?:substr|length|md5|strpos|count_if)\(/i, 'a function T-SQL does not have'],
];

/** Node kinds of the parser's tree that are conditions, not values. */
const PREDICATES = new Set([
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'and',
  'or',
  'not',
  'is_null',
  'in',
  'exists',
  'like',
  'between',
]);

function kindOf(node: unknown): string | undefined {
  return node && typeof node === 'object' && !Array.isArray(node) ? Object.keys(node)[0] : undefined;
}

/** A select-list item without its alias and parentheses. */
function unwrap(node: unknown): unknown {
  let n = node as Record<string, { this?: unknown }>;
  for (;;) {
    const kind = kindOf(n);
    if (kind !== 'alias' && kind !== 'paren') return n;
    n = n[kind]!.this as Record<string, { this?: unknown }>;
  }
}

function walk(node: unknown, problems: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, problems);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if ('boolean' in record) problems.add('a boolean literal');
  if ('concat' in record) problems.add('||');
  const select = record['select'] as { expressions?: unknown[] } | undefined;
  for (const item of select?.expressions ?? []) {
    const inner = unwrap(item);
    const kind = kindOf(inner);
    const fn = kind === 'function' ? (inner as { function: { name: string } }).function.name : '';
    if ((kind && PREDICATES.has(kind)) || /^REGEXP_LIKE$/i.test(fn))
      problems.add('a predicate selected as a value');
  }
  for (const value of Object.values(record)) walk(value, problems);
}

/**
 * T-SQL has no CREATE … IF NOT EXISTS: a schema or table is guarded by `IF SCHEMA_ID(…) IS NULL
 * EXEC('…')` or `IF OBJECT_ID(…) IS NULL …`, a statement form the parser does not know. Parsed instead:
 * the guarded statement itself, so no SQL goes unparsed.
 */
const TSQL_GUARD = /^IF (?:SCHEMA_ID|OBJECT_ID)\('[^']*'\) IS NULL (?:EXEC\('(.*)'\)|(.*))$/s;

/** Whether a statement parses in `parserDialect`, a T-SQL guard by the statement it guards. */
export function parsesGuarded(statement: string, parserDialect: string): boolean {
  const guarded = TSQL_GUARD.exec(statement);
  if (guarded) return parsesGuarded(guarded[1]?.replace(/''/g, "'") ?? guarded[2]!, parserDialect);
  return parse(statement, parserDialect as never).success;
}
