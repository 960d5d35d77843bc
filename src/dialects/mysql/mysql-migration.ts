import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const mysqlMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
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
