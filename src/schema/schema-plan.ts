import type { LogicalType, LogicalTypeKind } from '../dialects/logical-type.js';

/**
 * The physical schema plan: engine-neutral tables as plain, serializable data. Every table and column
 * records the model element it came from (`modelId`), so later stages (lakehouse, migrations between
 * releases) can follow identity across renames.
 */
export interface SchemaPlan {
  formatVersion: typeof SCHEMA_PLAN_FORMAT_VERSION;
  model: { name: string; version?: string; sha256: string };
  options: SchemaOptions;
  tables: PlanTable[];
}

export const SCHEMA_PLAN_FORMAT_VERSION = 1;

export type NamingStyle = 'snake' | 'ggm';
export type EnumStrategy = 'table' | 'check';
export type GeneralizationStrategy = 'shared-key' | 'flatten';
export type DatatypeStrategy = 'flatten' | 'json';

/** The decisions a data architect makes; defaults in `DEFAULT_SCHEMA_OPTIONS` and docs/schema.md. */
export interface SchemaOptions {
  naming: NamingStyle;
  enums: EnumStrategy;
  generalization: GeneralizationStrategy;
  datatypes: DatatypeStrategy;
  /** valid_from / valid_to / registered_at on entity and link tables. */
  history: boolean;
  /** load_batch_id / load_source / loaded_at / row_hash on entity and link tables. */
  loadMetadata: boolean;
  /** Table and column comments from the model's definitions. */
  comments: boolean;
}

export type { LogicalType, LogicalTypeKind };

/** `meta`: a table of the warehouse catalog (`src/schema/catalog/`), not derived from the model. */
export type TableKind = 'entity' | 'link' | 'reference' | 'meta';

/** Why a column exists. */
export type ColumnRole =
  'key' | 'attribute' | 'reference' | 'enumeration' | 'link-end' | 'superclass' | 'history' | 'load' | 'seed';

export interface PlanColumn {
  name: string;
  type: LogicalType;
  nullable: boolean;
  role: ColumnRole;
  /** Attribute, association, generalization or enumeration id the column came from. */
  modelId?: string;
  /** For columns flattened from a datatype: the attribute ids from the table's attribute down. */
  modelPath?: string[];
  comment?: string;
}

export interface PlanForeignKey {
  name: string;
  columns: string[];
  table: string;
  referencedColumns: string[];
  /** Association, generalization, attribute or enumeration id. */
  modelId?: string;
}

export interface PlanCheck {
  name: string;
  column: string;
  /** The allowed values (`column IN (...)`). */
  values: string[];
  modelId?: string;
}

export interface PlanUnique {
  name: string;
  columns: string[];
}

export interface PlanSeed {
  columns: string[];
  rows: (string | number | null)[][];
}

export interface PlanTable {
  name: string;
  kind: TableKind;
  /** Class id (entity), association or attribute id (link), enumeration ids (reference: first one). */
  modelId?: string;
  /** Every model element merged into this table (identical enumerations share one reference table). */
  modelIds?: string[];
  /** `99 Kern/BAG/Model BAG/Pand` for entity tables and reference tables. */
  qualifiedName?: string;
  comment?: string;
  columns: PlanColumn[];
  /** No columns: the table has no primary key (catalog tables that are logs). */
  primaryKey: { name: string; columns: string[] };
  uniques: PlanUnique[];
  checks: PlanCheck[];
  foreignKeys: PlanForeignKey[];
  seed?: PlanSeed;
}
