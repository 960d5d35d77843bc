import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isMappingDialectName, type MappingDialectName } from '../dialects/engine-names.js';
import type { DialectName } from '../dialects/engine-names.js';
import { DBT_CODES } from './dbt-codes.js';

/**
 * The dbt adapters `ggm export dbt` writes for, as data: which of our engines compiles the models,
 * the adapter's pip package, how an incremental model merges, and the example connection (never a
 * secret: those are `env_var` lookups). A new adapter is one entry; it works once its engine compiles
 * mappings (`MAPPING_DIALECT_NAMES`).
 */
export interface DbtAdapter {
  /** The `--adapter` value and the profile's `type`. */
  name: string;
  engine: DialectName;
  package: string;
  /** `merge` where the adapter has it, else `delete+insert` (same result for a unique key). */
  incrementalStrategy: 'merge' | 'delete+insert';
  /** The example target in profiles.yml.example (`type` is added). */
  profile: Readonly<Record<string, string | number>>;
}

const env = (name: string) => `{{ env_var('${name}') }}`;

export const DBT_ADAPTERS: readonly DbtAdapter[] = [
  {
    name: 'duckdb',
    engine: 'duckdb',
    package: 'dbt-duckdb',
    incrementalStrategy: 'delete+insert',
    profile: { path: 'warehouse.duckdb', threads: 1 },
  },
  {
    name: 'postgres',
    engine: 'postgres',
    package: 'dbt-postgres',
    incrementalStrategy: 'merge',
    profile: {
      host: 'localhost',
      port: 5432,
      user: env('GGM_DBT_USER'),
      password: env('GGM_DBT_PASSWORD'),
      dbname: 'gemeente',
      schema: 'silver',
      threads: 4,
    },
  },
  {
    name: 'databricks',
    engine: 'databricks',
    package: 'dbt-databricks',
    incrementalStrategy: 'merge',
    profile: {
      catalog: 'gemeente',
      schema: 'silver',
      host: env('DATABRICKS_HOST'),
      http_path: env('DATABRICKS_HTTP_PATH'),
      token: env('DATABRICKS_TOKEN'),
      threads: 4,
    },
  },
  {
    name: 'snowflake',
    engine: 'snowflake',
    package: 'dbt-snowflake',
    incrementalStrategy: 'merge',
    profile: {
      account: env('SNOWFLAKE_ACCOUNT'),
      user: env('SNOWFLAKE_USER'),
      authenticator: 'externalbrowser',
      role: 'GGM_LOADER',
      database: 'GEMEENTE_DB',
      warehouse: 'GGM_WH',
      schema: 'SILVER',
      threads: 4,
    },
  },
  {
    name: 'fabric',
    engine: 'fabric',
    package: 'dbt-fabric',
    incrementalStrategy: 'delete+insert',
    profile: {
      driver: 'ODBC Driver 18 for SQL Server',
      server: env('FABRIC_SQL_ENDPOINT'),
      database: 'gemeente',
      schema: 'silver',
      authentication: 'CLI',
      threads: 4,
    },
  },
];

/** The adapters whose engine compiles mappings today. */
export function workingAdapters(): DbtAdapter[] {
  return DBT_ADAPTERS.filter((a) => isMappingDialectName(a.engine));
}

/** The adapter a user named, with the engine that compiles it, or a diagnostic naming those that work. */
export function chooseAdapter(
  name: string,
): { adapter: DbtAdapter; engine: MappingDialectName } | { diagnostic: Diagnostic } {
  const works = workingAdapters().map((a) => a.name);
  const adapter = DBT_ADAPTERS.find((a) => a.name === name.toLowerCase());
  if (!adapter)
    return {
      diagnostic: {
        code: DBT_CODES.unknownAdapter,
        severity: 'error',
        message: `unknown dbt adapter ${name}`,
        hint: `use one of ${works.join(', ')}`,
      },
    };
  if (!isMappingDialectName(adapter.engine))
    return {
      diagnostic: {
        code: DBT_CODES.adapterNotCompiling,
        severity: 'error',
        message: `dbt adapter ${adapter.name}: mappings do not compile for ${adapter.engine} yet (ggm compile --engine ${adapter.engine})`,
        hint: `adapters that work: ${works.join(', ')}`,
      },
    };
  return { adapter, engine: adapter.engine };
}
