import { countSql, sampleSql, sharedScanSql } from '../../checks/check-sql.js';
import type { Engine, Row, SqlValue } from '../../engines/engine.js';
import { ensureCheckStore, storeCheckResults } from './check-store.js';
import type { CheckResult, PlannedCheck } from '../../checks/check-types.js';

export const DEFAULT_SAMPLE_SIZE = 5;

/**
 * Runs checks: the number of violating rows, then (when there are any) a few of them. Row-by-row checks
 * of one table are counted together in one scan (`sum(CASE WHEN <violation> …)` per check); the rest,
 * and every check of a table whose shared scan fails, get a count query of their own. A query that fails
 * (a custom check with an error, a table that is missing) is status `error`, never a crash, and the
 * other checks still run. Results are stored under `runId` in one transaction.
 */
export async function runChecks(
  engine: Engine,
  runId: string,
  checks: readonly PlannedCheck[],
  options: { sampleSize?: number; now?: () => Date; shareScans?: boolean } = {},
): Promise<CheckResult[]> {
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const counted =
    options.shareScans === false ? new Map<string, Counted>() : await sharedCounts(engine, checks);
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = Date.now();
    try {
      const shared = counted.get(check.id);
      let violations: number;
      if (shared) violations = shared.violations;
      else {
        const [row] = await engine.query(countSql(check));
        violations = Number(row?.['n'] ?? 0);
      }
      const samples =
        violations > 0 && sampleSize > 0
          ? (await engine.query(sampleSql(check, engine.kind, sampleSize))).map(jsonRow)
          : [];
      results.push({
        check,
        status: violations > 0 ? 'fail' : 'pass',
        violations,
        samples,
        ms: Date.now() - started + (shared?.ms ?? 0),
      });
    } catch (error) {
      results.push({
        check,
        status: 'error',
        violations: 0,
        samples: [],
        message: (error as Error).message.split('\n')[0]!,
        ms: Date.now() - started,
      });
    }
  }
  await ensureCheckStore(engine);
  const checkedAt = (options.now ?? (() => new Date()))();
  await engine.transaction((tx) => storeCheckResults(tx, runId, checkedAt, results));
  return results;
}

interface Counted {
  violations: number;
  /** The check's share of the scan's time. */
  ms: number;
}

/** Violation counts of the row-by-row checks, one scan per table; a table whose scan fails is left out. */
async function sharedCounts(engine: Engine, checks: readonly PlannedCheck[]): Promise<Map<string, Counted>> {
  const byTable = new Map<string, PlannedCheck[]>();
  for (const c of checks) if (c.predicate) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const counted = new Map<string, Counted>();
  for (const [table, group] of byTable) {
    if (group.length < 2) continue;
    const started = Date.now();
    try {
      const [row] = await engine.query(sharedScanSql(table, group, engine.kind));
      const ms = (Date.now() - started) / group.length;
      group.forEach((c, i) =>
        counted.set(c.id, { violations: Number(row?.[`c${i}`] ?? 0), ms: Math.round(ms) }),
      );
    } catch {
      // One bad custom expression must not hide the others: they are counted one by one instead.
    }
  }
  return counted;
}

/** A failed error-severity check (or one that could not run) blocks; warnings do not. */
export function blocking(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => r.check.severity === 'error' && r.status !== 'pass');
}

function jsonValue(v: SqlValue): string | number | boolean | null {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  return v;
}

function jsonRow(row: Row): Record<string, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)]));
}
