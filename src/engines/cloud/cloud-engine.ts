import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { csvLine } from '../csv-text.js';
import type {
  Engine,
  FileLoadRequest,
  ReadOnlySession,
  Row,
  SandboxSession,
  SqlParam,
  SqlSession,
  TableInfo,
  TableRef,
  TextRow,
} from '../engine.js';
import { requireQuery } from '../sandbox-sql.js';
import { CloudEngineError, type CloudConnection, type CloudPlatform } from './cloud-platform.js';
import { TransactionStatements } from './transaction-statements.js';

/** Rows per CSV file handed to the platform's bulk path. */
const ROWS_PER_FILE = 1_000_000;

/** A session on one connection: the engine's own, or the one a transaction runs on. */
class CloudSession implements SqlSession {
  readonly dialect;
  constructor(
    protected readonly platform: CloudPlatform,
    protected readonly connection: () => Promise<CloudConnection>,
    /** Inside a transaction where DDL commits implicitly: orders statements around BEGIN. */
    private readonly statements?: TransactionStatements,
  ) {
    this.dialect = platform.dialect;
  }

  async execute(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    if (this.statements) return this.statements.execute(sql, params);
    return (await (await this.connection()).run(sql, params)).changed;
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    if (this.statements) return (await this.statements.query(sql, params)) as T[];
    return (await (await this.connection()).run(sql, params)).rows as T[];
  }

  /** Rows come from the driver's chunked fetch, never the whole result in memory. */
  async *stream(sql: string, params: readonly SqlParam[] = [], batchSize = 10_000): AsyncIterable<Row[]> {
    if (this.statements && !this.statements.readsOutside()) await this.statements.begin();
    yield* (await this.connection()).stream(sql, params, batchSize);
  }

  /** Never row by row: the rows become CSV files that the platform's bulk path copies into the table. */
  async bulkInsert(
    table: TableRef,
    columns: readonly string[],
    batches: AsyncIterable<readonly TextRow[]>,
  ): Promise<number> {
    const dir = await mkdtemp(join(tmpdir(), `ggm-${this.platform.kind}-`));
    let loaded = 0;
    let part = 0;
    try {
      let file = '';
      let out: ReturnType<typeof createWriteStream> | undefined;
      let inFile = 0;
      const flush = async () => {
        if (!out) return;
        out.end();
        await finished(out);
        out = undefined;
        loaded += await this.loadCsvFile(file, table, columns);
      };
      for await (const rows of batches) {
        for (const row of rows) {
          if (!out) {
            file = join(dir, `part-${++part}.csv`);
            out = createWriteStream(file);
            out.write(csvLine(columns));
            inFile = 0;
          }
          if (!out.write(csvLine(row))) await new Promise<void>((r) => out!.once('drain', () => r()));
          if (++inFile >= ROWS_PER_FILE) await flush();
        }
      }
      await flush();
      return loaded;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async loadCsvFile(file: string, table: TableRef, columns: readonly string[]): Promise<number> {
    if (this.statements) await this.statements.begin();
    return this.platform.loadCsv(await this.connection(), file, table, columns);
  }

  async *exportCsv(sql: string): AsyncIterable<Buffer> {
    let header = true;
    for await (const rows of this.stream(sql)) {
      let text = '';
      for (const row of rows) {
        if (header) text += csvLine(Object.keys(row));
        header = false;
        text += csvLine(Object.values(row).map(csvValue));
      }
      if (text) yield Buffer.from(text, 'utf8');
    }
  }

  loadFile(request: FileLoadRequest): Promise<number> {
    return Promise.reject(
      new Error(`${this.platform.kind} reads no local ${request.format} files natively; stream the rows`),
    );
  }

  async listTables(schema?: string): Promise<TableInfo[]> {
    return this.platform.listTables(await this.connection(), schema);
  }

  async describeTable(table: TableRef): Promise<TableInfo | undefined> {
    return (await this.platform.listTables(await this.connection(), table.schema, table.name))[0];
  }
}

/** A value as the CSV exchange writes it: text, ISO timestamps, NULL as an empty field. */
function csvValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** A read-only session for user SQL on its own connection: queries only, one statement per call. */
class CloudSandboxSession implements SandboxSession {
  readonly kind;
  readonly dialect;
  closed = false;
  constructor(
    private readonly platform: CloudPlatform,
    private readonly connection: CloudConnection,
  ) {
    this.kind = platform.kind;
    this.dialect = platform.dialect;
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    requireQuery(sql, this.platform.queryKeywords);
    if (/;\s*\S/.test(sql.replace(/;\s*$/, '')))
      throw new CloudEngineError('GGM-E001', 'the sandbox runs one statement at a time');
    return (await this.connection.run(sql, params)).rows as T[];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }
}

/**
 * An `Engine` on a cloud platform through its vendor's driver. The engine's own statements share one
 * session; a transaction opens its own. Where DDL commits implicitly (`transactionalDdl: false`), the
 * transaction's DDL runs before its BEGIN and the dropping of stage tables after its COMMIT.
 */
export class CloudEngine extends CloudSession implements Engine {
  readonly kind;
  readonly capabilities;
  readonly description;
  private main: Promise<CloudConnection> | undefined;

  constructor(platform: CloudPlatform) {
    super(platform, () => (this.main ??= platform.connect()));
    this.kind = platform.kind;
    this.capabilities = platform.capabilities;
    this.description = platform.description;
  }

  /** Opens the engine's session now, so a wrong host or credential shows when the engine opens. */
  static async open(platform: CloudPlatform): Promise<CloudEngine> {
    const engine = new CloudEngine(platform);
    await engine.listTables('meta');
    return engine;
  }

  async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    const connection = await this.platform.connect();
    const statements = new TransactionStatements(
      connection,
      this.platform.transactionSql,
      this.capabilities.transactionalDdl,
    );
    try {
      const result = await fn(new CloudSession(this.platform, () => Promise.resolve(connection), statements));
      await statements.commit();
      return result;
    } catch (error) {
      await statements.rollback().catch(() => undefined);
      throw error;
    } finally {
      await connection.close().catch(() => undefined);
    }
  }

  async sandboxed<T>(fn: (session: ReadOnlySession) => Promise<T>): Promise<T> {
    const session = await this.openSandbox();
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  }

  /**
   * User SQL on its own session, queries only. The platform's own grants decide what it may read: give
   * the engine's principal no more than reading silver and gold where users query through it.
   */
  async openSandbox(): Promise<SandboxSession> {
    return new CloudSandboxSession(this.platform, await this.platform.connect());
  }

  async close(): Promise<void> {
    const main = this.main;
    this.main = undefined;
    if (main) await (await main).close();
  }
}
