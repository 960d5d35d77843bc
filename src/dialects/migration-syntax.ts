import type { DialectName } from './sql-dialect.js';
import type { SqlText } from '../schema/emit/sql-text.js';
import type { ConstraintKind } from '../schema/migrate/migration-plan.js';

/**
 * The ALTER statements a migration needs, per engine. The schema dialects (`SqlDialect`) describe how
 * to create a schema; this adds how to change one. Identifiers arrive quoted (`sql.ident`); raw names
 * through `sql.name` where an engine wants them inside a string (`sp_rename`). Kept here, as data
 * beside the dialects, until it moves into `SqlDialect`.
 */
export interface MigrationSyntax {
  renameTable(sql: SqlText, table: string, to: string): string;
  renameColumn(sql: SqlText, table: string, column: string, to: string): string;
  /** `definition` is the column definition (`name TYPE [NOT NULL] [COMMENT …]`). */
  addColumn(table: string, definition: string): string;
  dropColumn(table: string, column: string): string;
  /** Type change; `definition` is the full column definition for engines that restate it (MODIFY). */
  alterType(table: string, column: string, type: string, definition: string): string;
  setNullable(table: string, column: string, nullable: boolean, definition: string, type: string): string;
  dropConstraint(table: string, name: string, kind: ConstraintKind): string;
  /** Absent: the engine drops and adds the constraint instead. */
  renameConstraint?: (sql: SqlText, table: string, name: string, to: string) => string;
  /** Absent: comments are not changed on this engine (nor created by its DDL). */
  tableComment?: (sql: SqlText, table: string, literal: string | null, existed: boolean) => string;
  columnComment?: (
    sql: SqlText,
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

const FULL: MigrationLimits = {
  renameReferencedTable: true,
  alterConstrainedColumn: true,
  alterConstraints: true,
  alterReferencedTable: true,
  dropIndexedTableColumn: true,
};

const standard: MigrationSyntax = {
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
  limits: FULL,
  notes: [],
};

const postgres: MigrationSyntax = {
  ...standard,
  alterType: (t, c, type) => `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${type} USING ${c}::${type}`,
};

const duckdb: MigrationSyntax = {
  ...standard,
  renameConstraint: undefined,
  limits: {
    renameReferencedTable: false,
    alterConstrainedColumn: false,
    alterConstraints: false,
    alterReferencedTable: false,
    dropIndexedTableColumn: false,
  },
  notes: [
    'DuckDB cannot add or drop constraints of existing tables, drop columns of a table with a key, nor rename',
    'or retype columns of a table that foreign keys point at: a renamed column there is copied into a new',
    'column and the old one stays. An UPDATE of a reference row fails while data rows refer to it.',
  ],
};

const mysql: MigrationSyntax = {
  ...standard,
  alterType: (t, _c, _type, d) => `ALTER TABLE ${t} MODIFY COLUMN ${d}`,
  setNullable: (t, _c, _n, d) => `ALTER TABLE ${t} MODIFY COLUMN ${d}`,
  dropConstraint: (t, n, kind) =>
    kind === 'primary-key'
      ? `ALTER TABLE ${t} DROP PRIMARY KEY`
      : kind === 'foreign-key'
        ? `ALTER TABLE ${t} DROP FOREIGN KEY ${n}`
        : kind === 'unique'
          ? `ALTER TABLE ${t} DROP INDEX ${n}`
          : `ALTER TABLE ${t} DROP CONSTRAINT ${n}`,
  renameConstraint: undefined,
  tableComment: (_sql, t, literal) => `ALTER TABLE ${t} COMMENT = ${literal ?? "''"}`,
  columnComment: (_sql, t, _c, _literal, _existed, d) => `ALTER TABLE ${t} MODIFY COLUMN ${d}`,
};

/** SQL Server family: `sp_rename`, `ALTER COLUMN` restating nullability, extended properties. */
function sqlServer(comments: boolean): MigrationSyntax {
  const property = (sql: SqlText, verb: string, table: string, column?: string, literal?: string) =>
    `EXEC sys.sp_${verb}extendedproperty @name = N'MS_Description'${literal ? `, @value = ${literal}` : ''}, @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'${sql.name(table)}'${
      column ? `, @level2type = N'COLUMN', @level2name = N'${sql.name(column)}'` : ''
    }`;
  const verb = (literal: string | null, existed: boolean) =>
    literal === null ? 'drop' : existed ? 'update' : 'add';
  return {
    ...standard,
    renameTable: (sql, t, to) =>
      `EXEC sp_rename @objname = N'dbo.${unquote(t)}', @newname = N'${sql.name(to)}'`,
    renameColumn: (sql, t, c, to) =>
      `EXEC sp_rename @objname = N'dbo.${unquote(t)}.${unquote(c)}', @newname = N'${sql.name(to)}', @objtype = N'COLUMN'`,
    addColumn: (t, d) => `ALTER TABLE ${t} ADD ${d}`,
    alterType: (t, c, type, d) =>
      `ALTER TABLE ${t} ALTER COLUMN ${c} ${type}${/ NOT NULL\b/.test(d) ? ' NOT NULL' : ' NULL'}`,
    setNullable: (t, c, nullable, _d, type) =>
      `ALTER TABLE ${t} ALTER COLUMN ${c} ${type} ${nullable ? 'NULL' : 'NOT NULL'}`,
    renameConstraint: (sql, _t, n, to) =>
      `EXEC sp_rename @objname = N'dbo.${sql.name(n)}', @newname = N'${sql.name(to)}', @objtype = N'OBJECT'`,
    ...(comments
      ? {
          tableComment: (sql: SqlText, t: string, literal: string | null, existed: boolean) =>
            property(sql, verb(literal, existed), unquote(t), undefined, literal ?? undefined),
          columnComment: (sql: SqlText, t: string, c: string, literal: string | null, existed: boolean) =>
            property(sql, verb(literal, existed), unquote(t), unquote(c), literal ?? undefined),
        }
      : { tableComment: undefined, columnComment: undefined }),
  };
}

const unquote = (name: string) => name.replace(/^\[(.*)\]$/, '$1').replace(/\]\]/g, ']');

