// What `ggm policy export` produces: the statements that set up a platform's own access controls from
// governance.yaml, and what of the policy the platform cannot hold. Plain data.

export type ControlStatementKind =
  | 'schema'
  | 'key-table'
  | 'principal'
  | 'grant'
  | 'column-mask'
  | 'attach-mask'
  | 'row-filter'
  | 'governed-view'
  | 'masked-column'
  | 'unmask';

export interface ControlStatement {
  kind: ControlStatementKind;
  sql: string;
  /** The silver/gold/meta table it is about (`schema.name`), when it is about one. */
  table?: string;
}

/** Something the policy says that the platform does not enforce the way ggm serve does. */
export interface PlatformLimit {
  code: string;
  message: string;
  table?: string;
  column?: string;
}

export interface PlatformControls {
  platform: 'databricks' | 'snowflake' | 'fabric';
  statements: ControlStatement[];
  limits: PlatformLimit[];
}

export interface PlatformControlOptions {
  /** Unity Catalog catalog or Snowflake database the project's schemas live in (Fabric: none). */
  catalog?: string;
}
