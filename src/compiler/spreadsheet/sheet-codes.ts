import type { Diagnostic, Location, Severity } from '../../diagnostics/diagnostic.js';

/**
 * Diagnostic codes of the community mapping spreadsheets (import and export). Stable once published;
 * docs/mapping-spreadsheets.md lists them. GGM-S8xx, next to the mapping file codes (GGM-S5xx–7xx).
 */
export const SHEET_CODES = {
  noLayout: 'GGM-S801',
  noTarget: 'GGM-S802',
  unknownClass: 'GGM-S803',
  ambiguousClass: 'GGM-S804',
  unknownAttribute: 'GGM-S805',
  keptAsTodo: 'GGM-S806',
  noKey: 'GGM-S807',
  needsJoin: 'GGM-S808',
  notAMapping: 'GGM-S809',
  ambiguousAssociation: 'GGM-S810',
  nothingMapped: 'GGM-S811',
  exportSkipped: 'GGM-S812',
} as const;

export function sheetDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  at: Location | undefined,
  hint?: string,
): Diagnostic {
  return { code, severity, message, ...(at ? { at } : {}), ...(hint ? { hint } : {}) };
}
