import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const postgresMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
  alterType: (t, c, type) => `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${type} USING ${c}::${type}`,
};
