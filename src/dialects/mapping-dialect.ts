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
 * What differs between engines when a load plan becomes SQL. Each engine implements this in
 * `src/dialects/<engine>/<engine>-mapping-functions.ts`; everything else is shared by the emitter.
 */
export interface MappingDialect {
  name: MappingDialectName;
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
  /** Text parsed with a date format; NULL when it does not parse. */
  parseDate(textSql: string, format: DateFormatPart[], withTime: boolean): string;
  /** Statements that must run before the load (helper functions); may be empty. */
  prelude: string[];
  /** `CREATE TEMP TABLE name AS select`. */
  createTempTable(name: string, select: string): string;
  /**
   * The engine's UPDATE takes a correlated subquery in SET. Delta's does not: versions are then
   * closed through `query.updateFrom` (MERGE there).
   */
  correlatedUpdate: boolean;
  beginTransaction: string;
  commitTransaction: string;
  currentTimestamp: string;
}
