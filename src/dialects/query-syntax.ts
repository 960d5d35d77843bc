import { sqlString } from './identifiers.js';

/**
 * Query SQL that differs per engine, asked for by the shared emitters (load SQL, checks, the meta
 * catalog) so that none of them writes one engine's syntax. Arguments and results are SQL text.
 */
export interface QuerySyntax {
  /** `select` cut to its first `rows` rows; `separator` goes before the clause where it trails. */
  limit(select: string, rows: number | string, separator?: string): string;
  /** An ordered `select` (it ends in ORDER BY) from row `offset` (0-based), at most `rows` rows. */
  page(select: string, rows: number, offset: number): string;
  /**
   * `UPDATE target SET … ` with the rows of a derived table joined in: `from` is a parenthesised
   * query or a table, `alias` its name in `set` and `where`.
   */
  updateFrom(target: string, set: string, from: string, alias: string, where: string): string;
  /** Rows of the group for which `predicate` holds, as an aggregate. */
  countWhere(predicate: string): string;
  /** 1-based position of `needle` in `text`, 0 when absent. */
  position(needle: string, text: string): string;
  /** `text` without any of the characters of the literal `characters`. */
  removeCharacters(text: string, characters: string): string;
  /**
   * One row per group: of the rows of `from` for which `where` holds, per value of `partition` the
   * first by `order` (complete ORDER BY items, direction and NULL order included). A query.
   */
  firstPerGroup(q: FirstPerGroup): string;
}

export interface FirstPerGroup {
  columns: string;
  from: string;
  where?: string;
  partition: string[];
  order: string[];
}

const whereClause = (q: FirstPerGroup) => (q.where ? ` WHERE ${q.where}` : '');
const rowNumber = (q: FirstPerGroup) =>
  `ROW_NUMBER() OVER (PARTITION BY ${q.partition.join(', ')} ORDER BY ${q.order.join(', ')})`;

/** PostgreSQL: DISTINCT ON, which keeps the first row of each group in the ORDER BY. */
const distinctOn = (q: FirstPerGroup) =>
  `SELECT DISTINCT ON (${q.partition.join(', ')}) ${q.columns} FROM ${q.from}${whereClause(q)} ORDER BY ${[...q.partition, ...q.order].join(', ')}`;

/** Engines with QUALIFY (DuckDB, Snowflake, Databricks): the window filtered in place. */
const qualify = (q: FirstPerGroup) =>
  `SELECT ${q.columns} FROM ${q.from}${whereClause(q)} QUALIFY ${rowNumber(q)} = 1`;

/** Any engine with window functions: the row number in a derived table (one extra column, _ggm_rank). */
const rankedSubquery = (q: FirstPerGroup) =>
  `SELECT * FROM (SELECT ${q.columns}, ${rowNumber(q)} AS _ggm_rank FROM ${q.from}${whereClause(q)}) ranked WHERE _ggm_rank = 1`;

const quote = (text: string) => sqlString(text);

/** PostgreSQL and DuckDB: LIMIT, UPDATE … FROM, FILTER, strpos, translate. */
export const POSTGRES_QUERY_SYNTAX: QuerySyntax = {
  limit: (select, rows, separator = ' ') => `${select}${separator}LIMIT ${rows}`,
  page: (select, rows, offset) => `${select} LIMIT ${rows} OFFSET ${offset}`,
  updateFrom: (target, set, from, alias, where) =>
    `UPDATE ${target} SET ${set}\nFROM ${from} ${alias}\nWHERE ${where}`,
  countWhere: (p) => `count(*) FILTER (WHERE ${p})`,
  position: (needle, text) => `strpos(${text}, ${needle})`,
  removeCharacters: (text, characters) => `translate(${text}, ${quote(characters)}, '')`,
  firstPerGroup: distinctOn,
};

export const DUCKDB_QUERY_SYNTAX: QuerySyntax = { ...POSTGRES_QUERY_SYNTAX, firstPerGroup: qualify };

/** Nested REPLACE: engines without a TRANSLATE that deletes (MySQL, SQL Server, Oracle's NULL for ''). */
function replaceEach(text: string, characters: string): string {
  return [...characters].reduce((sql, c) => `REPLACE(${sql}, ${quote(c)}, '')`, text);
}

const conditionalCount = (p: string) => `SUM(CASE WHEN ${p} THEN 1 ELSE 0 END)`;

export const MYSQL_QUERY_SYNTAX: QuerySyntax = {
  limit: POSTGRES_QUERY_SYNTAX.limit,
  page: POSTGRES_QUERY_SYNTAX.page,
  // MySQL joins in the UPDATE clause itself.
  updateFrom: (target, set, from, alias, where) =>
    `UPDATE ${target} JOIN ${from} ${alias} ON ${where}\nSET ${set}`,
  countWhere: conditionalCount,
  position: (needle, text) => `LOCATE(${needle}, ${text})`,
  removeCharacters: replaceEach,
  firstPerGroup: rankedSubquery,
};

export const SQLSERVER_QUERY_SYNTAX: QuerySyntax = {
  limit: (select, rows) => select.replace(/^\s*SELECT\b/i, `SELECT TOP (${rows})`),
  page: (select, rows, offset) => `${select} OFFSET ${offset} ROWS FETCH NEXT ${rows} ROWS ONLY`,
  updateFrom: (target, set, from, alias, where) =>
    `UPDATE ${target} SET ${set}\nFROM ${target} JOIN ${from} ${alias} ON ${where}`,
  countWhere: conditionalCount,
  position: (needle, text) => `CHARINDEX(${needle}, ${text})`,
  removeCharacters: replaceEach,
  firstPerGroup: rankedSubquery,
};

export const ORACLE_QUERY_SYNTAX: QuerySyntax = {
  limit: (select, rows, separator = ' ') => `${select}${separator}FETCH FIRST ${rows} ROWS ONLY`,
  page: (select, rows, offset) => `${select} OFFSET ${offset} ROWS FETCH NEXT ${rows} ROWS ONLY`,
  // Oracle has no UPDATE … FROM; MERGE does the join.
  updateFrom: (target, set, from, alias, where) =>
    `MERGE INTO ${target} USING ${from} ${alias} ON (${where})\nWHEN MATCHED THEN UPDATE SET ${set}`,
  countWhere: conditionalCount,
  position: (needle, text) => `INSTR(${text}, ${needle})`,
  removeCharacters: replaceEach,
  firstPerGroup: rankedSubquery,
};

export const SNOWFLAKE_QUERY_SYNTAX: QuerySyntax = {
  ...POSTGRES_QUERY_SYNTAX,
  countWhere: (p) => `COUNT_IF(${p})`,
  position: (needle, text) => `POSITION(${needle}, ${text})`,
  firstPerGroup: qualify,
};

export const DATABRICKS_QUERY_SYNTAX: QuerySyntax = {
  ...POSTGRES_QUERY_SYNTAX,
  // Delta has no UPDATE … FROM; MERGE does the join.
  updateFrom: (target, set, from, alias, where) =>
    `MERGE INTO ${target} USING ${from} ${alias} ON ${where}\nWHEN MATCHED THEN UPDATE SET ${set}`,
  countWhere: (p) => `count_if(${p})`,
  position: (needle, text) => `locate(${needle}, ${text})`,
  firstPerGroup: qualify,
};
