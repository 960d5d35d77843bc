/** Migrations between model versions: two schema plans → ordered steps (plain data) → SQL per engine. */
export * from './migration-plan.js';
export { MIGRATION_CODES } from './migration-codes.js';
export { planMigration, diffSchemaPlans, type MigrationOptions } from './plan-migration.js';
export { buildModelIdentity, type ModelIdentity } from './model-identity.js';
export { emitMigration, type MigrationSql } from './migration-emitter.js';
export { classifyTypeChange, type TypeChange } from './type-change.js';
