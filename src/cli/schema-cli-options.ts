import { didYouMean } from '../diagnostics/suggest.js';
import { DIALECT_NAMES, isDialectName, type SchemaOptions } from '../schema/index.js';
import { UsageError } from './output.js';

/** Commander collector for repeatable options (`--domain a --domain b`). */
export const collect = (value: string, previous: string[]) => [...previous, value];

/** The schema decisions commands that build a schema plan accept, with their allowed values. */
export const SCHEMA_OPTION_CHOICES = {
  naming: ['snake', 'ggm'],
  enums: ['table', 'check'],
  generalization: ['shared-key', 'flatten'],
  datatypes: ['flatten', 'json'],
} as const;

export interface SchemaCliOptions {
  naming: string;
  enums: string;
  generalization: string;
  datatypes: string;
  history?: boolean;
  loadMetadata?: boolean;
  comments?: boolean;
}

/** Checks the choice options and turns the command's flags into schema options. */
export function parseSchemaCliOptions(options: SchemaCliOptions): Partial<SchemaOptions> {
  for (const [key, allowed] of Object.entries(SCHEMA_OPTION_CHOICES) as [
    keyof typeof SCHEMA_OPTION_CHOICES,
    readonly string[],
  ][]) {
    if (!allowed.includes(options[key]))
      throw new UsageError(`--${key} must be ${allowed.join(' or ')}, not ${options[key]}`);
  }
  return {
    naming: options.naming as SchemaOptions['naming'],
    enums: options.enums as SchemaOptions['enums'],
    generalization: options.generalization as SchemaOptions['generalization'],
    datatypes: options.datatypes as SchemaOptions['datatypes'],
    history: options.history !== false,
    loadMetadata: options.loadMetadata !== false,
    comments: options.comments !== false,
  };
}

/** A usage error with the nearest dialect name when `name` is not one. */
export function checkDialectName(name: string): void {
  if (isDialectName(name)) return;
  const hint = didYouMean(name, DIALECT_NAMES);
  throw new UsageError(`unknown dialect ${name}${hint ? `; ${hint}` : ''}`);
}
