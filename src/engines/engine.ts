import type { RuntimeEngineName } from '../dialects/engine-names.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
/**
 * The one interface every warehouse engine implements. Code outside `src/engines/<engine>/` talks to a
 * database only through these types, so behaviour is the same on DuckDB and PostgreSQL; differences are
 * declared as data in `EngineCapabilities`, never tested by engine name elsewhere.
 */

/** The engines a project runs on here, as the one engine registry lists them. */
export type EngineKind = RuntimeEngineName;

/**
 * Values as they come out of every engine, normalised: integers as `number` (as `bigint` beyond 2^53),
 * exact decimals as `string`, floats as `number`, timestamps as `Date` (naive timestamps read as UTC),
 * dates as `YYYY-MM-DD` strings, anything else (lists, structs, intervals, …) as text.
 */
export type SqlValue = string | number | bigint | boolean | Date | null;
export type Row = Record<string, SqlValue>;

/** Parameters are positional, written `$1`, `$2` … on every engine. */
export type SqlParam = string | number | bigint | boolean | Date | null;

/** A table name in a schema; both are quoted by the engine, never spliced in raw. */
export interface TableRef {
  schema: string;
  name: string;
}

export interface ColumnInfo {
  name: string;
  /** The engine's own type name (`VARCHAR`, `character varying`, `BIGINT` …). */
  type: string;
  nullable: boolean;
}

export interface TableInfo extends TableRef {
  columns: ColumnInfo[];
}

/** A row of text cells for bulk loading; `null` is SQL NULL. The engine parses text into column types. */
export type TextRow = readonly (string | null)[];

/** A file format an engine can read natively, without streaming the rows through JavaScript. */
export type NativeFileFormat = 'csv' | 'parquet' | 'json';

export interface CsvReadOptions {
  delimiter: string;
  quote: string;
  /** Escape character inside quoted fields; equal to `quote` for doubled quotes (`""`). */
  escape: string;
  header: boolean;
}

/** A target column a file load fills itself: one value on every row, or the row's position in the file. */
export type ExtraColumn = { name: string; value: string | Date } | { name: string; ordinal: true };

/**
 * Insert the rows of a file into a table, every file column as text. Used for the fast bronze path; an
 * engine that cannot read the input exactly as asked throws `FileLoadError` and the caller falls back
 * to parsing the file in JavaScript.
 */
export interface FileLoadRequest {
  file: string;
  format: NativeFileFormat;
  /** Required for `csv`; the file must be UTF-8. */
  csv?: CsvReadOptions;
  table: TableRef;
  /** Target column for each column of the file, in file order. */
  columns: readonly string[];
  /**
   * Columns after the file's: constants (text → VARCHAR, Date → TIMESTAMP) or the 1-based position of
   * the row in the file (BIGINT, after any header).
   */
  extraColumns?: readonly ExtraColumn[];
  /**
   * Create the table from the file (`CREATE TABLE … AS`, file columns VARCHAR) instead of inserting into
   * an existing one: the fastest path for a first load. Must run in a transaction to be atomic.
   */
  createTable?: boolean;
}

/** The engine rejected the input of a native file load (malformed CSV, invalid UTF-8 …). */
export class FileLoadError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'FileLoadError';
  }
}

/**
 * Capabilities as data, with cautious defaults: callers branch on these, never on `kind`.
 * A new engine states every flag; the conformance suite checks the declared behaviour.
 */
export interface EngineCapabilities {
  /** Whether CREATE/ALTER/DROP take part in transactions (rolled back with the data). */
  transactionalDdl: boolean;
  /** Formats `loadFile` reads natively; empty when the engine has no file readers. */
  nativeFileFormats: readonly NativeFileFormat[];
  /** How `bulkInsert` moves rows: the DuckDB appender or PostgreSQL `COPY FROM STDIN`. */
  bulkInsert: 'appender' | 'copy-from-stdin';
  /** Whether `MERGE INTO` is available. */
  supportsMerge: boolean;
  /** Identifiers longer than this are cut (PostgreSQL: 63 bytes) or rejected: the dialect's limit. */
  maxIdentifierLength: number;
  /** Whether several connections or processes may write at once (DuckDB: one writing process). */
  concurrentWriters: boolean;
}

