import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import { quoteLiteral } from '../../engines/sql-text.js';
import { CsvStreamReader } from './csv-source.js';
import { UTF8_CSV } from './database-source.js';
import type { RecordSource } from './source-records.js';

/*
 * Parquet is read with an in-memory DuckDB, our Parquet library: the warehouse engine may be PostgreSQL.
 * Where the warehouse itself reads Parquet natively, the bronze loader uses that instead.
 */

/** The column names of a Parquet file. */
export async function parquetColumns(file: string): Promise<string[]> {
  const scratch = await DuckDbEngine.open({ path: ':memory:' });
  try {
    const rows = await scratch.query<{ column_name: string }>(
      `DESCRIBE SELECT * FROM read_parquet(${quoteLiteral(file)})`,
    );
    return rows.map((r) => r.column_name);
  } finally {
    await scratch.close();
  }
}

/** Streams a Parquet file's rows as text (values cast to VARCHAR by DuckDB), in file order. */
export async function openParquetFile(file: string): Promise<RecordSource> {
  const scratch = await DuckDbEngine.open({ path: ':memory:' });
  try {
    const reader = await CsvStreamReader.open(
      scratch.exportCsv(`SELECT * FROM read_parquet(${quoteLiteral(file)})`),
      UTF8_CSV,
    );
    return {
      columns: reader.columns,
      format: {},
      records: () => reader.records(),
      async close() {
        await reader.close();
        await scratch.close();
      },
    };
  } catch (error) {
    await scratch.close();
    throw error;
  }
}
