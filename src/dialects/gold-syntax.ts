/**
 * Date arithmetic the gold metric compiler asks for (periods, ages at a reference date, trajectory
 * merging, durations). Arguments and results are SQL text. Present on the engines gold compiles for.
 */
export interface GoldSyntax {
  /** A date literal from `YYYY-MM-DD`. */
  date(iso: string): string;
  /** `date` plus `days` (an integer literal) as a date. */
  addDays(date: string, days: number): string;
  /** Whole days from `from` to `to` (`to - from`), an integer. */
  daysBetween(from: string, to: string): string;
  /** Completed years between a birth date and a reference date (the birthday itself counts). */
  ageInYears(birth: string, reference: string): string;
  /** Aggregate: the numbers of a group combined by CUBE; `GROUPING(col)` is 1 in a total row. */
  grouping(column: string): string;
  /** The type a value is cast to as text (`VARCHAR`, `STRING`). */
  textType: string;
  /** A double-precision float type (`DOUBLE PRECISION`, `DOUBLE`). */
  doubleType: string;
  /** Rows (`(a, b)` each) as a query a CTE with a column list can hold. */
  valuesQuery(rows: readonly string[]): string;
  /** `length` characters of `text` from the 1-based position `from`. */
  substring(text: string, from: number, length: number): string;
  /** An ORDER BY item (expression and direction) with NULLs last. */
  nullsLast(expr: string, direction: 'ASC' | 'DESC'): string;
  /** A condition as a selected value: the boolean itself, or 1/0 where conditions are no values. */
  flag(predicate: string): string;
  /** A condition that never holds (`FALSE`; T-SQL has no boolean literal). */
  never: string;
  /** A statement that makes schema `name` unless it exists. */
  createSchema(name: string): string;
}

/** The forms of the hooks above that DuckDB, PostgreSQL, Databricks and Snowflake share. */
export const STANDARD_GOLD_FORMS: Pick<
  GoldSyntax,
  'substring' | 'nullsLast' | 'flag' | 'never' | 'createSchema'
> = {
  substring: (text, from, length) => `substr(${text}, ${from}, ${length})`,
  nullsLast: (expr, direction) => `${expr} ${direction} NULLS LAST`,
  flag: (predicate) => predicate,
  never: 'FALSE',
  createSchema: (name) => `CREATE SCHEMA IF NOT EXISTS ${name}`,
};

/** yyyymmdd as a number: the portable way to compare birthdays without interval arithmetic. */
export function dayNumber(date: string): string {
  return `(EXTRACT(YEAR FROM ${date}) * 10000 + EXTRACT(MONTH FROM ${date}) * 100 + EXTRACT(DAY FROM ${date}))`;
}
