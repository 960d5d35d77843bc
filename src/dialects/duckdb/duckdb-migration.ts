import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const duckdbMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
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
