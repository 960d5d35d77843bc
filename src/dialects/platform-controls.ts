/** The kinds of column values the controls type their functions by (governance's ValueKind). */
export type ValueKind = 'text' | 'integer' | 'number' | 'date' | 'timestamp' | 'boolean' | 'other';

/**
 * How a cloud platform enforces a governance policy with its own controls (Unity Catalog column masks
 * and row filters, Snowflake masking and row access policies, Fabric row-level security, dynamic data
 * masking and governed views). Data plus small functions that return SQL text; the policy compiler
 * (src/governance/platform/) decides what to say, this says it in the platform's words.
 */
export interface PlatformControlSyntax {
  platform: 'databricks' | 'snowflake' | 'fabric';
  /** Where the policy's own objects (functions, policies, views) live, e.g. `ggm_governance`. */
  controlSchema: string;
  /** The principal a role × purpose becomes (an account group, a role, a database role). */
  principalName(role: string, purpose: string): string;
  /** Creating that principal in SQL; undefined where the platform creates it elsewhere (account groups). */
  createPrincipal(principal: string): string | undefined;
  /** Boolean SQL: the session acts as `principal`. */
  isMember(principal: string): string;
  grantSelectOnTable(table: string, principal: string): string;
  /** The platform's SQL type for a column of this kind. */
  typeOf(kind: ValueKind): string;
  /** Lowercase hex HMAC-SHA256 of the text `value`, with the key's padded blocks read where the platform keeps secrets. */
  hmacSha256Hex(value: string, keyName: string): string;
  /** A 15-digit hex text (60 bits) as a BIGINT: keyed pseudonyms of integer keys keep their type. */
  hexToBigint(hex: string): string;
  /** First of January of the date's year, keeping the date type. */
  yearStart(value: string, kind: 'date' | 'timestamp'): string;
  /** `value` as text. */
  text(value: string): string;
  /** Statements creating a function that masks one column: `body` uses the parameter `parameter`. */
  columnMask?(name: string, type: string, parameter: string, body: string): string;
  /** Statement attaching that mask to the column. */
  attachMask?(table: string, column: string, mask: string): string;
  /** Statements for a row filter over `columns` (name, type) with a boolean `predicate` naming them as `columnRef` writes. */
  rowFilter(
    name: string,
    table: string,
    columns: { name: string; type: string }[],
    predicate: string,
  ): string[];
  /** A column reference inside a row filter's predicate. */
  filterColumnRef(column: string): string;
  /** A view that applies the treatments where the platform has no column masks (Fabric). */
  governedView?(name: string, table: string, columns: { name: string; expression: string }[]): string;
  /** Fabric's dynamic data masking: hide a column from everyone without UNMASK … */
  maskedColumn?(table: string, column: string): string;
  /** … and the grant that lets a principal see it in clear. */
  grantUnmask?(table: string, column: string, principal: string): string;
}
