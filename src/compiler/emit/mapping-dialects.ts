import { duckdbMappingDialect } from '../../dialects/duckdb/duckdb-mapping-functions.js';
import { postgresMappingDialect } from '../../dialects/postgres/postgres-mapping-functions.js';
import type { MappingDialect } from '../../dialects/mapping-dialect.js';

/** Engines mappings compile for; each dialect lives in its engine's folder. */
export const MAPPING_DIALECTS = {
  duckdb: duckdbMappingDialect,
  postgres: postgresMappingDialect,
} as const satisfies Record<string, MappingDialect>;

export type MappingDialectName = keyof typeof MAPPING_DIALECTS;

export function isMappingDialectName(name: string): name is MappingDialectName {
  return Object.hasOwn(MAPPING_DIALECTS, name);
}