const oracle: MigrationSyntax = {
  ...standard,
  addColumn: (t, d) => `ALTER TABLE ${t} ADD (${d})`,
  alterType: (t, c, type) => `ALTER TABLE ${t} MODIFY (${c} ${type})`,
  setNullable: (t, c, nullable) => `ALTER TABLE ${t} MODIFY (${c} ${nullable ? 'NULL' : 'NOT NULL'})`,
  tableComment: (_sql, t, literal) => `COMMENT ON TABLE ${t} IS ${literal ?? "''"}`,
  columnComment: (_sql, t, c, literal) => `COMMENT ON COLUMN ${t}.${c} IS ${literal ?? "''"}`,
};

const snowflake: MigrationSyntax = {
  ...standard,
  alterType: (t, c, type) => `ALTER TABLE ${t} ALTER COLUMN ${c} SET DATA TYPE ${type}`,
};

const databricks: MigrationSyntax = {
  ...standard,
  renameConstraint: undefined,
  columnComment: (_sql, t, c, literal) => `ALTER TABLE ${t} ALTER COLUMN ${c} COMMENT ${literal ?? "''"}`,
  notes: [
    "Renaming and dropping columns needs Delta column mapping: ALTER TABLE … SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name').",
  ],
};

const SYNTAX: Record<DialectName, MigrationSyntax> = {
  postgres,
  duckdb,
  mysql,
  mssql: sqlServer(true),
  synapse: { ...sqlServer(false), renameTable: (sql, t, to) => `RENAME OBJECT ${t} TO ${sql.ident(to)}` },
  fabric: sqlServer(false),
  oracle,
  snowflake,
  databricks,
};

export function getMigrationSyntax(dialect: DialectName): MigrationSyntax {
  return SYNTAX[dialect];
}
