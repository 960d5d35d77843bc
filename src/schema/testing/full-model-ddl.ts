import type { ModelIndex } from '../../model/model-index.js';
import { getDialect, type DialectOptions } from '../../dialects/dialect-registry.js';
import { emitDdl } from '../emit/ddl-emitter.js';
import { buildSchemaPlan } from '../plan/build-schema-plan.js';
import type { SchemaOptions, SchemaPlan } from '../schema-plan.js';

/** For tests and the benchmark: the whole model's plan and one engine's statements. */
export function fullModelDdl(
  index: ModelIndex,
  dialect: string,
  options: Partial<SchemaOptions> = {},
  dialectOptions: DialectOptions = {},
): { plan: SchemaPlan; statements: string[] } {
  const { plan } = buildSchemaPlan(index, {}, options);
  return { plan, statements: emitDdl(plan, getDialect(dialect, dialectOptions)).statements };
}

/** Objecttype ids without an entity table in the plan (should be none). */
export function objecttypesWithoutTable(index: ModelIndex, plan: SchemaPlan): string[] {
  const tabled = new Set(plan.tables.filter((t) => t.kind === 'entity').map((t) => t.modelId));
  return index.model.classes
    .filter((c) => c.stereotype === 'Objecttype' && !tabled.has(c.id))
    .map((c) => c.name);
}

/** A database name no other test file or engineer uses. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
}
