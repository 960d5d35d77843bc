import type { Engine } from './engine.js';
import type { EngineSpec } from '../project/engine-spec.js';

export { parseEngineSpec, type EngineSpec } from '../project/engine-spec.js';

/**
 * Opens an engine; drivers are imported on demand so a DuckDB-only install never loads `pg`, and the
 * cloud platforms' drivers are not dependencies at all (GGM-I120 says which package to install).
 */
export async function openEngine(spec: EngineSpec): Promise<Engine> {
  switch (spec.kind) {
    case 'duckdb': {
      const { DuckDbEngine } = await import('./duckdb/duckdb-engine.js');
      return DuckDbEngine.open(spec);
    }
    case 'postgres': {
      const { PostgresEngine } = await import('./postgres/postgres-engine.js');
      return PostgresEngine.open(spec.url);
    }
    case 'databricks': {
      const { openDatabricksEngine } = await import('./databricks/databricks-engine.js');
      return openDatabricksEngine(spec);
    }
    case 'snowflake': {
      const { openSnowflakeEngine } = await import('./snowflake/snowflake-engine.js');
      return openSnowflakeEngine(spec);
    }
    case 'fabric': {
      const { openFabricEngine } = await import('./fabric/fabric-engine.js');
      return openFabricEngine(spec);
    }
  }
}
