import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getDialect } from '../../dialects/dialect-registry.js';
import type { FabricSpec } from '../../project/engine-spec.js';
import { CloudEngine } from '../cloud/cloud-engine.js';
import {
  CloudEngineError,
  cloudCapabilities,
  tablesFromColumns,
  type CloudConnection,
  type CloudPlatform,
} from '../cloud/cloud-platform.js';
import { loadDriver, requireEnv, type CloudOpenOptions } from '../cloud/load-driver.js';
import type { SqlParam, TableRef } from '../engine.js';
import { qualifiedName, quoteIdentifier, quoteLiteral } from '../sql-text.js';
import { FabricConnection, type MssqlPool } from './fabric-connection.js';

/** The parts of `mssql` the engine uses, as its documentation describes them. */
export interface MssqlDriver {
  ConnectionPool: new (config: Record<string, unknown>) => { connect(): Promise<MssqlPool> };
}

export const FABRIC_PACKAGE = 'mssql';
/** The Entra ID access token of the engine's principal (audience https://database.windows.net/). */
export const FABRIC_TOKEN_VARIABLE = 'FABRIC_TOKEN';
/** Optional: a SAS token COPY INTO reads the stage with; without it Fabric uses the caller's Entra ID. */
export const FABRIC_STAGE_SAS_VARIABLE = 'FABRIC_STAGE_SAS';

const DIALECT = getDialect('fabric');

const CAPABILITIES = cloudCapabilities(DIALECT);

class FabricPlatform implements CloudPlatform {
  readonly kind = 'fabric' as const;
  readonly dialect = DIALECT;
  readonly capabilities = CAPABILITIES;
  readonly description: string;
  readonly transactionSql = { begin: 'BEGIN TRAN', commit: 'COMMIT TRAN', rollback: 'ROLLBACK TRAN' };
  readonly queryKeywords = ['select', 'with'];

  constructor(
    private readonly spec: FabricSpec,
    private readonly driver: MssqlDriver,
    private readonly token: string,
    private readonly stageSas: string | undefined,
  ) {
    this.description = `fabric://${spec.server}/${spec.database}`;
  }

  /** One pool of one connection: BEGIN TRAN and the statements after it share that session. */
  async connect(): Promise<FabricConnection> {
    const pool = await new this.driver.ConnectionPool({
      server: this.spec.server,
      database: this.spec.database,
      authentication: { type: 'azure-active-directory-access-token', options: { token: this.token } },
      options: { encrypt: true, appName: 'ggm-platform' },
      pool: { max: 1, min: 0 },
    }).connect();
    return new FabricConnection(pool);
  }

  /**
   * The CSV file goes into the stage folder (a mounted OneLake or ADLS folder, `stage_dir`), and
   * `COPY INTO` reads it back through that storage's https URL (`stage_url`); then it is removed.
   */
  async loadCsv(connection: CloudConnection, file: string, table: TableRef, columns: readonly string[]) {
    const { stageDir, stageUrl } = this.spec;
    if (!stageDir || !stageUrl)
      throw new CloudEngineError(
        'GGM-I122',
        'fabric loads bronze with COPY INTO from storage: give the engine URL stage_dir (a mounted folder of that storage) and stage_url (its https URL); uploading without them needs an Azure SDK the platform does not use',
      );
    const name = `ggm-${randomUUID()}.csv`;
    await mkdir(stageDir, { recursive: true });
    const staged = join(stageDir, name);
    await copyFile(file, staged);
    try {
      const names = columns.map((c) => quoteIdentifier(this.dialect, c)).join(', ');
      const credential = this.stageSas
        ? `, CREDENTIAL = (IDENTITY = 'Shared Access Signature', SECRET = ${quoteLiteral(this.stageSas)})`
        : '';
      const copied = await connection.run(
        `COPY INTO ${qualifiedName(this.dialect, table)} (${names})
  FROM ${quoteLiteral(`${stageUrl.replace(/\/+$/, '')}/${name}`)}
  WITH (FILE_TYPE = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', FIELDTERMINATOR = ',', ENCODING = 'UTF8'${credential})`,
      );
      return copied.changed;
    } finally {
      await rm(staged, { force: true });
    }
  }

  async listTables(connection: CloudConnection, schema?: string, table?: string) {
    const params: SqlParam[] = [];
    let filter = "TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA', 'sys', 'queryinsights')";
    if (schema !== undefined) filter += ` AND TABLE_SCHEMA = $${params.push(schema)}`;
    if (table !== undefined) filter += ` AND TABLE_NAME = $${params.push(table)}`;
    const { rows } = await connection.run(
      `SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE
         FROM INFORMATION_SCHEMA.COLUMNS
        WHERE ${filter}
        ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`,
      params,
    );
    return tablesFromColumns(rows);
  }
}

/** Opens a Fabric Warehouse through `mssql` (tedious), the Entra ID token from `FABRIC_TOKEN`. */
export async function openFabricEngine(spec: FabricSpec, options: CloudOpenOptions = {}) {
  const env = options.env ?? process.env;
  const token = requireEnv(env, FABRIC_TOKEN_VARIABLE, 'fabric', 'its Entra ID access token');
  const sas = env[FABRIC_STAGE_SAS_VARIABLE] || undefined;
  const driver = await loadDriver<MssqlDriver>(FABRIC_PACKAGE, 'fabric', options.importer);
  return CloudEngine.open(new FabricPlatform(spec, driver, token, sas));
}
