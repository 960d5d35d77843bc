import type { Engine } from './engine.js';
import type { EngineSpec } from '../project/engine-spec.js';

export { parseEngineSpec, type EngineSpec } from '../project/engine-spec.js';

/** Opens an engine; drivers are imported on demand so a DuckDB-only install never loads `pg`. */
export async function openEngine(spec: EngineSpec): Promise<Engine> {
  if (spec.kind === 'duckdb') {
    const { DuckDbEngine } = await import('./duckdb/duckdb-engine.js');
    return DuckDbEngine.open(spec);
  }
  const { PostgresEngine } = await import('./postgres/postgres-engine.js');
  return PostgresEngine.open(spec.url);
}
