import { databricksDialect } from './databricks/databricks-dialect.js';
import { duckdbDialect } from './duckdb/duckdb-dialect.js';
import { fabricDialect, mssqlDialect, synapseDialect } from './mssql/mssql-dialect.js';
import { mysqlDialect } from './mysql/mysql-dialect.js';
import { oracleDialect } from './oracle/oracle-dialect.js';
import { postgresDialect } from './postgres/postgres-dialect.js';
import { snowflakeDialect } from './snowflake/snowflake-dialect.js';
import { DIALECT_NAMES, dialectNameOf, type DialectName, type MappingDialectName } from './engine-names.js';
import type { MappingDialect } from './mapping-dialect.js';
import type { SqlDialect } from './sql-dialect.js';

export {
  MAIN_DIALECTS,
  MAPPING_DIALECT_NAMES,
  isMappingDialectName,
  type MappingDialectName,
} from './engine-names.js';

export interface DialectOptions {
  /** PostgreSQL only: PostGIS geometry types. */
  postgis?: boolean;
}

// Built once: the checks, the catalog and the emitters ask for a dialect per statement.
const POSTGRES = postgresDialect();
const POSTGIS = postgresDialect({ postgis: true });

export function isDialectName(name: string): boolean {
  return dialectNameOf(name) !== undefined;
}

export function getDialect(name: DialectName | string, options: DialectOptions = {}): SqlDialect {
  switch (dialectNameOf(name)) {
    case 'duckdb':
      return duckdbDialect;
    case 'postgres':
      return options.postgis ? POSTGIS : POSTGRES;
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

/** The mapping functions of an engine mappings and checks compile for. */
export function getMappingDialect(name: MappingDialectName): MappingDialect {
  const mapping = getDialect(name).mapping;
  if (!mapping) throw new RangeError(`${name} has no mapping functions`);
  return mapping;
}
