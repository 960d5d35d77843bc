/**
 * Data-quality checks as plain data. A check names a silver table and a rule; the rule becomes a query
 * that returns the violating rows (their keys and the offending value). Derived checks come from the
 * schema plan and the model; custom checks from the project's `checks/` directory.
 */
export type CheckSeverity = 'warn' | 'error';

export type CheckRule =
  /** Text longer than the model allows (the column is wider, or the engine does not enforce it). */
  | { kind: 'max-length'; column: string; length: number }
  /** The model's formal pattern, matched against the whole value. */
  | { kind: 'pattern'; column: string; pattern: string }
  /** Attribute cardinality min ≥ 1: filled on every open row (`openOnly`) or on every row. */
  | { kind: 'mandatory'; column: string; openOnly?: boolean }
  /** `column IN (values)` (enumerations kept as CHECK-style value lists, custom accepted values). */
  | { kind: 'accepted-values'; column: string; values: string[] }
  /** A filled reference points to an existing row (of any version, for versioned targets). */
  | { kind: 'reference'; columns: string[]; table: string; referencedColumns: string[]; enumeration: boolean }
  /** The reference's target table is not in the warehouse, so any filled value dangles. */
  | { kind: 'reference-absent'; column: string; table: string }
  /** At most one open version (`valid_to IS NULL`) per business key. */
  | { kind: 'open-version-unique'; columns: string[] }
  /** The BSN 11-proef: nine digits, weighted sum 9..2 and -1 divisible by 11. */
  | { kind: 'bsn'; column: string }
  | { kind: 'not-null'; column: string }
  | { kind: 'unique'; columns: string[] }
  /** Rows where a boolean SQL condition is not true. */
  | { kind: 'expression'; condition: string }
  /** A query returning the violating rows. */
  | { kind: 'sql'; sql: string };

export type CheckRuleKind = CheckRule['kind'];

export interface CheckDefinition {
  /** Unique within a project: `<table>.<kind>.<column>` for derived checks, the name for custom ones. */
  id: string;
  /** Silver table (unqualified) the check is about. */
  table: string;
  column?: string;
  severity: CheckSeverity;
  description: string;
  origin: 'model' | 'custom';
  /** Custom checks: the file (relative) they come from. */
  file?: string;
  /** Model element the check follows from (attribute, association, enumeration id). */
  modelId?: string;
  rule: CheckRule;
  /** Columns shown with each violating row (the table's key and business key). */
  keyColumns: string[];
}

/** A check compiled for one engine: the query returning the violating rows. */
export interface PlannedCheck extends Omit<CheckDefinition, 'rule'> {
  kind: CheckRuleKind;
  sql: string;
  /** Row-by-row rules: the violation condition on `silver.<table> AS t`, so a table's checks share a scan. */
  predicate?: string;
}

export type CheckStatus = 'pass' | 'fail' | 'error';

export interface CheckResult {
  check: PlannedCheck;
  status: CheckStatus;
  violations: number;
  /** Up to N violating rows, values as JSON-safe scalars. */
  samples: Record<string, string | number | boolean | null>[];
  /** Why the query could not run (status `error`). */
  message?: string;
  ms: number;
}
