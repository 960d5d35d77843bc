import { postgresDialect } from '../../dialects/postgres/postgres-dialect.js';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { csvLine } from '../csv-text.js';
import { SandboxPool } from '../sandbox-pool.js';
import type {
  Engine,
  EngineCapabilities,
  FileLoadRequest,
  ReadOnlySession,
  SandboxOptions,
  SandboxSession,
  Row,
  SqlParam,
  SqlSession,
  TableInfo,
  TableRef,
  TextRow,
} from '../engine.js';
import { describeTableFromInformationSchema, listTablesFromInformationSchema } from '../introspection.js';
import { qualifiedName, quoteIdentifier } from '../sql-text.js';
import { pgTypes, toPgParam } from './postgres-types.js';
import {
  PostgresLongSandboxSession,
  PostgresSandboxSession,
  prepareSandboxRole,
} from './postgres-sandbox.js';

const POSTGRES_DIALECT = postgresDialect();

export const POSTGRES_CAPABILITIES: EngineCapabilities = {
  transactionalDdl: true,
  nativeFileFormats: [],
  bulkInsert: 'copy-from-stdin',
  supportsMerge: true,
  maxIdentifierLength: POSTGRES_DIALECT.maxIdentifierLength,
  concurrentWriters: true,
};

/** Either the pool (each call may use another connection) or one checked-out client. */
type Queryable = pg.Pool | pg.PoolClient;

let cursorCount = 0;

class PostgresSession implements SqlSession {
  readonly dialect = POSTGRES_DIALECT;
  constructor(
    protected readonly db: Queryable,
    /** Set when `db` is a client inside an open transaction: cursors can be declared directly. */
    private readonly inTransaction: boolean,
  ) {}

  async execute(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    const result = await this.db.query(sql, params.map(toPgParam));
    return result.rowCount ?? 0;
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const result = await this.db.query(sql, params.map(toPgParam));
    return result.rows as T[];
  }

  /** Client-side memory stays bounded: rows come from a server-side cursor, `batchSize` at a time. */
  async *stream(sql: string, params: readonly SqlParam[] = [], batchSize = 10_000): AsyncIterable<Row[]> {
    const client = await this.checkout();
    const cursor = `ggm_cursor_${++cursorCount}`;
    let ok = false;
    try {
      if (!this.inTransaction) await client.query('BEGIN');
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, params.map(toPgParam));
      for (;;) {
        const result = await client.query(`FETCH ${batchSize} FROM ${cursor}`);
        if (result.rows.length === 0) break;
        yield result.rows as Row[];
      }
      await client.query(`CLOSE ${cursor}`);
      ok = true;
    } finally {
      if (!this.inTransaction) await client.query(ok ? 'COMMIT' : 'ROLLBACK').catch(() => undefined);
      this.release(client);
    }
  }

  async bulkInsert(
    table: TableRef,
    columns: readonly string[],
    batches: AsyncIterable<readonly TextRow[]>,
  ): Promise<number> {
    const client = await this.checkout();
    try {
      const copy = client.query(
        copyFrom(
          `COPY ${qualifiedName(this.dialect, table)} (${columns.map((c) => quoteIdentifier(this.dialect, c)).join(', ')}) FROM STDIN WITH (FORMAT csv)`,
        ),
      );
      async function* lines(): AsyncIterable<string> {
        for await (const rows of batches) {
          let chunk = '';
          for (const row of rows) chunk += csvLine(row);
          if (chunk) yield chunk;
        }
      }
      await pipeline(Readable.from(lines()), copy);
      return copy.rowCount;
    } finally {
      this.release(client);
    }
  }

  async *exportCsv(sql: string): AsyncIterable<Buffer> {
    const client = await this.checkout();
    try {
      const out = client.query(
        copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`),
      );
      for await (const chunk of out as AsyncIterable<Buffer>) yield chunk;
    } finally {
      this.release(client);
    }
  }

  loadFile(request: FileLoadRequest): Promise<number> {
    return Promise.reject(
      new Error(`postgres cannot read ${request.format} files natively; stream the rows`),
    );
  }

  listTables(schema?: string): Promise<TableInfo[]> {
    return listTablesFromInformationSchema(this, schema);
  }

  describeTable(table: TableRef): Promise<TableInfo | undefined> {
    return describeTableFromInformationSchema(this, table);
  }

  private async checkout(): Promise<pg.PoolClient> {
    return this.db instanceof pg.Pool ? this.db.connect() : (this.db as pg.PoolClient);
  }

  private release(client: pg.PoolClient): void {
    if (this.db instanceof pg.Pool) client.release();
  }
}

/** Removes the password from a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(invalid url)';
  }
}

export class PostgresEngine extends PostgresSession implements Engine {
  readonly kind = 'postgres' as const;
  readonly capabilities = POSTGRES_CAPABILITIES;
  readonly description: string;

  private constructor(
    private readonly pool: pg.Pool,
    url: string,
  ) {
    super(pool, false);
    this.description = redactUrl(url);
  }

  /** Connects (and checks the connection) to `postgres://…`; sessions run in UTC. */
  static async open(url: string, options: { maxConnections?: number } = {}): Promise<PostgresEngine> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      types: pgTypes,
      options: '-c TimeZone=UTC',
    });
    // an idle client that loses its server must not crash the process
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresEngine(pool, url);
  }

  async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      let result: T;
      try {
        result = await fn(new PostgresSession(client, true));
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      }
      await client.query('COMMIT');
      return result;
    } finally {
      client.release(broken);
    }
  }

  /**
   * User SQL in a READ ONLY transaction that is always rolled back, as `ggm_reader` when the connecting
   * role is privileged (a superuser may call pg_read_file even read-only). PostgreSQL reads no files
   * for queries, so `options` has nothing to allow.
   */
  async sandboxed<T>(fn: (session: ReadOnlySession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const role = await prepareSandboxRole(client);
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        if (role) await client.query(`SET LOCAL ROLE ${role}`);
        return await fn(new PostgresSandboxSession(client, this.dialect));
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
      }
    } finally {
      // the connection user SQL ran on is closed, never handed to the pool again
      client.release(true);
    }
  }

  async openSandbox(options: SandboxOptions = {}): Promise<SandboxSession> {
    // At most 2 of the engine's pool (4 by default): the rest stays for the server's own statements.
    const size = Math.min(2, Math.max(1, Math.floor(options.connections ?? 1)));
    const sessions: SandboxSession[] = [];
    try {
      for (let i = 0; i < size; i++) sessions.push(await this.openSandboxConnection());
    } catch (error) {
      for (const s of sessions) await s.close().catch(() => undefined);
      throw error;
    }
    return sessions.length === 1 ? sessions[0]! : new SandboxPool(sessions);
  }

  private async openSandboxConnection(): Promise<SandboxSession> {
    const client = await this.pool.connect();
    try {
      const role = await prepareSandboxRole(client);
      return new PostgresLongSandboxSession(client, this.dialect, role);
    } catch (error) {
      client.release(true);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
