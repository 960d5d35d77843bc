import { duckdbDialect } from '../../dialects/duckdb/duckdb-dialect.js';
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import {
  FileLoadError,
  SandboxError,
  type Engine,
  type EngineCapabilities,
  type FileLoadRequest,
  type ReadOnlySession,
  type Row,
  type SandboxOptions,
  type SandboxSession,
  type SqlParam,
  type SqlSession,
  type SqlValue,
  type TableInfo,
  type TableRef,
  type TextRow,
} from '../engine.js';
import { csvLine } from '../csv-text.js';
import { SandboxPool } from '../sandbox-pool.js';
import { firstLine, requireQuery } from '../sandbox-sql.js';
import { qualifiedName, quoteLiteral } from '../sql-text.js';
import { describeTableFromInformationSchema, listTablesFromInformationSchema } from '../introspection.js';
import { fileLoadSql, fileReaderSql, isInputError } from './duckdb-file-loader.js';
import { toDuckDbParam, toSqlValue } from './duckdb-values.js';
import { memoryConfig } from './duckdb-memory.js';

export const DUCKDB_CAPABILITIES: EngineCapabilities = {
  transactionalDdl: true,
  nativeFileFormats: ['csv', 'parquet', 'json'],
  bulkInsert: 'appender',
  supportsMerge: true,
  maxIdentifierLength: duckdbDialect.maxIdentifierLength,
  concurrentWriters: false,
};

export interface DuckDbOptions {
  /** Database file, or `:memory:`. */
  path: string;
  threads?: number;
  /**
   * DuckDB's `memory_limit`: an amount (`4GB`, `512MB`) or a share of the machine's memory (`40%`).
   * Default `DEFAULT_MEMORY_SHARE` of RAM; beyond it DuckDB spills to `tempDirectory`.
   */
  memoryLimit?: string;
  /** Where DuckDB spills what does not fit; default `<warehouse>.tmp` beside the file. */
  tempDirectory?: string;
}

/** Statements on one DuckDB connection: the engine's own, or a transaction's. */
class DuckDbSession implements SqlSession {
  readonly dialect = duckdbDialect;
  constructor(protected readonly connection: DuckDBConnection) {}

