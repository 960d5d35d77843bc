import type { Expr } from '../spec/expression-ast.js';
import type { HistoryMode, JoinBatch, JoinKind } from '../spec/mapping-spec.js';
import type { SilverColumn, SilverTarget } from './silver-target.js';

/** What an expression yields; the emitter converts it to the column's type. */
export type ValueType = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'unknown';

/**
 * A mapping with every name bound: the class and its silver table, bronze tables with their aliases,
 * each column reference qualified by its source alias, each attribute bound to its model element and
 * column. Plain data; the planner reads only this.
 */
export interface ResolvedMapping {
  name: string;
  file: string;
  classId: string;
  className: string;
  qualifiedName: string;
  target: SilverTarget;
  /** The key identifies a version: hash of the business key and valid_from; objects match by `target.identity`. */
  versionedKey: boolean;
  history: { mode: HistoryMode; closeMissing: boolean; validFrom?: Expr };
  sources: ResolvedSource[];
  /** Business key parts, each yielding text. */
  key: Expr[];
  columns: ResolvedColumn[];
  /** Row filter on the staged rows (boolean); rows for which it is not true are not mapped. */
  where?: Expr;
  /** Tombstone test (boolean): a row for which it is true deletes or closes its object. */
  deleteWhen?: Expr;
  lineage: LineageRecord[];
}

export interface ResolvedSource {
  alias: string;
  /** Bronze table name (schema `bronze`). */
  table: string;
  join?: { kind: JoinKind; on: Expr; batch: JoinBatch };
  /** Read as the latest row per key over every batch (then `join.batch` does not apply). */
  latest?: ResolvedLatest;
}

/** Bound `latest:` of a source: expressions over that source's own columns. */
export interface ResolvedLatest {
  per: Expr[];
  orderBy: { expr: Expr; descending: boolean }[];
  where?: Expr;
}

export type ResolvedColumn =
  | { kind: 'value'; column: SilverColumn; modelName: string; expr: Expr; type: ValueType }
  | {
      kind: 'enumeration';
      column: SilverColumn;
      modelName: string;
      /** The source code. */
      expr: Expr;
      /** Code → value stored in the column (literal name or reference key). */
      codes: { code: string; literal: string; stored: string | number }[];
    }
  /** A reference to another class: the surrogate key computed from that class's business key. */
  | {
      kind: 'reference';
      column: SilverColumn;
      modelName: string;
      otherClassId: string;
      key: Expr[];
      /** When the other table's key identifies a version: find its open version by its identity columns. */
      lookup?: { schema: string; table: string; keyColumn: string; identity: string[]; validTo: string };
    };

/** One column-level lineage edge: bronze columns → a silver column, through an expression. */
export interface LineageRecord {
  mapping: string;
  target: { schema: string; table: string; column: string; modelId?: string };
  sources: { schema: string; table: string; column: string }[];
  transform: 'direct' | 'expression' | 'enumeration' | 'surrogate-key' | 'reference' | 'raw-sql';
  expression: string;
}
