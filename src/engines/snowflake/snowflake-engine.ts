import { randomUUID } from 'node:crypto';
import { getDialect } from '../../dialects/dialect-registry.js';
import type { SnowflakeSpec } from '../../project/engine-spec.js';
import { CloudEngine } from '../cloud/cloud-engine.js';
import {
  CloudEngineError,
  cloudCapabilities,
  tablesFromColumns,
  type CloudConnection,
  type CloudPlatform,
  type StatementResult,
} from '../cloud/cloud-platform.js';
import { loadDriver, type CloudOpenOptions } from '../cloud/load-driver.js';
import { positionalParams } from '../cloud/sql-code-parts.js';
import type { Row, SqlParam, TableRef } from '../engine.js';
import { qualifiedName, quoteIdentifier, quoteLiteral } from '../sql-text.js';

/** The parts of `snowflake-sdk` the engine uses, as its documentation describes them. */
export interface SnowflakeDriver {
  createConnection(options: Record<string, unknown>): SnowflakeConnectionHandle;
}
interface SnowflakeConnectionHandle {
  connect(callback: (error: Error | undefined, connection: unknown) => void): void;
  execute(options: {
    sqlText: string;
    binds?: unknown[];
    streamResult?: boolean;
    complete: (error: Error | undefined, statement: SnowflakeStatement, rows: object[] | undefined) => void;
  }): unknown;
  destroy(callback: (error: Error | undefined, connection: unknown) => void): void;
}
interface SnowflakeStatement {
  getNumUpdatedRows(): number | undefined;
  /** With `streamResult: true`: the rows as an object-mode readable stream. */
  streamRows(): AsyncIterable<object>;
}

export const SNOWFLAKE_PACKAGE = 'snowflake-sdk';

const DIALECT = getDialect('snowflake');

const CAPABILITIES = cloudCapabilities(DIALECT);

/**
 * Every session: quoted names match the unquoted ones (bronze is written `"bronze"."x"`, the load SQL
 * `bronze.x`: both are BRONZE.X), timestamps in UTC.
 */
const SESSION_SETTINGS = "ALTER SESSION SET QUOTED_IDENTIFIERS_IGNORE_CASE = TRUE, TIMEZONE = 'UTC'";

/** Snowflake names unquoted result columns in upper case; the engines' callers read them as written. */
function foldKeys(row: object): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row))
    out[key === key.toUpperCase() ? key.toLowerCase() : key] = value as Row[string];
  return out;
}

function bindValue(value: SqlParam): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Snowflake binds by number (`:1`), so a repeated `$1` needs its value once. */
function statementOptions(sql: string, params: readonly SqlParam[]) {
  return {
    sqlText: positionalParams(sql, params, (n) => `:${n}`).sql,
    ...(params.length > 0 ? { binds: params.map(bindValue) } : {}),
  };
}

class SnowflakeConnection implements CloudConnection {
  constructor(private readonly handle: SnowflakeConnectionHandle) {}

  run(sql: string, params: readonly SqlParam[] = []): Promise<StatementResult> {
    return new Promise((resolve, reject) => {
      this.handle.execute({
        ...statementOptions(sql, params),
        complete: (error, statement, rows) => {
          if (error) return reject(error);
          const changed = statement.getNumUpdatedRows() ?? 0;
          resolve({ rows: (rows ?? []).map(foldKeys), changed: Number(changed) });
        },
      });
    });
  }

  async *stream(sql: string, params: readonly SqlParam[], batchSize: number): AsyncIterable<Row[]> {
    const statement = await new Promise<SnowflakeStatement>((resolve, reject) => {
      this.handle.execute({
        ...statementOptions(sql, params),
        streamResult: true,
        complete: (error, statement) => (error ? reject(error) : resolve(statement)),
      });
    });
    let batch: Row[] = [];
    for await (const row of statement.streamRows()) {
      batch.push(foldKeys(row));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.handle.destroy((error) => (error ? reject(error) : resolve())),
    );
  }
}

class SnowflakePlatform implements CloudPlatform {
  readonly kind = 'snowflake' as const;
  readonly dialect = DIALECT;
  readonly capabilities = CAPABILITIES;
  readonly description: string;
  readonly transactionSql = { begin: 'BEGIN TRANSACTION', commit: 'COMMIT', rollback: 'ROLLBACK' };
  readonly queryKeywords = ['select', 'with', 'values'];

