import type { Diagnostic, Location, Severity } from '../diagnostics/diagnostic.js';

/**
 * Diagnostic codes of gold metric files. Stable once published; docs/gold.md lists them.
 * GGM-K00x: the file (YAML, structure, values); GGM-K01x: names checked against the model and the silver
 * schema; GGM-K02x: compiling and materialising.
 */
export const GOLD_CODES = {
  yamlError: 'GGM-K001',
  missingField: 'GGM-K002',
  unknownField: 'GGM-K003',
  badValue: 'GGM-K004',
  expressionSyntax: 'GGM-K005',
  duplicate: 'GGM-K006',
  unknownClass: 'GGM-K010',
  ambiguousClass: 'GGM-K011',
  noTable: 'GGM-K012',
  unknownAttribute: 'GGM-K013',
  unknownAssociation: 'GGM-K014',
  associationNotStored: 'GGM-K015',
  unknownAlias: 'GGM-K016',
  unknownDimension: 'GGM-K017',
  noPeriods: 'GGM-K020',
  noGoldSyntax: 'GGM-K021',
  unknownMetric: 'GGM-K022',
  badTable: 'GGM-K023',
  missingInput: 'GGM-K024',
  unknownStandard: 'GGM-K025',
} as const;

export function goldDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  at: Location | undefined,
  hint?: string,
): Diagnostic {
  return { code, severity, message, ...(at ? { at } : {}), ...(hint ? { hint } : {}) };
}
