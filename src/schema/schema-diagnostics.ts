import type { Diagnostic, Location, Severity } from '../diagnostics/diagnostic.js';

/**
 * Diagnostic codes of the schema compiler. Stable once published; docs/schema.md lists them.
 * GGM-S1xx come from planning (model → plan), GGM-S2xx from emitting DDL for an engine.
 */
export const SCHEMA_CODES = {
  notATable: 'GGM-S101',
  duplicateName: 'GGM-S102',
  textFallback: 'GGM-S103',
  outsideSelection: 'GGM-S104',
  multiValued: 'GGM-S105',
  emptyEnumeration: 'GGM-S106',
  columnRenamed: 'GGM-S107',
  danglingReference: 'GGM-S108',
  datatypeCycle: 'GGM-S109',
  mergedEnumerations: 'GGM-S110',
  shortenedName: 'GGM-S201',
  foreignKeyCycle: 'GGM-S202',
  unsupportedConstraint: 'GGM-S203',
  typeAdjusted: 'GGM-S204',
  commentTruncated: 'GGM-S205',
} as const;

export function schemaDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  hint?: string,
  at?: Location,
): Diagnostic {
  return { code, severity, message, ...(at ? { at } : {}), ...(hint ? { hint } : {}) };
}
