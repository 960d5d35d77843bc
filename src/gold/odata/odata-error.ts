// Problems with an OData request, as coded diagnostics. The parser and compiler throw `ODataQueryError`
// internally and return it as data at their edge; the server turns it into an OData error body (400).

import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** Codes of the OData feed (GGM-O…), stable once published; see docs/odata.md. */
export const ODATA_CODES = {
  unsupportedOption: 'GGM-O001',
  badTopSkip: 'GGM-O002',
  badCount: 'GGM-O003',
  duplicateOption: 'GGM-O004',
  badSkipToken: 'GGM-O005',
  unknownProperty: 'GGM-O010',
  badSelect: 'GGM-O011',
  badOrderBy: 'GGM-O012',
  filterSyntax: 'GGM-O020',
  filterTooComplex: 'GGM-O021',
  filterType: 'GGM-O022',
  unsupportedFunction: 'GGM-O023',
  unknownEntitySet: 'GGM-O030',
  metricLeftOut: 'GGM-O040',
} as const;

/** A diagnostic about one query option (`target` is the option, e.g. `$filter`). */
export interface ODataProblem extends Diagnostic {
  target: string;
}

export class ODataQueryError extends Error {
  constructor(readonly problem: ODataProblem) {
    super(problem.message);
    this.name = 'ODataQueryError';
  }
}

export function odataProblem(code: string, target: string, message: string, hint?: string): ODataQueryError {
  return new ODataQueryError({ code, severity: 'error', target, message, ...(hint ? { hint } : {}) });
}
