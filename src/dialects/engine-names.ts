/**
 * Every engine the platform knows, once. A dialect folder exists for each (`src/dialects/<engine>/`);
 * the lists below say how far each one goes, so a new engine is one folder plus a line here.
 */
export const DIALECT_NAMES = [
  'duckdb',
  'postgres',
  'mysql',
  'mssql',
  'synapse',
  'fabric',
  'oracle',
  'snowflake',
  'databricks',
] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

/** The seven engines of the schema compiler (SQL Server variants aside). */
export const MAIN_DIALECTS: readonly DialectName[] = [
  'duckdb',
  'postgres',
  'mysql',
  'mssql',
  'oracle',
  'snowflake',
  'databricks',
];

/**
 * Engines mappings and checks compile for: their dialect has `mapping` functions. Databricks,
 * Snowflake and Fabric compile (parsed and pinned by golden files).
 */
export const MAPPING_DIALECT_NAMES = [
  'duckdb',
  'postgres',
  'databricks',
  'snowflake',
  'fabric',
] as const satisfies readonly DialectName[];
export type MappingDialectName = (typeof MAPPING_DIALECT_NAMES)[number];

/**
 * Engines a project runs on (`src/engines/<engine>/` opens them). Databricks, Snowflake and Fabric run
 * through their vendors' drivers, tested against fakes of those drivers only (docs/scale-out.md). An
 * engine's kind is its mapping dialect's name (the `satisfies` keeps it so).
 */
export const RUNTIME_ENGINE_NAMES = [
  'duckdb',
  'postgres',
  'databricks',
  'snowflake',
  'fabric',
] as const satisfies readonly MappingDialectName[];
export type RuntimeEngineName = (typeof RUNTIME_ENGINE_NAMES)[number];

/** The mapping dialect an engine's SQL is compiled in: the one place an engine's kind becomes a dialect. */
export function mappingDialectOf(kind: RuntimeEngineName): MappingDialectName {
  return kind;
}

/** Other spellings users type for an engine. */
export const DIALECT_ALIASES: Readonly<Record<string, DialectName>> = {
  postgresql: 'postgres',
  pg: 'postgres',
  mariadb: 'mysql',
  sqlserver: 'mssql',
  tsql: 'mssql',
  spark: 'databricks',
};

/** The engine a user's spelling names, or undefined. */
export function dialectNameOf(text: string): DialectName | undefined {
  const key = text.toLowerCase();
  if ((DIALECT_NAMES as readonly string[]).includes(key)) return key as DialectName;
  return DIALECT_ALIASES[key];
}

export function isMappingDialectName(name: string): name is MappingDialectName {
  return (MAPPING_DIALECT_NAMES as readonly string[]).includes(name);
}
