/** The physical schema compiler: model + selection + options → plan → DDL per engine. */
export * from './schema-plan.js';
export { DEFAULT_SCHEMA_OPTIONS, resolveSchemaOptions } from './schema-options.js';
export { SCHEMA_CODES } from './schema-diagnostics.js';
export { buildSchemaPlan, type SchemaPlanResult } from './plan/build-schema-plan.js';
export { emitDdl, type DdlResult } from './emit/ddl-emitter.js';
export {
  getDialect,
  isDialectName,
  MAIN_DIALECTS,
  type DialectOptions,
} from '../dialects/dialect-registry.js';
export {
  DIALECT_NAMES,
  type DialectName,
  type SqlDialect,
  type DialectCapabilities,
  type TypeMap,
} from '../dialects/sql-dialect.js';
export { getNameStyle, toSnakeCase, toGgmCase, type NameStyle } from './naming/name-style.js';
export { shortenIdentifier } from '../dialects/identifiers.js';
