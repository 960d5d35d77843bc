// What compiling one governed read carries once the request has passed the policy (purpose, role,
// table, grant), shared by the table read and the check-sample read.
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { TreatmentSyntax } from '../dialects/treatment-syntax.js';
import type { CatalogTable } from './governance-catalog.js';
import type { Grant, Purpose } from './governance-policy.js';
import type { PolicyDenial } from './governed-read.js';
import type { Parameters } from './row-filter-sql.js';

/** The result column holding each row's pseudonymised data subject; the reader strips it. */
export const SUBJECT_COLUMN = '__ggm_subject';

export interface ReadContext {
  dialect: SqlDialect;
  syntax: TreatmentSyntax;
  purpose: Purpose;
  grant: Grant;
  table: CatalogTable;
  params: Parameters;
}

export const deny = (
  status: PolicyDenial['status'],
  code: string,
  reason: string,
  invalidParams?: PolicyDenial['invalidParams'],
): PolicyDenial => ({ denied: true, status, code, reason, ...(invalidParams ? { invalidParams } : {}) });
