import { databricksDialect } from './databricks/databricks-dialect.js';
import { duckdbDialect } from './duckdb/duckdb-dialect.js';
import { fabricDialect, mssqlDialect, synapseDialect } from './mssql/mssql-dialect.js';
import { mysqlDialect } from './mysql/mysql-dialect.js';
import { oracleDialect } from './oracle/oracle-dialect.js';
import { postgresDialect } from './postgres/postgres-dialect.js';
import { snowflakeDialect } from './snowflake/snowflake-dialect.js';
import { DIALECT_NAMES, type DialectName, type SqlDialect } from './sql-dialect.js';

export interface DialectOptions {
  /** PostgreSQL only: PostGIS geometry types. */
  postgis?: boolean;
}

/** Other spellings users type for an engine. */
const ALIASES: Record<string, DialectName> = {
  postgresql: 'postgres',
  pg: 'postgres',
  mariadb: 'mysql',
  sqlserver: 'mssql',
  tsql: 'mssql',
  spark: 'databricks',
};

export function isDialectName(name: string): boolean {
  return (DIALECT_NAMES as readonly string[]).includes(name) || name in ALIASES;
}

export function getDialect(name: DialectName | string, options: DialectOptions = {}): SqlDialect {
  const key = (ALIASES[name.toLowerCase()] ?? name.toLowerCase()) as DialectName;
  switch (key) {
    case 'duckdb':
      return duckdbDialect;
    case 'postgres':
      return postgresDialect(options);
    case 'mysql':
      return mysqlDialect;
    case 'mssql':
      return mssqlDialect;
    case 'synapse':
      return synapseDialect;
    case 'fabric':
      return fabricDialect;
    case 'oracle':
      return oracleDialect;
    case 'snowflake':
      return snowflakeDialect;
    case 'databricks':
      return databricksDialect;
    default:
      throw new RangeError(`unknown dialect ${name}; one of ${DIALECT_NAMES.join(', ')}`);
  }
}

/** The seven engines of the issue (SQL Server variants aside). */
export const MAIN_DIALECTS: readonly DialectName[] = [
  'duckdb',
  'postgres',
  'mysql',
  'mssql',
  'oracle',
  'snowflake',
  'databricks',
];
