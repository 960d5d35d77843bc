import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const databricksMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
  renameConstraint: undefined,
  columnComment: (_sql, t, c, literal) => `ALTER TABLE ${t} ALTER COLUMN ${c} COMMENT ${literal ?? "''"}`,
  notes: [
    "Renaming and dropping columns needs Delta column mapping: ALTER TABLE … SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name').",
  ],
};
