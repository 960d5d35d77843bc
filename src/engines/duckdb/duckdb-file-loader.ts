import { duckdbDialect } from '../../dialects/duckdb/duckdb-dialect.js';
import { quoteIdentifier as quoteFor, quoteLiteral, qualifiedName as qualifiedFor } from '../sql-text.js';
import type { TableRef } from '../engine.js';

const quoteIdentifier = (name: string) => quoteFor(duckdbDialect, name);
const qualifiedName = (table: TableRef) => qualifiedFor(duckdbDialect, table);
import type { ExtraColumn, FileLoadRequest } from '../engine.js';

/** `read_csv(…)` with every option spelled out, so DuckDB never guesses and never pads or drops rows. */
function csvReader(request: FileLoadRequest): string {
  const csv = request.csv;
  if (!csv) throw new Error('loadFile: csv options are required for csv files');
  const columns = request.columns.map((_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
  return (
    `read_csv(${quoteLiteral(request.file)}, delim = ${quoteLiteral(csv.delimiter)}, ` +
    `quote = ${quoteLiteral(csv.quote)}, escape = ${quoteLiteral(csv.escape)}, header = ${csv.header}, ` +
    `columns = {${columns}}, auto_detect = false, strict_mode = true, null_padding = false, ` +
    `allow_quoted_nulls = false, encoding = 'utf-8', max_line_size = 16777216)`
  );
}

function extraValue(extra: ExtraColumn): string {
  if ('ordinal' in extra) return 'row_number() OVER ()';
  if (extra.value instanceof Date)
    return `TIMESTAMP ${quoteLiteral(extra.value.toISOString().replace('T', ' ').replace('Z', ''))}`;
  return `CAST(${quoteLiteral(extra.value)} AS VARCHAR)`;
}

/**
 * The `INSERT … SELECT` (or `CREATE TABLE … AS SELECT`) a native file load runs. File columns are read as
 * text (parquet values are cast to VARCHAR); `row_number() OVER ()` keeps file order because DuckDB
 * preserves insertion order.
 */
export function fileLoadSql(request: FileLoadRequest, sourceColumns: readonly string[]): string {
  const targets = request.columns.map(quoteIdentifier);
  const values =
    request.format === 'csv'
      ? request.columns.map((_, i) => `c${i + 1}`)
      : sourceColumns.map((c) => `CAST(${quoteIdentifier(c)} AS VARCHAR)`);
  for (const extra of request.extraColumns ?? []) {
    targets.push(quoteIdentifier(extra.name));
    values.push(extraValue(extra));
  }
  const source = request.format === 'csv' ? csvReader(request) : fileReaderSql(request);
  if (request.format !== 'csv' && sourceColumns.length !== request.columns.length) {
    throw new Error(
      `loadFile: ${request.file} has ${sourceColumns.length} columns, ${request.columns.length} targets given`,
    );
  }
  if (request.createTable) {
    const select = values.map((v, i) => `${v} AS ${targets[i]}`).join(', ');
    return `CREATE TABLE ${qualifiedName(request.table)} AS SELECT ${select} FROM ${source}`;
  }
  return `INSERT INTO ${qualifiedName(request.table)} (${targets.join(', ')}) SELECT ${values.join(', ')} FROM ${source}`;
}

/** The reader expression alone, for `DESCRIBE SELECT * FROM …`. */
export function fileReaderSql(request: FileLoadRequest): string {
  return request.format === 'parquet'
    ? `read_parquet(${quoteLiteral(request.file)})`
    : `read_json(${quoteLiteral(request.file)}, format = 'newline_delimited')`;
}

/** DuckDB reports unreadable input with these error classes; anything else is a real failure. */
export function isInputError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /^(Invalid Input Error|Conversion Error|Invalid Error)|CSV|UTF-8|unicode/i.test(message);
}
