import type { Location } from '../../diagnostics/diagnostic.js';
import type { Expr } from './expression-ast.js';

/**
 * A mapping file as written, before any name is checked against the model or the bronze tables.
 * Everything keeps its place in the file, so later stages can report problems at the right line.
 */
export interface MappingSpec {
  file: string;
  /** `name:` in the file, else the file name without extension; identifies the load in the ledger. */
  name: string;
  target: Located<string>;
  history: HistorySpec;
  /** The first source is the driving table; the others are joined to it. */
  sources: SourceSpec[];
  /** Business key of the target class: one expression per key part. */
  key: ExprSpec[];
  attributes: AttributeSpec[];
  associations: AssociationSpec[];
  /** Row filter: staged rows for which it does not hold (false or NULL) are not mapped, and not reported. */
  where?: ExprSpec;
  /** Tombstone test: a staged row for which it holds deletes (none) or closes (snapshot) its object. */
  deleteWhen?: ExprSpec;
}

export interface Located<T> {
  value: T;
  at: Location;
}

export type HistoryMode = 'snapshot' | 'events' | 'none';

export interface HistorySpec {
  mode: HistoryMode;
  /** Snapshot only: a batch is a full extract, so current rows missing from it are closed. */
  closeMissing: boolean;
  /** When a version starts; default: the time the batch was loaded into bronze. */
  validFrom?: ExprSpec;
  at: Location;
}

export type JoinKind = 'inner' | 'left';

/** Which rows of a joined bronze table take part: the same batch as the driving table, or its latest. */
export type JoinBatch = 'same' | 'latest';

export interface SourceSpec {
  table: Located<string>;
  alias: string;
  /** Columns the author expects; checked against the bronze table when it is known. */
  columns?: Located<string>[];
  join?: { kind: JoinKind; on: ExprSpec; batch: JoinBatch };
  /** A joined source read as its latest version per key over every batch of the table (not one batch). */
  latest?: LatestSpec;
  at: Location;
}

/**
 * "The latest version per key across bronze": of the rows of the table (all batches) for which `where`
 * holds, per value of `per` the row that sorts first by `orderBy` (NULLs last; ties: the row loaded
 * last). Columns of its own source only.
 */
export interface LatestSpec {
  per: ExprSpec[];
  orderBy: { expr: ExprSpec; descending: boolean }[];
  where?: ExprSpec;
  at: Location;
}

/** An expression with where its text starts, so offsets inside it map to line and column. */
export interface ExprSpec {
  text: string;
  expr: Expr;
  at: Location;
}

export interface AttributeSpec {
  name: Located<string>;
  value: ExprSpec;
  /** Source code → enumeration literal name, for enumeration attributes. */
  values?: { code: string; literal: Located<string> }[];
  at: Location;
}

export interface AssociationSpec {
  name: Located<string>;
  /** The class at the other end, when the name alone is ambiguous. */
  to?: Located<string>;
  /** Values of the other class's business key, in the order of that class's `key`. */
  key: ExprSpec[];
  at: Location;
}
