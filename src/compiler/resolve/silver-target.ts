import type { LogicalType } from '../../schema/schema-plan.js';

/**
 * What the mapping compiler needs to know about one silver table. Built from the schema plan by
 * `silverTargetFromPlan`, or by hand in tests; the compiler never derives SQL names itself.
 */
export interface SilverTarget {
  schema: string;
  table: string;
  /** Class the table holds. */
  classId: string;
  /** Surrogate key column: the hash of the business key. */
  keyColumn: string;
  keyType: LogicalType;
  primaryKey: string[];
  /**
   * When the key identifies a version (primary key without valid_from), the columns that identify the
   * object across its versions (`identificatie`, from UNIQUE (identificatie, valid_from)).
   */
  identity?: string[];
  /** Tables the key column refers to: with shared keys, the superclass tables that need the same key. */
  keyReferences?: string[];
  columns: SilverColumn[];
  /** Validity columns; required for history modes snapshot and events. */
  history?: { validFrom: string; validTo: string; registeredAt?: string };
  /** Load metadata columns; each optional. */
  load?: { batchId?: string; source?: string; loadedAt?: string; rowHash?: string };
}

export type EnumerationStorage =
  /** The literal's name is stored (a CHECK constraint lists the names). */
  | { enumerationId: string; stored: 'name' }
  /** A reference table's key is stored: literal name → key. */
  | { enumerationId: string; stored: 'id'; ids: Record<string, number> };

export interface SilverColumn {
  name: string;
  type: LogicalType;
  nullable: boolean;
  role: 'attribute' | 'enumeration' | 'reference';
  /** Attribute id (attributes, enumerations, references by attribute) or association id. */
  modelId: string;
  /** For columns flattened from a datatype: attribute ids from the table's attribute down. */
  modelPath?: string[];
  enumeration?: EnumerationStorage;
}

/** Finds the silver table of a class; `undefined` when the class has no table in the schema. */
export type SilverTargets = (classId: string) => SilverTarget | undefined;
