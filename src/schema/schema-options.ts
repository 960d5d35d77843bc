import type { SchemaOptions } from './schema-plan.js';

/** The defaults; each one is explained in docs/schema.md. */
export const DEFAULT_SCHEMA_OPTIONS: SchemaOptions = {
  naming: 'snake',
  enums: 'table',
  generalization: 'shared-key',
  datatypes: 'flatten',
  history: true,
  loadMetadata: true,
  comments: true,
};

export function resolveSchemaOptions(options: Partial<SchemaOptions> = {}): SchemaOptions {
  const resolved = { ...DEFAULT_SCHEMA_OPTIONS };
  for (const [key, value] of Object.entries(options) as [keyof SchemaOptions, never][]) {
    if (value !== undefined) resolved[key] = value;
  }
  return resolved;
}
