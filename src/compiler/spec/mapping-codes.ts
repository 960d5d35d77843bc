import type { Diagnostic, Location, Severity } from '../../diagnostics/diagnostic.js';

/**
 * Diagnostic codes of mapping files. Stable once published; docs/mappings.md lists them.
 * GGM-S5xx: the file itself (YAML, structure, expressions); GGM-S6xx: names checked against the model,
 * the silver schema and the bronze tables; GGM-S7xx: compiling for an engine.
 */
export const MAPPING_CODES = {
  yamlError: 'GGM-S501',
  missingField: 'GGM-S502',
  unknownField: 'GGM-S503',
  badValue: 'GGM-S504',
  expressionSyntax: 'GGM-S505',
  unknownFunction: 'GGM-S506',
  wrongArguments: 'GGM-S507',
  duplicate: 'GGM-S508',
  unknownClass: 'GGM-S601',
  ambiguousClass: 'GGM-S602',
  unknownAttribute: 'GGM-S603',
  unknownSource: 'GGM-S604',
  unknownColumn: 'GGM-S605',
  unknownLiteral: 'GGM-S606',
  unknownAssociation: 'GGM-S607',
  noTable: 'GGM-S608',
  notInTable: 'GGM-S609',
  requiredUnmapped: 'GGM-S610',
  historyUnsupported: 'GGM-S611',
  typeMismatch: 'GGM-S612',
  noKey: 'GGM-S613',
  superclassRows: 'GGM-S614',
  notACondition: 'GGM-S615',
  deleteUnsupported: 'GGM-S616',
  latestForeignColumn: 'GGM-S617',
  noRawSql: 'GGM-S701',
  unsupportedDateFormat: 'GGM-S702',
} as const;

export function mappingDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  at: Location | undefined,
  hint?: string,
): Diagnostic {
  return { code, severity, message, ...(at ? { at } : {}), ...(hint ? { hint } : {}) };
}
