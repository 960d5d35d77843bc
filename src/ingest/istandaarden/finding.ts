import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** The validation layer a rule belongs to (see docs/istandaarden.md). */
export type RuleLayer = 'file' | 'structure' | 'content' | 'message' | 'history';

/**
 * One problem in one message. `rule` is the iStandaarden id (CD041, TR358 …) or, for what the XSD
 * enforces, an `XSD-…` id; `path` is XPath-like with 1-based indexes on repeating elements.
 */
export interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  /** The retourcode a receiver would answer with (0001 for XSD/CD/CS and in-message TR rules). */
  retourCode?: string;
  line?: number;
  col?: number;
}

export function finding(
  rule: string,
  path: string,
  message: string,
  extra: Partial<Pick<Finding, 'severity' | 'retourCode' | 'line' | 'col'>> = {},
): Finding {
  return {
    rule,
    severity: extra.severity ?? 'error',
    path,
    message,
    retourCode: extra.retourCode ?? '0001',
    ...lineCol(extra),
  };
}

function lineCol(extra: Partial<Pick<Finding, 'line' | 'col'>>): Partial<Finding> {
  return extra.line === undefined ? {} : { line: extra.line, col: extra.col ?? 0 };
}

/** The house `Diagnostic` form of a finding (code GGM-W…), for tools that collect diagnostics. */
export function findingToDiagnostic(f: Finding, file: string): Diagnostic {
  return {
    code: `GGM-W-${f.rule}`,
    severity: f.severity,
    message: `${f.path}: ${f.message}`,
    at: { file, ...(f.line !== undefined ? { line: f.line, col: f.col ?? 0 } : {}) },
  };
}
