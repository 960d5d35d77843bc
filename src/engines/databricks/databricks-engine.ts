import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { getDialect } from '../../dialects/dialect-registry.js';
import type { DatabricksSpec } from '../../project/engine-spec.js';
import { CloudEngine } from '../cloud/cloud-engine.js';
import {
  cloudCapabilities,
  tablesFromColumns,
  type CloudConnection,
  type CloudPlatform,
  type StatementResult,
} from '../cloud/cloud-platform.js';
import { loadDriver, requireEnv, type CloudOpenOptions } from '../cloud/load-driver.js';
import { positionalParams } from '../cloud/sql-code-parts.js';
import type { Row, SqlParam, TableRef } from '../engine.js';
import { quoteIdentifier, quoteLiteral } from '../sql-text.js';
import { qualifyCatalog } from './databricks-names.js';

/** The parts of `@databricks/sql` the engine uses, as its documentation describes them. */
export interface DatabricksDriver {
  DBSQLClient: new () => DatabricksClient;
}
interface DatabricksClient {
  connect(options: { host: string; path: string; token: string }): Promise<DatabricksClient>;
  openSession(request?: { initialCatalog?: string; initialSchema?: string }): Promise<DatabricksSqlSession>;
  close(): Promise<void>;
}
interface DatabricksSqlSession {
  executeStatement(
    statement: string,
    options?: { runAsync?: boolean; ordinalParameters?: unknown[]; stagingAllowedLocalPath?: string[] },
  ): Promise<DatabricksOperation>;
  close(): Promise<unknown>;
}
interface DatabricksOperation {
  fetchAll(): Promise<object[]>;
  fetchChunk(options: { maxRows: number }): Promise<object[]>;
  hasMoreRows(): Promise<boolean>;
  close(): Promise<unknown>;
}

export const DATABRICKS_PACKAGE = '@databricks/sql';
/** The personal access token or OAuth token of the engine's principal. */
export const DATABRICKS_TOKEN_VARIABLE = 'DATABRICKS_TOKEN';

const DIALECT = getDialect('databricks');
const SESSION_SETTINGS = "SET TIME ZONE 'UTC'";

const CAPABILITIES = cloudCapabilities(DIALECT);

/** One Databricks SQL session: `$n` become ordinal `?` parameters, schemas get the catalog. */
class DatabricksConnection implements CloudConnection {
  constructor(
    private readonly client: DatabricksClient,
    private readonly session: DatabricksSqlSession,
    private readonly catalog: string,
  ) {}

  private execute(sql: string, params: readonly SqlParam[], stagingDir?: string) {
    const bound = positionalParams(qualifyCatalog(sql, this.catalog), params, () => '?');
    return this.session.executeStatement(bound.sql, {
      runAsync: true,
      ...(bound.params.length > 0 ? { ordinalParameters: bound.params } : {}),
      ...(stagingDir ? { stagingAllowedLocalPath: [stagingDir] } : {}),
    });
  }

  async *stream(sql: string, params: readonly SqlParam[], batchSize: number): AsyncIterable<Row[]> {
    const operation = await this.execute(sql, params);
    try {
      while (await operation.hasMoreRows()) {
        const rows = (await operation.fetchChunk({ maxRows: batchSize })) as Row[];
        if (rows.length > 0) yield rows;
      }
    } finally {
      await operation.close();
    }
  }

  async run(sql: string, params: readonly SqlParam[] = [], stagingDir?: string): Promise<StatementResult> {
    const operation = await this.execute(sql, params, stagingDir);
    try {
      const rows = (await operation.fetchAll()) as Row[];
      // DML answers with one row of counts (num_affected_rows, num_inserted_rows)
      const counted = rows.length === 1 && rows[0] && 'num_affected_rows' in rows[0];
      return counted ? { rows: [], changed: Number(rows[0]!['num_affected_rows']) } : { rows, changed: 0 };
    } finally {
      await operation.close();
    }
  }

