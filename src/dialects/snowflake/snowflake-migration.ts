import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const snowflakeMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
  alterType: (t, c, type) => `ALTER TABLE ${t} ALTER COLUMN ${c} SET DATA TYPE ${type}`,
};
