import { getDialect } from '../dialects/dialect-registry.js';
import type { MappingDialectName } from '../dialects/engine-names.js';
import {
  booleanLiteral,
  flagTest,
  flagValue,
  type MappingCapabilities,
} from '../dialects/mapping-dialect.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { CheckDefinition, CheckRule, PlannedCheck } from './check-types.js';

/** How a check names a silver table (default `silver.<table>`; `ggm export dbt` writes a dbt ref). */
export type SilverRelation = (table: string) => string;

/** Names, literals and the engine's own functions, for one engine's check SQL. */
function checkWriter(engine: MappingDialectName, relation?: SilverRelation) {
  const dialect: SqlDialect = getDialect(engine);
  const mapping = dialect.mapping!;
  return {
    dialect,
    mapping,
    // The mapping dialect's names: the tables as the load SQL (and, on Snowflake, the DDL) writes them.
    q: mapping.quoteIdentifier,
    lit: (text: string) => mapping.quoteString(text),
    silver:
      relation ??
      ((table: string) => `${mapping.quoteIdentifier('silver')}.${mapping.quoteIdentifier(table)}`),
    text: mapping.type({ kind: 'text' }),
  };
}

/**
 * A check's query for one engine: the violating rows, with the key columns first. The only engine
 * difference (regular expressions) comes from the engine's mapping dialect. Pure.
 */
export function checkSql(
  check: CheckDefinition,
  engine: MappingDialectName,
  relation?: SilverRelation,
): string {
  const { q, silver, mapping } = checkWriter(engine, relation);
  const rule = check.rule;
  const t = silver(check.table);
  const select = (...extra: string[]) => {
    const cols = [...new Set([...check.keyColumns, ...extra])];
    return cols.length > 0 ? cols.map((c) => `t.${q(c)}`).join(', ') : 't.*';
  };
  const predicate = checkPredicate(check, engine);
  switch (rule.kind) {
    case 'max-length':
      return `SELECT ${select(rule.column)}, ${mapping.capabilities.length}(t.${q(rule.column)}) AS value_length FROM ${t} AS t WHERE ${predicate}`;
    case 'pattern':
    case 'mandatory':
    case 'not-null':
    case 'accepted-values':
    case 'reference-absent':
    case 'bsn':
      return `SELECT ${select(rule.column)} FROM ${t} AS t WHERE ${predicate}`;
    case 'expression':
      return `SELECT t.* FROM ${t} AS t WHERE ${predicate}`;
    case 'reference': {
      const filled = rule.columns.map((c) => `t.${q(c)} IS NOT NULL`).join(' AND ');
      const match = rule.columns
        .map((c, i) => `r.${q(rule.referencedColumns[i]!)} = t.${q(c)}`)
        .join(' AND ');
      return `SELECT ${select(...rule.columns)} FROM ${t} AS t WHERE ${filled} AND NOT EXISTS (SELECT 1 FROM ${silver(rule.table)} AS r WHERE ${match})`;
    }
    case 'open-version-unique':
    case 'unique': {
      const cols = rule.columns.map((c) => `t.${q(c)}`).join(', ');
      const filled = rule.columns.map((c) => `t.${q(c)} IS NOT NULL`).join(' AND ');
      const open = rule.kind === 'open-version-unique' ? ` AND t.${q('valid_to')} IS NULL` : '';
      return `SELECT ${cols}, count(*) AS ${rule.kind === 'unique' ? 'rows' : 'open_versions'} FROM ${t} AS t WHERE ${filled}${open} GROUP BY ${cols} HAVING count(*) > 1`;
    }
    case 'sql':
      return rule.sql.trim().replace(/;\s*$/, '');
  }
}

/**
 * For rules that judge one row at a time: the condition (on alias `t`) that makes a row a violation.
 * Such checks of one table are counted together in a single scan. Undefined for the others.
 */
