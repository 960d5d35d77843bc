import { META_SCHEMA, META_TABLES } from '../../schema/catalog/meta-catalog.js';
import type { LogicalType } from '../../schema/schema-plan.js';
import type { LineageRecord, ResolvedSource } from '../resolve/resolved-mapping.js';
import type { Expr } from '../spec/expression-ast.js';
import type { HistoryMode } from '../spec/mapping-spec.js';

/**
 * The engine-neutral load of one mapping for one bronze batch, as a list of relational steps. Meant
 * to run in one transaction: the whole target changes, or nothing does. Each run applies the oldest
 * batch not yet in the ledger; with nothing pending every step is a no-op.
 */
export interface LoadPlan {
  formatVersion: typeof LOAD_PLAN_FORMAT_VERSION;
  mapping: string;
  /** `99 Kern/BAG/Model BAG/Pand`. */
  targetClass: string;
  target: { schema: string; table: string };
  history: HistoryMode;
  steps: PlanStep[];
  lineage: LineageRecord[];
}

export const LOAD_PLAN_FORMAT_VERSION = 1;

/** Expressions of the plan: the mapping language plus what the compiler adds. */
export type PlanExpr =
  | Expr
  | { kind: 'cast'; expr: PlanExpr; type: LogicalType }
  /** The surrogate key: hash of the key parts (as text), shaped for the key column's type. */
  | { kind: 'surrogate-key'; parts: PlanExpr[]; type: LogicalType }
  /**
   * Hash of values for change detection (hex text). `plain[i]` says part i's text can hold neither
   * `\` nor `|` (a number, date, boolean), so it needs no escaping: the same hash, less work per row.
   */
  | { kind: 'row-hash'; parts: PlanExpr[]; plain?: boolean[] }
  /** A source code looked up in a value map; unmapped codes give NULL. */
  | { kind: 'code-map'; expr: PlanExpr; codes: { code: string; stored: string | number }[] }
  | { kind: 'truncate'; expr: PlanExpr; length: number }
  /** The key of the open version of another object, found by its identity columns (NULL when none). */
  | {
      kind: 'lookup';
      schema: string;
      table: string;
      keyColumn: string;
      identity: string[];
      validTo: string;
      parts: PlanExpr[];
    }
  /** The batch being applied: its id or when it was loaded. */
  | { kind: 'batch'; field: 'id' | 'loaded-at' }
  | { kind: 'now' };

/** A column of the stage table: `value` is what goes into silver; `probe` is its input for checks. */
export interface StageColumn {
  name: string;
  value: PlanExpr;
  type: LogicalType;
  /** Why a value can be lost: a finding is recorded when the check below fails. */
  probe?: { input: PlanExpr; finding: FindingKind; maxLength?: number };
  /** A NULL here rejects the row (the silver column is NOT NULL). */
  required: boolean;
  /** Needed to find the object (identity column of a versioned table): required on a tombstone too. */
  locates?: boolean;
}

export type FindingKind =
  | 'unmapped-code'
  | 'unparsable'
  | 'truncated'
  /** A decimal value stored in a whole-number column lost its fraction. */
  | 'rounded'
  | 'unresolved-reference'
  | 'missing-key'
  | 'missing-required'
  | 'duplicate-key';

export const STAGE = {
  batch: 'ggm_batch',
  stage: 'ggm_stage',
  key: '_key',
  versionKey: '_version_key',
  rowNumber: '_row_number',
  rowHash: '_row_hash',
  validFrom: '_valid_from',
  duplicate: '_duplicate',
  accepted: '_accepted',
  /** True on a tombstone: the row deletes (or closes) its object instead of being a version of it. */
  delete: '_delete',
  probe: (column: string) => `_in_${column}`,
} as const;

/** How many pending batches one pass may apply together (at least one batch is always taken). */
export interface BatchBound {
  maxBatches: number;
  /** Driving bronze rows of the batches after the first. */
  maxRows: number;
}

/** The stage columns a batch set adds: which batch a row came from. */
export const BATCH_SET = {
  chain: 'ggm_chain',
  /** Alias of ggm_batch inside the stage query. */
  alias: '_ggm_b',
  seq: '_batch_seq',
  batchText: '_batch_text',
  loadedAt: '_batch_loaded_at',
  changes: '_changes',
  prevHash: '_prev_hash',
  /** The row hash the chain compares: a tombstone's is a constant no row hash equals. */
  hash: '_chain_hash',
  firstRow: '_first_row',
  firstChange: '_first_change',
  lastChange: '_last_change',
  nextValidFrom: '_next_valid_from',
  firstSeen: '_first_seen',
} as const;

