import type { MigrationSyntax } from '../migration-syntax.js';
import { STANDARD_MIGRATION } from '../migration-syntax.js';

export const oracleMigration: MigrationSyntax = {
  ...STANDARD_MIGRATION,
  addColumn: (t, d) => `ALTER TABLE ${t} ADD (${d})`,
  alterType: (t, c, type) => `ALTER TABLE ${t} MODIFY (${c} ${type})`,
  setNullable: (t, c, nullable) => `ALTER TABLE ${t} MODIFY (${c} ${nullable ? 'NULL' : 'NOT NULL'})`,
  tableComment: (_sql, t, literal) => `COMMENT ON TABLE ${t} IS ${literal ?? "''"}`,
  columnComment: (_sql, t, c, literal) => `COMMENT ON COLUMN ${t}.${c} IS ${literal ?? "''"}`,
};