export function checkPredicate(check: CheckDefinition, engine: MappingDialectName): string | undefined {
  const { q, lit, mapping, dialect, text } = checkWriter(engine);
  const rule = check.rule;
  const col = 'column' in rule ? `t.${q(rule.column)}` : '';
  const caps = mapping.capabilities;
  switch (rule.kind) {
    case 'max-length':
      return `${caps.length}(${col}) > ${rule.length}`;
    case 'pattern':
      return `${col} IS NOT NULL AND NOT ${mapping.regexMatch(col, `^(?:${rule.pattern})$`)}`;
    case 'mandatory':
      // Versioned tables: only the open version has to be complete; closed ones are history as delivered.
      return `${col} IS NULL${rule.openOnly ? ` AND t.${q('valid_to')} IS NULL` : ''}`;
    case 'not-null':
      return `${col} IS NULL`;
    case 'accepted-values':
      return `${col} IS NOT NULL AND CAST(${col} AS ${text}) NOT IN (${rule.values.map(lit).join(', ') || 'NULL'})`;
    case 'reference-absent':
      return `${col} IS NOT NULL`;
    case 'bsn':
      return `${col} IS NOT NULL AND ${bsnInvalid(dialect, caps, `CAST(${col} AS ${text})`)}`;
    case 'expression':
      // A row violates the condition when it is false or unknown.
      return caps.booleans === 'native'
        ? `NOT COALESCE((${rule.condition}), FALSE)`
        : `NOT ${flagTest(caps, flagValue(caps, `(${rule.condition})`))}`;
    default:
      return undefined;
  }
}

export function planCheck(check: CheckDefinition, engine: MappingDialectName): PlannedCheck {
  const { rule, ...rest } = check;
  const predicate = checkPredicate(check, engine);
  return { ...rest, kind: rule.kind, sql: checkSql(check, engine), ...(predicate ? { predicate } : {}) };
}

/**
 * True for text that is not a valid BSN: not nine digits, all zeros, or failing the 11-proef
 * (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11). Digits are read by their position in '0123456789',
 * never cast, so no value can make the query fail.
 */
function bsnInvalid(dialect: SqlDialect, caps: MappingCapabilities, text: string): string {
  const { position, removeCharacters } = dialect.query;
  const digit = (i: number) => `(${position(`substring(${text}, ${i}, 1)`, "'0123456789'")} - 1)`;
  const sum = [9, 8, 7, 6, 5, 4, 3, 2].map((w, i) => `${w} * ${digit(i + 1)}`).join(' + ');
  const [yes, no] = [booleanLiteral(caps, true), booleanLiteral(caps, false)];
  const invalid = `(CASE WHEN ${caps.length}(${text}) <> 9 OR ${removeCharacters(text, '0123456789')} <> '' OR ${text} = '000000000' THEN ${yes} WHEN (${sum} - ${digit(9)}) % 11 <> 0 THEN ${yes} ELSE ${no} END)`;
  return flagTest(caps, invalid);
}

/** How many rows a check's query returns. */
export function countSql(check: PlannedCheck): string {
  return `SELECT count(*) AS n FROM (${check.sql}) AS violations`;
}

/** The first `rows` violating rows of a check. */
export function sampleSql(check: PlannedCheck, engine: MappingDialectName, rows: number): string {
  return getDialect(engine).query.limit(`SELECT * FROM (${check.sql}) AS violations`, rows);
}

/** One scan of a table counting the violations of several row-by-row checks (`c0`, `c1`, …). */
export function sharedScanSql(
  table: string,
  checks: readonly PlannedCheck[],
  engine: MappingDialectName,
): string {
  const { dialect, silver } = checkWriter(engine);
  const sums = checks.map((c, i) => `${dialect.query.countWhere(c.predicate!)} AS c${i}`).join(', ');
  return `SELECT ${sums} FROM ${silver(table)} AS t`;
}

/** Rules written by hand whose column list can be checked against the table. */
export function ruleColumns(rule: CheckRule): string[] {
  switch (rule.kind) {
    case 'max-length':
    case 'pattern':
    case 'mandatory':
    case 'not-null':
    case 'accepted-values':
    case 'reference-absent':
    case 'bsn':
      return [rule.column];
    case 'reference':
    case 'open-version-unique':
    case 'unique':
      return rule.columns;
    case 'expression':
    case 'sql':
      return [];
  }
}