/** The ledger and findings tables in schema `meta`, shared by every mapping. */
export const META = {
  schema: META_SCHEMA,
  appliedBatches: META_TABLES.appliedBatches,
  findings: META_TABLES.loadFindings,
} as const;

export type PlanStep =
  | { kind: 'ensure-meta' }
  /**
   * Picks the batch to apply: the oldest pending one, or with `set` the oldest pending ones up to the
   * bound, applied together in batch order (see batchSetPass).
   */
  | { kind: 'pick-batch'; mapping: string; source: string; set?: BatchBound }
  | {
      kind: 'stage';
      sources: ResolvedSource[];
      key: PlanExpr[];
      keyType: LogicalType;
      validFrom: PlanExpr;
      columns: StageColumn[];
      /** Also compute `_version_key` = hash(key parts, valid_from): the key of a versioned table. */
      versionedKey: boolean;
      /**
       * The target finds its objects by identity columns, so `_key` never leaves the stage: it only
       * groups a key's rows and marks a missing key, and can be the key parts' canonical text instead of
       * their hash (the same groups, no MD5 per row).
       */
      keyStaysInStage?: boolean;
      /** Which rows count as one: per key (snapshot, none) or per key and valid_from (events). */
      dedupeBy: 'key' | 'key-and-valid-from';
      /** Only driving rows for which this holds are staged (`where:`). */
      where?: PlanExpr;
      /** Staged rows for which this holds are tombstones (`delete_when:`), column `_delete`. */
      deleteWhen?: PlanExpr;
    }
  | {
      kind: 'record-findings';
      mapping: string;
      targetTable: string;
      columns: StageColumn[];
      keyParts: number;
      /**
       * `_key` is the key's canonical text (`keyStaysInStage`): with one key part it is that part's
       * text, so the stage keeps no `_key_1` copy and the findings read `_key`.
       */
      keyIsText?: boolean;
      /** The stage has tombstones: their values are not checked (only what finds the object). */
      tombstones?: boolean;
    }
  /**
   * Only with a batch set: the staged rows that can be loaded, with what applying them batch by batch
   * would do to each object (`_changes`, `_first_change`, `_last_change`, `_next_valid_from`,
   * `_first_seen`); the merge steps then read these instead of the stage.
   */
  | { kind: 'chain-batches'; mode: HistoryMode; write: TargetWrite }
  /** High level; `expandHistoryPass` lowers it to the steps below. */
  | { kind: 'merge'; mode: HistoryMode; closeMissing: boolean; write: TargetWrite }
  | { kind: 'close-changed'; write: TargetWrite }
  | { kind: 'close-missing'; write: TargetWrite }
  | { kind: 'delete-changed'; write: TargetWrite }
  /** none: delete the rows of objects a tombstone names. */
  | { kind: 'delete-tombstoned'; write: TargetWrite }
  /** snapshot: close the open version of objects a tombstone names (valid_to = its valid_from). */
  | { kind: 'close-tombstoned'; write: TargetWrite }
  | { kind: 'insert-rows'; write: TargetWrite; unless: 'open-version' | 'same-key' | 'same-version' }
  | { kind: 'record-batch'; mapping: string; targetTable: string }
  | { kind: 'drop-stage' };

/** How stage rows become silver rows. */
export interface TargetWrite {
  schema: string;
  table: string;
  keyColumn: string;
  /** Silver columns filled from stage columns of the same name. */
  columns: string[];
  /** Column types, for recomputing the row hash from silver when it has no hash column. */
  types: Record<string, LogicalType>;
  history?: { validFrom: string; validTo: string; registeredAt?: string };
  load?: { batchId?: string; source?: string; loadedAt?: string; rowHash?: string };
  /**
   * When the key identifies a version: the columns that identify an object (rows match on these, and
   * the inserted key is `_version_key`). Otherwise rows match on the key.
   */
  identity?: string[];
  /** Value of the load-source column; rows of other mappings are never closed by this one. */
  source: string;
  /** The stage has tombstones (`_delete`); they are never written as rows. */
  tombstones?: boolean;
}
