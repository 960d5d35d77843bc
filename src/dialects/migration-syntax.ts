/** A constraint's kind, as the migration plan names it. */
export type ConstraintKind = 'primary-key' | 'unique' | 'check' | 'foreign-key';

/** How the migration emitter writes names: `ident` quoted as the DDL does, `name` shortened only. */
export interface NameWriter {
  ident(name: string): string;
  name(name: string): string;
}

/**
 * The ALTER statements a migration needs, per engine. The schema dialects (`SqlDialect`) describe how
 * to create a schema; this adds how to change one. Identifiers arrive quoted (`sql.ident`); raw names
 * through `sql.name` where an engine wants them inside a string (`sp_rename`).
 */
export interface MigrationSyntax {
  renameTable(sql: NameWriter, table: string, to: string): string;
  renameColumn(sql: NameWriter, table: string, column: string, to: string): string;
  /** `definition` is the column definition (`name TYPE [NOT NULL] [COMMENT …]`). */
  addColumn(table: string, definition: string): string;
  dropColumn(table: string, column: string): string;
  /** Type change; `definition` is the full column definition for engines that restate it (MODIFY). */
  alterType(table: string, column: string, type: string, definition: string): string;
  setNullable(table: string, column: string, nullable: boolean, definition: string, type: string): string;
  dropConstraint(table: string, name: string, kind: ConstraintKind): string;
  /** Absent: the engine drops and adds the constraint instead. */
  renameConstraint?: (sql: NameWriter, table: string, name: string, to: string) => string;
  /** Absent: comments are not changed on this engine (nor created by its DDL). */
  tableComment?: (sql: NameWriter, table: string, literal: string | null, existed: boolean) => string;
  columnComment?: (
    sql: NameWriter,
    table: string,
    column: string,
    literal: string | null,
    existed: boolean,
    definition: string,
  ) => string;
  /** What the engine cannot change in place (DuckDB); such steps are listed instead of emitted. */
  limits: MigrationLimits;
  /** Notes for the top of the script. */
  notes: string[];
}

export interface MigrationLimits {
  renameReferencedTable: boolean;
  /** Rename, retype or drop a column that is part of a key or foreign key. */
  alterConstrainedColumn: boolean;
  /** ADD CONSTRAINT / DROP CONSTRAINT on an existing table. */
  alterConstraints: boolean;
  /** Rename, retype or drop columns of a table that foreign keys point at (adding one works). */
  alterReferencedTable: boolean;
  /** Drop a column of a table with a key or unique index (DuckDB refuses when an index covers a later column). */
  dropIndexedTableColumn: boolean;
}

export const FULL_MIGRATION_LIMITS: MigrationLimits = {
  renameReferencedTable: true,
  alterConstrainedColumn: true,
  alterConstraints: true,
  alterReferencedTable: true,
  dropIndexedTableColumn: true,
};

/** The SQL-standard ALTER statements; each engine's folder states where it differs. */
export const STANDARD_MIGRATION: MigrationSyntax = {
  renameTable: (sql, t, to) => `ALTER TABLE ${t} RENAME TO ${sql.ident(to)}`,
  renameColumn: (sql, t, c, to) => `ALTER TABLE ${t} RENAME COLUMN ${c} TO ${sql.ident(to)}`,
  addColumn: (t, d) => `ALTER TABLE ${t} ADD COLUMN ${d}`,
  dropColumn: (t, c) => `ALTER TABLE ${t} DROP COLUMN ${c}`,
  alterType: (t, c, type) => `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${type}`,
  setNullable: (t, c, nullable) => `ALTER TABLE ${t} ALTER COLUMN ${c} ${nullable ? 'DROP' : 'SET'} NOT NULL`,
  dropConstraint: (t, n) => `ALTER TABLE ${t} DROP CONSTRAINT ${n}`,
  renameConstraint: (sql, t, n, to) =>
    `ALTER TABLE ${t} RENAME CONSTRAINT ${sql.ident(n)} TO ${sql.ident(to)}`,
  tableComment: (sql, t, literal) => `COMMENT ON TABLE ${t} IS ${literal ?? 'NULL'}`,
  columnComment: (sql, t, c, literal) => `COMMENT ON COLUMN ${t}.${c} IS ${literal ?? 'NULL'}`,
  limits: FULL_MIGRATION_LIMITS,
  notes: [],
};