  async execute(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    const result = await this.connection.run(sql, params.map(toDuckDbParam));
    return result.rowsChanged;
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params.map(toDuckDbParam));
    return rowObjects(reader.columnNames(), reader.convertRows(toSqlValue)) as T[];
  }

  async *stream(sql: string, params: readonly SqlParam[] = [], batchSize = 10_000): AsyncIterable<Row[]> {
    const result = await this.connection.stream(sql, params.map(toDuckDbParam));
    let batch: Row[] = [];
    const names = result.columnNames();
    for await (const rows of result.yieldConvertedRows(toSqlValue)) {
      for (const row of rowObjects(names, rows)) {
        batch.push(row);
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  async bulkInsert(
    table: TableRef,
    columns: readonly string[],
    batches: AsyncIterable<readonly TextRow[]>,
  ): Promise<number> {
    const info = await this.describeTable(table);
    if (!info) throw new Error(`bulkInsert: no table ${table.schema}.${table.name}`);
    // The appender fills every column in table order: map ours onto it, the rest get their default.
    const positions = info.columns.map((c) => columns.indexOf(c.name));
    const missing = columns.filter((c) => !info.columns.some((t) => t.name === c));
    if (missing.length > 0) throw new Error(`bulkInsert: ${table.name} has no column ${missing.join(', ')}`);
    const appender = await this.connection.createAppender(table.name, table.schema);
    let count = 0;
    try {
      for await (const rows of batches) {
        for (const row of rows) {
          for (const p of positions) {
            if (p < 0) appender.appendDefault();
            else {
              const v = row[p];
              if (v === null || v === undefined) appender.appendNull();
              else appender.appendVarchar(v);
            }
          }
          appender.endRow();
        }
        count += rows.length;
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return count;
  }

  async *exportCsv(sql: string): AsyncIterable<Buffer> {
    const result = await this.connection.stream(`SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (${sql})`);
    yield Buffer.from(csvLine(result.columnNames()), 'utf8');
    for await (const rows of result.yieldRows()) {
      let chunk = '';
      for (const row of rows) chunk += csvLine(row as (string | null)[]);
      yield Buffer.from(chunk, 'utf8');
    }
  }

  async loadFile(request: FileLoadRequest): Promise<number> {
    try {
      const sourceColumns =
        request.format === 'csv'
          ? []
          : (
              await this.query<{ column_name: string }>(`DESCRIBE SELECT * FROM ${fileReaderSql(request)}`)
            ).map((r) => r.column_name);
      const changed = await this.execute(fileLoadSql(request, sourceColumns));
      if (!request.createTable) return changed;
      const [row] = await this.query<{ n: number }>(
        `SELECT count(*) AS n FROM ${qualifiedName(this.dialect, request.table)}`,
      );
      return row?.n ?? 0;
    } catch (error) {
      if (isInputError(error)) throw new FileLoadError((error as Error).message, request.file);
      throw error;
    }
  }

  listTables(schema?: string): Promise<TableInfo[]> {
    return listTablesFromInformationSchema(this, schema);
  }

  describeTable(table: TableRef): Promise<TableInfo | undefined> {
    return describeTableFromInformationSchema(this, table);
  }
}

/** Statements that read, the only ones the sandbox runs. */
const DUCKDB_QUERY_KEYWORDS = [
  'select',
  'with',
  'values',
  'table',
  'from',
  'describe',
  'show',
  'summarize',
  'pivot',
  'unpivot',
  'explain',
];

/** DuckDB's messages for what the sandbox's configuration refuses. */
const DUCKDB_REFUSALS =
  /^Permission Error|read-only mode|configuration has been locked|disabled by configuration|disabled through configuration/i;

/** Prepared statements a sandbox connection keeps (the server's reads repeat a few texts). */
const PREPARED_CACHE_SIZE = 64;

/**
 * The user-SQL session on one connection of the sandbox instance; violations become `SandboxError`
 * GGM-E001. One statement at a time: a DuckDB connection must never run two at once (it crashes), so
 * queries queue here. Statements are prepared once per text and kept (the instance is read-only, so a
 * prepared statement stays valid for the session's life).
 */
class DuckDbSandboxSession implements SandboxSession {
  readonly kind = 'duckdb' as const;
  readonly dialect = duckdbDialect;
  closed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();
  constructor(
    private readonly connection: DuckDBConnection,
    /** Closes the instance when this session owns it alone (`sandboxed`); a pool closes it itself. */
    private readonly instance?: DuckDBInstance,
  ) {}

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      const closing = this.queue.then(() => {
        this.prepared.clear();
        this.connection.closeSync(); // destroys the prepared statements too
        this.instance?.closeSync();
      });
      this.queue = closing;
      return closing;
    }
    return this.queue.then(() => undefined);
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    requireQuery(sql, DUCKDB_QUERY_KEYWORDS);
    if (this.closed) throw new SandboxError('GGM-E002', 'the sandbox session is closed');
    const run = this.queue.then(() => this.run<T>(sql, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<T extends Row>(sql: string, params: readonly SqlParam[]): Promise<T[]> {
    try {
      const statement = await this.statement(sql);
      statement.clearBindings();
      if (params.length > 0) statement.bind(params.map(toDuckDbParam));
      const reader = await statement.runAndReadAll();
      return rowObjects(reader.columnNames(), reader.convertRows(toSqlValue)) as T[];
    } catch (error) {
      if (error instanceof SandboxError) throw error;
      const message = firstLine(error);
      if (DUCKDB_REFUSALS.test(message))
        throw new SandboxError('GGM-E001', `the sandbox refused the statement: ${message}`);
      throw error;
    }
  }

  private async statement(sql: string): Promise<DuckDBPreparedStatement> {
    const cached = this.prepared.get(sql);
    if (cached) {
      this.prepared.delete(sql);
      this.prepared.set(sql, cached);
      return cached;
    }
    // DuckDB runs every statement of a text; the sandbox takes one, like PostgreSQL's extended protocol.
    const extracted = await this.connection.extractStatements(sql);
    if (extracted.count !== 1) throw new SandboxError('GGM-E001', 'the sandbox runs one statement at a time');
    const statement = await extracted.prepare(0);
    this.prepared.set(sql, statement);
    if (this.prepared.size > PREPARED_CACHE_SIZE) {
      const [oldest, evicted] = this.prepared.entries().next().value as [string, DuckDBPreparedStatement];
      this.prepared.delete(oldest);
      evicted.destroySync();
    }
    return statement;
  }
}

export class DuckDbEngine extends DuckDbSession implements Engine {
  readonly kind = 'duckdb' as const;
  readonly capabilities = DUCKDB_CAPABILITIES;

  private constructor(
    private readonly instance: DuckDBInstance,
    connection: DuckDBConnection,
    private readonly options: DuckDbOptions,
  ) {
    super(connection);
  }

  get description(): string {
    return `duckdb:${this.options.path}`;
  }

  static async open(options: DuckDbOptions): Promise<DuckDbEngine> {
    const instance = await DuckDBInstance.create(options.path, {
      ...threadConfig(options),
      ...memoryConfig(options),
    });
    const connection = await instance.connect();
    return new DuckDbEngine(instance, connection, options);
  }

  /**
   * A second instance of the warehouse file, opened read-only (committed data, the WAL included), with
   * extension autoinstall and autoload off, file access limited to `allowedDirectories`, external access
   * off and the configuration locked. The settings are the instance's, so the engine's own instance keeps
   * reading source files natively.
   */
  async sandboxed<T>(fn: (session: ReadOnlySession) => Promise<T>, options: SandboxOptions = {}): Promise<T> {
    const session = await this.openSandbox(options);
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  }

  async openSandbox(options: SandboxOptions = {}): Promise<SandboxSession> {
    const path = this.options.path;
    if (path === ':memory:' || path === '') {
      throw new SandboxError(
        'GGM-E002',
        'user SQL runs on a read-only copy of the warehouse file; an in-memory DuckDB has none',
      );
    }
    // Committed data into the file first, so the sandbox does not replay a long WAL; it reads the WAL
    // as well when another connection's transaction keeps the checkpoint from happening.
    await this.connection.run('CHECKPOINT').catch(() => undefined);
    // Taken before the instance opens: a write in between shows as a change (a needless renewal),
    // never the other way round.
    const opened = await fileState(path);
    const unchanged = async () => (await fileState(path)) === opened;
    let instance: DuckDBInstance;
    try {
      // The memory bound, not the spill directory: DuckDB's spill files are named per directory, not
      // per instance, so a sandbox keeps DuckDB's own default and never shares the engine's.
      instance = await DuckDBInstance.create(path, {
        ...threadConfig(this.options),
        memory_limit: memoryConfig(this.options).memory_limit,
        access_mode: 'READ_ONLY',
        autoinstall_known_extensions: 'false',
        autoload_known_extensions: 'false',
      });
    } catch (error) {
      throw new SandboxError('GGM-E002', `cannot open ${path} read-only for user SQL: ${firstLine(error)}`);
    }
    const connections: DuckDBConnection[] = [];
    try {
      const first = await instance.connect();
      connections.push(first);
      const dirs = (options.allowedDirectories ?? []).map((d) => {
        const full = resolve(d);
        return full.endsWith(sep) ? full : full + sep;
      });
      // Instance-wide settings, locked before any further connection is handed out.
      if (dirs.length > 0)
        await first.run(`SET allowed_directories = [${dirs.map(quoteLiteral).join(', ')}]`);
      await first.run('SET enable_external_access = false');
      await first.run('SET lock_configuration = true');
      const size = Math.max(1, Math.floor(options.connections ?? 1));
      if (size === 1) return Object.assign(new DuckDbSandboxSession(first, instance), { unchanged });
      for (let i = 1; i < size; i++) connections.push(await instance.connect());
      const pool = new SandboxPool(
        connections.map((c) => new DuckDbSandboxSession(c)),
        () => instance.closeSync(),
      );
      pool.unchanged = unchanged;
      return pool;
    } catch (error) {
      for (const c of connections) c.closeSync();
      instance.closeSync();
      throw error;
    }
  }

  async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    const connection = await this.instance.connect();
    try {
      await connection.run('BEGIN TRANSACTION');
      let result: T;
      try {
        result = await fn(new DuckDbSession(connection));
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
      await connection.run('COMMIT');
      return result;
    } finally {
      connection.closeSync();
    }
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** The warehouse file and its WAL as they are on disk: size, modification time and inode of each. */
async function fileState(path: string): Promise<string> {
  const one = (p: string) =>
    stat(p, { bigint: true }).then(
      (s) => `${s.ino}:${s.size}:${s.mtimeNs}`,
      () => '-',
    );
  return `${await one(path)}|${await one(`${path}.wal`)}`;
}

function threadConfig(options: DuckDbOptions): Record<string, string> {
  return options.threads ? { threads: String(options.threads) } : {};
}

/**
 * Rows as objects keyed by column name, by plain assignment (rows of one result share one object shape,
 * the cheapest to build). A column named `__proto__` (user SQL can name one) would set the prototype
 * that way instead of becoming a key, so such a result goes through `Object.fromEntries`, which defines
 * every key as an own property.
 */
function rowObjects(names: readonly string[], rows: readonly (SqlValue | null)[][]): Row[] {
  if (names.includes('__proto__'))
    return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? null])) as Row);
  return rows.map((r) => {
    const row: Row = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = r[i] ?? null;
    return row;
  });
}