  constructor(
    private readonly spec: SnowflakeSpec,
    private readonly driver: SnowflakeDriver,
    private readonly credentials: Record<string, string>,
  ) {
    this.description = `snowflake://${spec.account}/${spec.database}`;
  }

  async connect(): Promise<SnowflakeConnection> {
    const handle = this.driver.createConnection({
      account: this.spec.account,
      database: this.spec.database,
      ...(this.spec.warehouse ? { warehouse: this.spec.warehouse } : {}),
      ...(this.spec.role ? { role: this.spec.role } : {}),
      application: 'ggm-platform',
      ...this.credentials,
    });
    await new Promise<void>((resolve, reject) =>
      handle.connect((error) => (error ? reject(error) : resolve())),
    );
    const connection = new SnowflakeConnection(handle);
    try {
      await connection.run(SESSION_SETTINGS);
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
    return connection;
  }

  /** `PUT file://` into the user's internal stage, then `COPY INTO` (which purges the staged file). */
  async loadCsv(connection: CloudConnection, file: string, table: TableRef, columns: readonly string[]) {
    const stage = `@~/ggm/${randomUUID()}`;
    await connection.run(`PUT ${quoteLiteral(`file://${file}`)} ${stage} AUTO_COMPRESS = TRUE`);
    const { rows } = await connection.run(
      `COPY INTO ${qualifiedName(this.dialect, table)} (${columns.map((c) => quoteIdentifier(this.dialect, c)).join(', ')})
  FROM ${stage}
  FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"' EMPTY_FIELD_AS_NULL = TRUE NULL_IF = () ENCODING = 'UTF8')
  ON_ERROR = ABORT_STATEMENT PURGE = TRUE`,
    );
    // one row per file: rows_loaded, or a status without it when the file was loaded before
    const loaded = rows.reduce((n, r) => n + Number(r['rows_loaded'] ?? 0), 0);
    if (rows.length === 0) throw new CloudEngineError('GGM-R103', `snowflake loaded no file from ${stage}`);
    return loaded;
  }

  async listTables(connection: CloudConnection, schema?: string, table?: string) {
    const params: SqlParam[] = [];
    let filter = "table_schema <> 'INFORMATION_SCHEMA'";
    if (schema !== undefined) filter += ` AND table_schema = UPPER($${params.push(schema)})`;
    if (table !== undefined) filter += ` AND table_name = UPPER($${params.push(table)})`;
    const { rows } = await connection.run(
      `SELECT table_schema, table_name, column_name, data_type, is_nullable
         FROM information_schema.columns
        WHERE ${filter}
        ORDER BY table_schema, table_name, ordinal_position`,
      params,
    );
    // names are stored folded to upper case (QUOTED_IDENTIFIERS_IGNORE_CASE); callers name them in lower
    return tablesFromColumns(rows, (n) => n.toLowerCase());
  }
}

/**
 * The user from SNOWFLAKE_USER and either an OAuth token (SNOWFLAKE_TOKEN) or a password
 * (SNOWFLAKE_PASSWORD); never from ggm.yaml or argv.
 */
function snowflakeCredentials(env: Record<string, string | undefined>): Record<string, string> {
  const username = env['SNOWFLAKE_USER'];
  const token = env['SNOWFLAKE_TOKEN'];
  const password = env['SNOWFLAKE_PASSWORD'];
  if (token) return { authenticator: 'OAUTH', token, ...(username ? { username } : {}) };
  if (username && password) return { username, password };
  throw new CloudEngineError(
    'GGM-I121',
    'the snowflake engine reads its credentials from the environment: SNOWFLAKE_TOKEN (OAuth), or SNOWFLAKE_USER and SNOWFLAKE_PASSWORD; none is set',
  );
}

/** Opens a Snowflake database through `snowflake-sdk`. */
export async function openSnowflakeEngine(spec: SnowflakeSpec, options: CloudOpenOptions = {}) {
  const credentials = snowflakeCredentials(options.env ?? process.env);
  const driver = await loadDriver<SnowflakeDriver>(SNOWFLAKE_PACKAGE, 'snowflake', options.importer);
  return CloudEngine.open(new SnowflakePlatform(spec, driver, credentials));
}
