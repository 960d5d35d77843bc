import type { ConstraintKind } from '../../dialects/migration-syntax.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type {
  LogicalType,
  PlanCheck,
  PlanColumn,
  PlanForeignKey,
  PlanTable,
  PlanUnique,
  SchemaOptions,
} from '../schema-plan.js';

/**
 * A migration between two schema plans as plain, serializable data: ordered steps that move a database
 * built from `from` to the schema of `to`. Engine-neutral; `emitMigration` turns it into SQL per dialect.
 * Destructive steps (data may be lost or the step may fail on existing data) are in `steps` only when
 * they were allowed; otherwise they are in `skipped`, so nothing is left out silently.
 */
export interface MigrationPlan {
  formatVersion: typeof MIGRATION_PLAN_FORMAT_VERSION;
  from: MigrationSide;
  to: MigrationSide;
  options: SchemaOptions;
  allowDestructive: boolean;
  steps: MigrationStep[];
  /** Destructive steps that were not allowed; each is also a GGM-S301 diagnostic. */
  skipped: MigrationStep[];
  diagnostics: Diagnostic[];
}

export const MIGRATION_PLAN_FORMAT_VERSION = 1;

export interface MigrationSide {
  name: string;
  version?: string;
  sha256: string;
  tables: number;
}

/** The phases in the order they run; steps are sorted by phase, stable within one. */
export const MIGRATION_PHASES = [
  'drop-constraints',
  'rename-tables',
  'create-tables',
  'rename-columns',
  'add-columns',
  'alter-columns',
  'seed-rows',
  'remap-values',
  'add-constraints',
  'comments',
  'destructive',
] as const;
export type MigrationPhase = (typeof MIGRATION_PHASES)[number];

interface StepBase {
  /** Table the step works on, by its name at the moment the step runs. */
  table: string;
  column?: string;
  /** Why, in the model's terms (`attribute Standplaats.Datum Begin Geldigheid renamed`). */
  reason: string;
  destructive: boolean;
  phase: MigrationPhase;
}

export type { ConstraintKind };

/** A constraint as the emitter needs it to add one (the plan's own shapes). */
export type ConstraintDefinition =
  | { kind: 'primary-key'; name: string; columns: string[] }
  | ({ kind: 'unique' } & PlanUnique)
  | ({ kind: 'check' } & PlanCheck)
  | ({ kind: 'foreign-key' } & PlanForeignKey);

/** Facts about the database before the step that some engines need (DuckDB cannot alter referenced things). */
export interface StepFacts {
  /** Foreign keys of other tables point at this table. */
  referenced?: boolean;
  /** The column is part of a key, unique or foreign key. */
  constrained?: boolean;
  /** Foreign keys of other tables point at the column's table. */
  tableReferenced?: boolean;
}

export type MigrationStep =
  | (StepBase & { kind: 'create-table'; definition: PlanTable })
  | (StepBase & { kind: 'rename-table'; newName: string; facts: StepFacts })
  | (StepBase & { kind: 'drop-table'; facts: StepFacts })
  | (StepBase & { kind: 'add-column'; column: string; definition: PlanColumn })
  | (StepBase & {
      kind: 'rename-column';
      column: string;
      newName: string;
      /** The column as it is after the rename. */
      definition: PlanColumn;
      facts: StepFacts;
    })
  | (StepBase & {
      kind: 'alter-column-type';
      column: string;
      fromType: LogicalType;
      toType: LogicalType;
      change: 'widening' | 'narrowing' | 'incompatible';
      definition: PlanColumn;
      facts: StepFacts;
    })
  | (StepBase & {
      kind: 'set-nullable';
      column: string;
      nullable: boolean;
      definition: PlanColumn;
      facts: StepFacts;
    })
  | (StepBase & { kind: 'drop-column'; column: string; facts: StepFacts })
  | (StepBase & { kind: 'insert-rows'; columns: string[]; rows: SeedValue[][] })
  | (StepBase & {
      kind: 'update-row';
      keyColumn: string;
      key: number;
      set: Record<string, SeedValue>;
      facts: StepFacts;
    })
  /** Rows of literals that went; `clear` lists the columns whose references to them become NULL first. */
  | (StepBase & {
      kind: 'delete-rows';
      keyColumn: string;
      keys: number[];
      values: string[];
      clear: { table: string; column: string }[];
    })
  /** Stored enumeration keys move: `[old, new]` (new null: no counterpart). `unique`: the key itself. */
  | (StepBase & {
      kind: 'remap-values';
      column: string;
      mapping: [number, number | null][];
      unique: boolean;
      /** The reference table whose keys the values are. */
      referenceTable: string;
    })
  | (StepBase & { kind: 'add-constraint'; constraint: ConstraintDefinition; newTable: boolean })
  | (StepBase & { kind: 'drop-constraint'; constraint: ConstraintDefinition })
  /** `constraint` as it is after the step (engines that cannot rename drop `oldName` and add it). */
  | (StepBase & { kind: 'rename-constraint'; oldName: string; constraint: ConstraintDefinition })
  | (StepBase & {
      kind: 'set-comment';
      comment: string | null;
      hadComment: boolean;
      definition?: PlanColumn;
    });

export type SeedValue = string | number | null;
export type MigrationStepKind = MigrationStep['kind'];
