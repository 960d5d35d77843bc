import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { EngineCapabilities, EngineKind, Row, SqlParam, TableInfo, TableRef } from '../engine.js';

/** What one statement gave: its rows (none for DDL and DML) and the rows it changed. */
export interface StatementResult {
  rows: Row[];
  changed: number;
}

/** One session on the platform, adapted from the vendor's driver by the engine's folder. */
export interface CloudConnection {
  /** Runs one statement with `$1`, `$2` … parameters (the adapter rewrites them for its driver). */
  run(sql: string, params?: readonly SqlParam[]): Promise<StatementResult>;
  /** Runs a query and yields its rows in batches of about `batchSize`, fetched in chunks. */
  stream(sql: string, params: readonly SqlParam[], batchSize: number): AsyncIterable<Row[]>;
  close(): Promise<void>;
}

/**
 * What differs between the cloud platforms, as data and small functions; `CloudEngine` does the rest
 * the same way on each of them.
 */
export interface CloudPlatform {
  readonly kind: EngineKind;
  readonly dialect: SqlDialect;
  readonly capabilities: EngineCapabilities;
  /** Where the engine points, without secrets. */
  readonly description: string;
  readonly transactionSql: { begin: string; commit: string; rollback: string };
  /** First keywords of the statements the sandbox lets through. */
  readonly queryKeywords: readonly string[];
  /** Opens a session (the driver is already loaded, the credentials read). */
  connect(): Promise<CloudConnection>;
  /**
   * The platform's bulk path: uploads a UTF-8 CSV file (header line, every value quoted, NULL an
   * unquoted empty field) and copies it into `table`. Returns the rows loaded.
   */
  loadCsv(
    connection: CloudConnection,
    file: string,
    table: TableRef,
    columns: readonly string[],
  ): Promise<number>;
  /** Tables and columns from the platform's catalog, system schemas left out. */
  listTables(connection: CloudConnection, schema?: string, table?: string): Promise<TableInfo[]>;
}

/** A coded problem with a cloud engine: a missing driver or credential, or a statement it refuses. */
export class CloudEngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudEngineError';
  }
}

/** Rows of `information_schema.columns` (any letter case) grouped into tables, in column order. */
export function tablesFromColumns(
  rows: readonly Row[],
  fold: (name: string) => string = (n) => n,
): TableInfo[] {
  const tables = new Map<string, TableInfo>();
  for (const raw of rows) {
    const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
    const schema = fold(String(r['table_schema']));
    const name = fold(String(r['table_name']));
    const key = `${schema}\u0000${name}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { schema, name, columns: [] }));
    t.columns.push({
      name: fold(String(r['column_name'])),
      type: String(r['data_type']),
      nullable: String(r['is_nullable']).toUpperCase() === 'YES',
    });
  }
  return [...tables.values()];
}

/**
 * The capabilities every cloud platform shares: DDL kept out of the load transaction (Snowflake commits
 * an open transaction before DDL, Databricks' multi-statement transactions are new, Fabric's `IF NOT
 * EXISTS` tables run before `BEGIN TRAN`), bronze through the bulk path, MERGE, concurrent writers.
 */
export function cloudCapabilities(dialect: SqlDialect): EngineCapabilities {
  return {
    transactionalDdl: false,
    nativeFileFormats: [],
    bulkInsert: 'copy-from-stdin',
    supportsMerge: true,
    maxIdentifierLength: dialect.maxIdentifierLength,
    concurrentWriters: true,
  };
}