/** What can run on a connection: directly on the engine, or inside `transaction`. */
export interface SqlSession {
  /** The engine's SQL dialect: names (shortened and quoted), types and query syntax. */
  readonly dialect: SqlDialect;
  /** Runs one statement (DDL or DML) and returns the number of rows changed (0 for DDL). */
  execute(sql: string, params?: readonly SqlParam[]): Promise<number>;
  /** Runs a query and returns all rows. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs a query and yields its rows in batches of `batchSize` (the last smaller), never all in memory. */
  stream(sql: string, params?: readonly SqlParam[], batchSize?: number): AsyncIterable<Row[]>;
  /**
   * Appends text rows to `table` through the engine's bulk path (never row-by-row INSERT). `columns` names
   * the target columns in row order. Returns the number of rows inserted.
   */
  bulkInsert(
    table: TableRef,
    columns: readonly string[],
    batches: AsyncIterable<readonly TextRow[]>,
  ): Promise<number>;
  /**
   * Streams a query's result as UTF-8 CSV (header line, `,`, `"`; NULL as an unquoted empty field, an
   * empty string as `""`): PostgreSQL through `COPY … TO STDOUT`. Used to read other databases as sources.
   */
  exportCsv(sql: string): AsyncIterable<Buffer>;
  /** Loads a file natively; only for formats in `capabilities.nativeFileFormats`. Returns the rows inserted. */
  loadFile(request: FileLoadRequest): Promise<number>;
  /** The tables of a schema (or of all user schemas) with their columns, in column order. */
  listTables(schema?: string): Promise<TableInfo[]>;
  describeTable(table: TableRef): Promise<TableInfo | undefined>;
}

/**
 * What SQL a user wrote (`ggm query`, custom checks, later the governed API) runs on: queries only,
 * inside the sandbox `Engine.sandboxed` opens. Nothing it runs can change the warehouse, read files
 * outside the allowed directories, reach the network or change the session's settings or role.
 */
export interface ReadOnlySession {
  readonly kind: EngineKind;
  readonly dialect: SqlDialect;
  /** Runs one statement that reads; a sandbox violation throws `SandboxError` (GGM-E001). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

/** A sandboxed session that stays open for many reads (the governed API); the caller closes it. */
export interface SandboxSession extends ReadOnlySession {
  /** True once the connection is closed or lost; open a new session then. */
  readonly closed: boolean;
  /**
   * When the engine can tell: true while the session still sees what a new one would (DuckDB: the
   * warehouse file and its WAL unchanged since the session was opened), so a reader may keep it past its
   * age instead of opening a new one.
   */
  unchanged?(): Promise<boolean>;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /**
   * Directories (absolute) whose files user SQL may read, e.g. the project folder and its `allow_paths`
   * (DuckDB `allowed_directories`); without them no file at all. Engines that cannot read files ignore it.
   */
  allowedDirectories?: readonly string[];
  /**
   * `openSandbox` only: how many statements the session may run at once, each on its own sandboxed
   * connection (DuckDB: connections of the one read-only instance; PostgreSQL: at most 2 connections of
   * the engine's pool). Default 1. Every connection runs one statement at a time.
   */
  connections?: number;
}

/**
 * Codes of sandbox problems: GGM-E001 the sandbox refused a statement (a write, a file or network
 * access, a privileged function, a change of role or settings); GGM-E002 the sandbox cannot be opened
 * (an in-memory DuckDB, a PostgreSQL role that may read server files but cannot create `ggm_reader`).
 */
export type SandboxErrorCode = 'GGM-E001' | 'GGM-E002';

/** A statement the sandbox refused, or a sandbox that cannot be opened; the message is one line. */
export class SandboxError extends Error {
  constructor(
    readonly code: SandboxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}

export interface Engine extends SqlSession {
  readonly kind: EngineKind;
  readonly capabilities: EngineCapabilities;
  /** Where the engine points, safe to print (passwords removed). */
  readonly description: string;
  /**
   * Runs `fn` in one transaction on its own connection: committed when `fn` resolves, rolled back when it
   * throws (the error is rethrown). Statements outside `fn` do not see its changes until the commit.
   */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` on a read-only session for user SQL, on its own connection, and closes it afterwards:
   * DuckDB opens a second, read-only instance of the warehouse file with external access off (only
   * `allowedDirectories`), extension autoinstall/autoload off and the configuration locked; PostgreSQL
   * runs a READ ONLY transaction (always rolled back) as the NOLOGIN role `ggm_reader` when the
   * connecting role is privileged, one statement per call, no role or setting changes. The engine's own
   * connections (loads, builds) are not affected. Throws `SandboxError` GGM-E002 when it cannot be opened.
   */
  sandboxed<T>(fn: (session: ReadOnlySession) => Promise<T>, options?: SandboxOptions): Promise<T>;
  /**
   * A long-lived session with the same guarantees as `sandboxed`, for a server that reads many times a
   * second. DuckDB: one read-only instance of the file as it was when opened (open a new session to see
   * later runs); PostgreSQL: one connection, each query in its own READ ONLY transaction (always rolled
   * back) as `ggm_reader` when the connecting role is privileged, so every query sees committed data.
   */
  openSandbox(options?: SandboxOptions): Promise<SandboxSession>;
  close(): Promise<void>;
}

/** The warehouse layers every project database has. */
export const WAREHOUSE_SCHEMAS = ['bronze', 'silver', 'gold', 'meta'] as const;
