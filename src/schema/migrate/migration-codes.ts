import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';

/**
 * Diagnostic codes of the migration generator (GGM-S3xx, next to the schema compiler's S1xx/S2xx).
 * Stable once published; docs/migrations.md lists them.
 */
export const MIGRATION_CODES = {
  destructiveSkipped: 'GGM-S301',
  notOnEngine: 'GGM-S302',
  recreatedElement: 'GGM-S303',
  valuesRemapped: 'GGM-S304',
  retiredName: 'GGM-S305',
  needsValues: 'GGM-S307',
  selectionProblem: 'GGM-S308',
} as const;

export function migrationDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  hint?: string,
): Diagnostic {
  return { code, severity, message, ...(hint ? { hint } : {}) };
}
