import { quoteIdentifier, quoteLiteral, qualifiedName } from '../sql-text.js';
import type { FileLoadRequest } from '../engine.js';

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

/**
 * The `INSERT … SELECT` a native file load runs. File columns are read as text (parquet values are cast
 * to VARCHAR); `row_number() OVER ()` keeps file order because DuckDB preserves insertion order.
 */
export function fileLoadSql(request: FileLoadRequest, sourceColumns: readonly string[]): string {
  const targets = request.columns.map(quoteIdentifier);
  const values =
    request.format === 'csv'
      ? request.columns.map((_, i) => `c${i + 1}`)
      : sourceColumns.map((c) => `CAST(${quoteIdentifier(c)} AS VARCHAR)`);
  if (request.ordinalColumn) {
    targets.push(quoteIdentifier(request.ordinalColumn));
    values.push('row_number() OVER ()');
  }
  for (const [column, value] of Object.entries(request.constants ?? {})) {
    targets.push(quoteIdentifier(column));
    values.push(quoteLiteral(value));
  }
  const source = request.format === 'csv' ? csvReader(request) : fileReaderSql(request);
  if (request.format !== 'csv' && sourceColumns.length !== request.columns.length) {
    throw new Error(
      `loadFile: ${request.file} has ${sourceColumns.length} columns, ${request.columns.length} targets given`,
    );
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
