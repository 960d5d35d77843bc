import type { MigrationSyntax, NameWriter } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

/** SQL Server family: `sp_rename`, `ALTER COLUMN` restating nullability, extended properties. */
export function sqlServerMigration(comments: boolean): MigrationSyntax {
  const property = (sql: NameWriter, verb: string, table: string, column?: string, literal?: string) =>
    `EXEC sys.sp_${verb}extendedproperty @name = N'MS_Description'${literal ? `, @value = ${literal}` : ''}, @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'${sql.name(table)}'${
      column ? `, @level2type = N'COLUMN', @level2name = N'${sql.name(column)}'` : ''
    }`;
  const verb = (literal: string | null, existed: boolean) =>
    literal === null ? 'drop' : existed ? 'update' : 'add';
  return {
    ...STANDARD_MIGRATION,
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
          tableComment: (sql: NameWriter, t: string, literal: string | null, existed: boolean) =>
            property(sql, verb(literal, existed), unquote(t), undefined, literal ?? undefined),
          columnComment: (sql: NameWriter, t: string, c: string, literal: string | null, existed: boolean) =>
            property(sql, verb(literal, existed), unquote(t), unquote(c), literal ?? undefined),
        }
      : { tableComment: undefined, columnComment: undefined }),
  };
}

const unquote = (name: string) => name.replace(/^\[(.*)\]$/, '$1').replace(/\]\]/g, ']');

export const synapseMigration: MigrationSyntax = {
  ...sqlServerMigration(false),
  renameTable: (sql, t, to) => `RENAME OBJECT ${t} TO ${sql.ident(to)}`,
};
