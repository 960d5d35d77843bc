import type { Engine, Row, SqlValue } from '../engines/engine.js';
import { ensureCheckStore, storeCheckResults } from './check-store.js';
import type { CheckResult, PlannedCheck } from './check-types.js';

export const DEFAULT_SAMPLE_SIZE = 5;

/**
 * Runs checks one by one: the number of violating rows, then (when there are any) a few of them. A
 * query that fails (a custom check with an error, a table that is missing) is status `error`, never a
 * crash, and the other checks still run. Results are stored under `runId` in one transaction.
 */
export async function runChecks(
  engine: Engine,
  runId: string,
  checks: readonly PlannedCheck[],
  options: { sampleSize?: number; now?: () => Date } = {},
): Promise<CheckResult[]> {
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = Date.now();
    try {
      const [row] = await engine.query(`SELECT count(*) AS n FROM (${check.sql}) AS violations`);
      const violations = Number(row?.['n'] ?? 0);
      const samples =
        violations > 0 && sampleSize > 0
          ? (await engine.query(`SELECT * FROM (${check.sql}) AS violations LIMIT ${sampleSize}`)).map(
              jsonRow,
            )
          : [];
      results.push({
        check,
        status: violations > 0 ? 'fail' : 'pass',
        violations,
        samples,
        ms: Date.now() - started,
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
