import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SchemaOptions } from '../schema-plan.js';
import type { MigrationStep } from './migration-plan.js';

/** What the planning steps of one migration share. */
export interface MigrationContext {
  options: SchemaOptions;
  diagnostics: Diagnostic[];
  add(step: MigrationStep): void;
  /** Old tables that foreign keys of other tables point at. */
  referencedTables: Set<string>;
  /** A model element's name for reasons (`Standplaats.Datum Einde`), from either model. */
  elementName(id: string): string | undefined;
}
