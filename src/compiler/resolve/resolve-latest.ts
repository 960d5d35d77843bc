import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { locationIn } from '../spec/check-functions.js';
import { columnsOf, type Expr } from '../spec/expression-ast.js';
import { MAPPING_CODES as C, mappingDiagnostic } from '../spec/mapping-codes.js';
import type { ExprSpec, SourceSpec } from '../spec/mapping-spec.js';
import { typeOf } from './expression-types.js';
import type { SourceScope } from './resolve-sources.js';
import type { ResolvedLatest } from './resolved-mapping.js';

/**
 * Binds `latest:` of a joined source. Its expressions choose rows of that table alone, before the
 * join, so a column of another source is GGM-S617; `where` must be a condition (GGM-S615).
 */
export function resolveLatest(
  source: SourceSpec,
  scope: SourceScope,
  diagnostics: Diagnostic[],
): ResolvedLatest | undefined {
  const latest = source.latest;
  if (!latest) return undefined;
  let ok = true;
  const bind = (spec: ExprSpec, what: string): Expr | undefined => {
    const bound = scope.bind(spec, `latest of ${source.alias}: ${what}`);
    if (!bound) {
      ok = false;
      return undefined;
    }
    for (const c of columnsOf(bound).filter((c) => c.source !== source.alias)) {
      ok = false;
      diagnostics.push(
        mappingDiagnostic(
          C.latestForeignColumn,
          'error',
          `latest of ${source.alias}: ${what} reads ${c.source}.${c.column}, a column of another source`,
          locationIn(spec, c.at),
          `latest chooses rows of ${source.alias} alone; match them to the other sources in on:`,
        ),
      );
    }
    return bound;
  };
  const per = latest.per.map((p) => bind(p, 'per'));
  const orderBy = latest.orderBy.map((o) => ({ expr: bind(o.expr, 'order_by'), descending: o.descending }));
  const where = latest.where ? bind(latest.where, 'where') : undefined;
  if (where && typeOf(where) !== 'boolean') {
    ok = false;
    diagnostics.push(
      mappingDiagnostic(
        C.notACondition,
        'error',
        `latest of ${source.alias}: where must be a condition (true or false), not a ${typeOf(where)} value`,
        latest.where!.at,
        'use a comparison, is null, and/or/not',
      ),
    );
  }
  if (!ok) return undefined;
  return {
    per: per as Expr[],
    orderBy: orderBy as { expr: Expr; descending: boolean }[],
    ...(where ? { where } : {}),
  };
}
