import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { CHECK_CODES as C } from './check-codes.js';
import type { PlannedCheck } from './check-types.js';

/**
 * The checks `--select` names: a check id, a table (`woonplaats` or `silver.woonplaats`), a rule kind
 * (`bsn`, `reference` …) or `custom`/`model`. Unknown names are diagnostics with the nearest names. Pure.
 */
export function selectChecks(
  checks: readonly PlannedCheck[],
  names: readonly string[],
): { checks: PlannedCheck[]; diagnostics: Diagnostic[] } {
  if (names.length === 0) return { checks: [...checks], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const hit = (c: PlannedCheck, n: string) =>
    c.id === n || c.table === n || `silver.${c.table}` === n || c.kind === n || c.origin === n;
  for (const n of names) {
    if (checks.some((c) => hit(c, n))) continue;
    const candidates = [...new Set(checks.flatMap((c) => [c.id, c.table, c.kind]))];
    const hint = didYouMean(n, candidates);
    diagnostics.push({
      code: C.unknownSelect,
      severity: 'error',
      message: `--select ${n} matches no check, table or kind of check`,
      ...(hint ? { hint } : {}),
    });
  }
  return { checks: checks.filter((c) => names.some((n) => hit(c, n))), diagnostics };
}