  async close(): Promise<void> {
    await this.session.close().catch(() => undefined);
    await this.client.close();
  }
}

class DatabricksPlatform implements CloudPlatform {
  readonly kind = 'databricks' as const;
  readonly dialect = DIALECT;
  readonly capabilities = CAPABILITIES;
  readonly description: string;
  readonly transactionSql = { begin: 'BEGIN TRANSACTION', commit: 'COMMIT', rollback: 'ROLLBACK' };
  readonly queryKeywords = ['select', 'with', 'values'];

  constructor(
    private readonly spec: DatabricksSpec,
    private readonly driver: DatabricksDriver,
    private readonly token: string,
  ) {
    this.description = `databricks://${spec.host}${spec.httpPath}?catalog=${spec.catalog}`;
  }

  async connect(): Promise<DatabricksConnection> {
    const client = new this.driver.DBSQLClient();
    await client.connect({ host: this.spec.host, path: this.spec.httpPath, token: this.token });
    try {
      const session = await client.openSession({ initialCatalog: this.spec.catalog });
      const connection = new DatabricksConnection(client, session, this.spec.catalog);
      // Spark's TIMESTAMP is an instant shown in the session's zone: in UTC its text (part of version
      // keys and row hashes) is the one DuckDB and PostgreSQL give for the same load time.
      await connection.run(SESSION_SETTINGS);
      return connection;
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  /** `PUT` into the Unity Catalog volume (the driver's staging operation), `COPY INTO`, `REMOVE`. */
  async loadCsv(connection: CloudConnection, file: string, table: TableRef, columns: readonly string[]) {
    const db = connection as DatabricksConnection;
    const staged = `${this.spec.volume}/ggm/${randomUUID()}.csv`;
    await db.run(`PUT ${quoteLiteral(file)} INTO ${quoteLiteral(staged)} OVERWRITE`, [], dirname(file));
    try {
      const names = columns.map((c) => quoteIdentifier(this.dialect, c)).join(', ');
      const copied = await db.run(
        `COPY INTO ${quoteIdentifier(this.dialect, table.schema)}.${quoteIdentifier(this.dialect, table.name)}
  FROM (SELECT ${names} FROM ${quoteLiteral(staged)})
  FILEFORMAT = CSV
  FORMAT_OPTIONS ('header' = 'true', 'multiLine' = 'true', 'quote' = '"', 'escape' = '"', 'inferSchema' = 'false')`,
      );
      return copied.changed;
    } finally {
      await db.run(`REMOVE ${quoteLiteral(staged)}`, [], dirname(file)).catch(() => undefined);
    }
  }

  async listTables(connection: CloudConnection, schema?: string, table?: string) {
    const params: SqlParam[] = [];
    let filter = "table_schema <> 'information_schema'";
    if (schema !== undefined) filter += ` AND table_schema = $${params.push(schema)}`;
    if (table !== undefined) filter += ` AND table_name = $${params.push(table)}`;
    const { rows } = await connection.run(
      `SELECT table_schema, table_name, column_name, data_type, is_nullable
         FROM ${quoteIdentifier(this.dialect, this.spec.catalog)}.information_schema.columns
        WHERE ${filter}
        ORDER BY table_schema, table_name, ordinal_position`,
      params,
    );
    return tablesFromColumns(rows);
  }
}

/** Opens a Databricks SQL warehouse through `@databricks/sql`, the token from `DATABRICKS_TOKEN`. */
export async function openDatabricksEngine(spec: DatabricksSpec, options: CloudOpenOptions = {}) {
  const token = requireEnv(options.env ?? process.env, DATABRICKS_TOKEN_VARIABLE, 'databricks', 'its token');
  const driver = await loadDriver<DatabricksDriver>(DATABRICKS_PACKAGE, 'databricks', options.importer);
  return CloudEngine.open(new DatabricksPlatform(spec, driver, token));
}
