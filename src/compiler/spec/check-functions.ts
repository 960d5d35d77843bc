import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { childrenOf, FUNCTIONS, type Expr } from './expression-ast.js';
import { MAPPING_CODES as C, mappingDiagnostic } from './mapping-codes.js';
import type { ExprSpec } from './mapping-spec.js';

/** Where an offset inside an expression is in the file (exact for single-line expressions). */
export function locationIn(spec: ExprSpec, offset: number) {
  return { ...spec.at, ...(spec.at.col !== undefined ? { col: spec.at.col + offset } : {}) };
}

/** Unknown functions and wrong argument counts, with the nearest function names. */
export function checkFunctions(spec: ExprSpec, what: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (e: Expr) => {
    if (e.kind === 'call') {
      const f = FUNCTIONS[e.name];
      if (!f) {
        out.push(
          mappingDiagnostic(
            C.unknownFunction,
            'error',
            `${what}: unknown function ${e.name}`,
            locationIn(spec, e.at),
            didYouMean(e.name, Object.keys(FUNCTIONS)) ?? `functions: ${Object.keys(FUNCTIONS).join(', ')}`,
          ),
        );
      } else if (e.args.length < f.min || (f.max >= 0 && e.args.length > f.max)) {
        const expected =
          f.max < 0 ? `at least ${f.min}` : f.min === f.max ? `${f.min}` : `${f.min} to ${f.max}`;
        out.push(
          mappingDiagnostic(
            C.wrongArguments,
            'error',
            `${what}: ${e.name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${e.args.length}`,
            locationIn(spec, e.at),
          ),
        );
      }
    }
    childrenOf(e).forEach(visit);
  };
  visit(spec.expr);
  return out;
}
