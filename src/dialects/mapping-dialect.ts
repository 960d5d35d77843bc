import type { LogicalType } from './logical-type.js';
import type { DateFormatPart } from './date-format.js';
import type { MappingDialectName } from './engine-names.js';
import type { QuerySyntax } from './query-syntax.js';

/** SQL text of a function's arguments, plus the literal text of each argument when it is a literal. */
export interface FunctionArgs {
  sql: string[];
  literals: (string | undefined)[];
}

/**
 * How the engine writes what the shared emitters need everywhere: data, read by the emitters and the
 * helpers below (as `SqlDialect.capabilities` is by the DDL emitter), never an engine's name.
 */
export interface MappingCapabilities {
  /**
   * `native`: a predicate is a value (`p AS flag`, TRUE/FALSE). `bit` (T-SQL): it is not, so a stored
   * flag is `CASE WHEN p THEN 1 ELSE 0 END` and is tested with `= 1`; boolean literals are 1 and 0.
   */
  booleans: 'native' | 'bit';
  /** Text concatenation: `||`, or `+` (T-SQL; NULL-propagating like `||`, unlike CONCAT). */
  concat: '||' | '+';
  /** Function names: a substring by 1-based start and length, and a text's length in characters. */
  substring: string;
  length: string;
  /** The substring function needs its length argument (T-SQL's SUBSTRING). */
  substringNeedsLength: boolean;
  /** `NULLS LAST` in ORDER BY; without it, a `CASE … IS NULL` item sorts NULLs last. */
  nullsLast: boolean;
  /**
   * Catalog schema and tables made on every load: `clause` (`CREATE … IF NOT EXISTS`), or `guard`
   * (T-SQL: `IF SCHEMA_ID(…) IS NULL EXEC(…)`, `IF OBJECT_ID(…) IS NULL CREATE TABLE …`).
   */
  createIfMissing: 'clause' | 'guard';
}

/** The capabilities of PostgreSQL, DuckDB, Snowflake and Databricks. */
export const STANDARD_MAPPING_CAPABILITIES: MappingCapabilities = {
  booleans: 'native',
  concat: '||',
  substring: 'substr',
  length: 'length',
  substringNeedsLength: false,
  nullsLast: true,
  createIfMissing: 'clause',
};

/** A predicate as a stored flag (a boolean, or 1/0 where predicates are no values; NULL as 0 there). */
export function flagValue(caps: MappingCapabilities, predicate: string): string {
  return caps.booleans === 'native' ? predicate : `CASE WHEN ${predicate} THEN 1 ELSE 0 END`;
}

/** A stored flag as a predicate. */
export function flagTest(caps: MappingCapabilities, flag: string): string {
  return caps.booleans === 'native' ? flag : `${flag} = 1`;
}

export function booleanLiteral(caps: MappingCapabilities, value: boolean): string {
  if (caps.booleans === 'native') return value ? 'TRUE' : 'FALSE';
  return value ? '1' : '0';
}

/** `text` from 1-based `from`, `length` characters or (undefined) to the end. */
export function substringSql(caps: MappingCapabilities, text: string, from: string, length?: string): string {
  // T-SQL's SUBSTRING takes a length past the end of the text: the largest int means "the rest".
  const rest = length ?? (caps.substringNeedsLength ? '2147483647' : undefined);
  return `${caps.substring}(${[text, from, ...(rest ? [rest] : [])].join(', ')})`;
}

/** An ORDER BY item (expression and direction) with NULLs last. */
export function nullsLastItem(caps: MappingCapabilities, expr: string, direction: 'ASC' | 'DESC'): string {
  return caps.nullsLast
    ? `${expr} ${direction} NULLS LAST`
    : `CASE WHEN ${expr} IS NULL THEN 1 ELSE 0 END, ${expr} ${direction}`;
}

/**
 * What differs between engines when a load plan becomes SQL. Each engine implements this in
 * `src/dialects/<engine>/<engine>-mapping-functions.ts`; everything else is shared by the emitter.
 */
export interface MappingDialect {
  name: MappingDialectName;
  capabilities: MappingCapabilities;
  /** The engine's query syntax (first rows, UPDATE … FROM), as its `SqlDialect` has it. */
  query: QuerySyntax;
  quoteIdentifier(name: string): string;
  quoteString(text: string): string;
  /** Type name for CAST (the meta tables take their types from the DDL dialect). */
  type(t: LogicalType): string;
  /** Exact intermediate type of to_number and of division. */
  numericType: string;
  /** Lower-case hex MD5 of a text expression; identical on every engine. */
  md5(textSql: string): string;
  /** First 60 bits of a 32-digit hex text as a non-negative BIGINT. */
  hexToBigint(hexSql: string): string;
  /** `text ~ pattern`, anchored at both ends by the caller. */
  regexMatch(textSql: string, pattern: string): string;
  /**
   * Text parsed with a date format; NULL when it does not parse. Undefined when the engine cannot
   * parse this format (the emitter reports it).
   */
  parseDate(textSql: string, format: DateFormatPart[], withTime: boolean): string | undefined;
  /** Statements that must run before the load (helper functions); may be empty. */
  prelude: string[];
  /** `CREATE TEMP TABLE name AS select`. */
  createTempTable(name: string, select: string): string;
  /** The name of a session temporary table in SQL (`#name` on T-SQL). */
  tempTable(name: string): string;
  /**
   * `createIfMissing: 'guard'`: `statement` (CREATE SCHEMA, CREATE TABLE, ALTER TABLE … ADD CONSTRAINT)
   * run only when `object` (schema, or `schema.name` of a table or constraint) does not exist yet.
   */
  ifMissing?(kind: 'schema' | 'object', object: string, statement: string): string;
  /**
   * The engine's UPDATE takes a correlated subquery in SET. Delta's does not: versions are then
   * closed through `query.updateFrom` (MERGE there).
   */
  correlatedUpdate: boolean;
  beginTransaction: string;
  commitTransaction: string;
  currentTimestamp: string;
}
