import { checkSql } from '../checks/check-sql.js';
import type { CheckDefinition } from '../checks/check-types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MappingDialectName } from '../dialects/engine-names.js';
import { DBT_CODES } from './dbt-codes.js';
import { ref, source } from './dbt-jinja.js';

/** A generic test as schema.yml writes it: `not_null`, or `{accepted_values: {values: […]}}`. */
export type GenericTest = string | Record<string, Record<string, unknown>>;

export interface DbtTests {
  /** model → column → generic tests. */
  columns: Map<string, Map<string, GenericTest[]>>;
  singular: { file: string; sql: string }[];
  /** Silver tables the tests read that no model builds (reference tables): declared as sources. */
  silverSources: string[];
  diagnostics: Diagnostic[];
}

/**
 * The checks of the tables the models build, as dbt data tests: generic tests where dbt has the rule
 * (not_null, unique, accepted_values, relationships), otherwise a singular test with the check's own
 * query for the engine (violating rows; dbt fails the test when it returns any).
 */
export function dataTests(
  checks: readonly CheckDefinition[],
  models: ReadonlySet<string>,
  engine: MappingDialectName,
): DbtTests {
  const out: DbtTests = { columns: new Map(), singular: [], silverSources: [], diagnostics: [] };
  const relation = (table: string) => {
    if (models.has(table)) return ref(table);
    if (!out.silverSources.includes(table)) out.silverSources.push(table);
    return source('silver', table);
  };
  for (const check of checks) {
    if (!models.has(check.table)) continue;
    if (check.rule.kind === 'sql') {
      out.diagnostics.push({
        code: DBT_CODES.checkLeftOut,
        severity: 'warning',
        message: `check ${check.id} is SQL that names its tables as text; it is not in the dbt project`,
        ...(check.file ? { at: { file: check.file } } : {}),
        hint: 'write it as a singular test under tests/ with ref() for the tables',
      });
      continue;
    }
    const generic = genericTest(check, relation);
    if (generic) {
      const [column, test] = generic;
      const perColumn = out.columns.get(check.table) ?? new Map<string, GenericTest[]>();
      out.columns.set(check.table, perColumn);
      perColumn.set(column, [...(perColumn.get(column) ?? []), withSeverity(test, check)]);
      continue;
    }
    const header = [
      `-- ${check.id} (${check.origin === 'model' ? 'derived from the model' : `custom, ${check.file ?? ''}`}): ${check.description}`,
      ...(check.severity === 'warn' ? [`{{ config(severity='warn') }}`] : []),
    ];
    out.singular.push({
      file: `tests/${check.id.replace(/[^A-Za-z0-9_]/g, '_')}.sql`,
      sql: `${header.join('\n')}\n${checkSql(check, engine, relation)}\n`,
    });
  }
  return out;
}

function genericTest(
  check: CheckDefinition,
  relation: (table: string) => string,
): [string, GenericTest] | undefined {
  const rule = check.rule;
  switch (rule.kind) {
    case 'not-null':
      return [rule.column, 'not_null'];
    case 'mandatory':
      return rule.openOnly
        ? [rule.column, { not_null: { config: { where: 'valid_to IS NULL' } } }]
        : [rule.column, 'not_null'];
    case 'unique':
      return rule.columns.length === 1 ? [rule.columns[0]!, 'unique'] : undefined;
    case 'accepted-values':
      return [rule.column, { accepted_values: { values: rule.values } }];
    case 'reference':
      return rule.columns.length === 1
        ? [
            rule.columns[0]!,
            { relationships: { to: unwrap(relation(rule.table)), field: rule.referencedColumns[0]! } },
          ]
        : undefined;
    default:
      return undefined;
  }
}

/** `{{ ref('x') }}` → `ref('x')`: schema.yml names relations without the braces. */
const unwrap = (jinja: string) => jinja.replace(/^\{\{ /, '').replace(/ \}\}$/, '');

function withSeverity(test: GenericTest, check: CheckDefinition): GenericTest {
  if (check.severity !== 'warn') return test;
  if (typeof test === 'string') return { [test]: { config: { severity: 'warn' } } };
  const [name, args] = Object.entries(test)[0]!;
  const cfg = { ...((args['config'] as Record<string, unknown>) ?? {}), severity: 'warn' };
  return { [name]: { ...args, config: cfg } };
}
