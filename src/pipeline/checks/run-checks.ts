import { countSql, sampleSql, sharedScanSql } from '../../checks/check-sql.js';
import { mappingDialectOf } from '../../dialects/engine-names.js';
import {
  SandboxError,
  type Engine,
  type ReadOnlySession,
  type Row,
  type SandboxOptions,
  type SqlValue,
} from '../../engines/engine.js';
import { ensureCheckStore, storeCheckResults } from './check-store.js';
import type { CheckResult, PlannedCheck } from '../../checks/check-types.js';

export const DEFAULT_SAMPLE_SIZE = 5;

/**
 * Runs checks: the number of violating rows, then (when there are any) a few of them. Row-by-row checks
 * of one table are counted together in one scan (`sum(CASE WHEN <violation> …)` per check); the rest,
 * and every check of a table whose shared scan fails, get a count query of their own. A query that fails
 * (a custom check with an error, a table that is missing) is status `error`, never a crash, and the
 * other checks still run. Custom checks (SQL and expressions a user wrote) run in the engine's sandbox
 * (`Engine.sandboxed`, files only in `options.sandbox.allowedDirectories`), apart from the derived ones,
 * so a custom check that reads a file or writes is status `error` (GGM-E001) and stores no sample.
 * Results are stored under `runId` in one transaction, in the order of `checks`.
 */
export async function runChecks(
  engine: Engine,
  runId: string,
  checks: readonly PlannedCheck[],
  options: {
    sampleSize?: number;
    now?: () => Date;
    shareScans?: boolean;
    sandbox?: SandboxOptions;
  } = {},
): Promise<CheckResult[]> {
  const isUserSql = (c: PlannedCheck) => c.origin === 'custom';
  const derived = checks.filter((c) => !isUserSql(c));
  const custom = checks.filter(isUserSql);
  const done = new Map<PlannedCheck, CheckResult>();
  for (const r of await evaluate(engine, derived, options)) done.set(r.check, r);
  if (custom.length > 0) {
    try {
      await engine.sandboxed(async (session) => {
        for (const r of await evaluate(session, custom, options)) done.set(r.check, r);
      }, options.sandbox);
    } catch (error) {
      // The sandbox could not be opened: every custom check says why, the others keep their results.
      for (const check of custom) if (!done.has(check)) done.set(check, errorResult(check, error, 0));
    }
  }
  const results = checks.map((c) => done.get(c)!);
  await ensureCheckStore(engine);
  const checkedAt = (options.now ?? (() => new Date()))();
  await engine.transaction((tx) => storeCheckResults(tx, runId, checkedAt, results));
  return results;
}

/** Counts and samples `checks` on one session: the engine's own (derived checks) or the sandbox. */
async function evaluate(
  session: ReadOnlySession,
  checks: readonly PlannedCheck[],
  options: { sampleSize?: number; shareScans?: boolean },
): Promise<CheckResult[]> {
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const counted =
    options.shareScans === false ? new Map<string, Counted>() : await sharedCounts(session, checks);
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = Date.now();
    try {
      const shared = counted.get(check.id);
      let violations: number;
      if (shared) violations = shared.violations;
      else {
        const [row] = await session.query(countSql(check));
        violations = Number(row?.['n'] ?? 0);
      }
      const samples =
        violations > 0 && sampleSize > 0
          ? (await session.query(sampleSql(check, mappingDialectOf(session.kind), sampleSize))).map(jsonRow)
          : [];
      results.push({
        check,
        status: violations > 0 ? 'fail' : 'pass',
        violations,
        samples,
        ms: Date.now() - started + (shared?.ms ?? 0),
      });
    } catch (error) {
      results.push(errorResult(check, error, Date.now() - started));
    }
  }
  return results;
}

/** A check that could not run; a sandbox refusal keeps its code (GGM-E001, GGM-E002). */
function errorResult(check: PlannedCheck, error: unknown, ms: number): CheckResult {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  return {
    check,
    status: 'error',
    violations: 0,
    samples: [],
    message: error instanceof SandboxError ? `${error.code} ${first}` : first,
    ms,
  };
}

interface Counted {
  violations: number;
  /** The check's share of the scan's time. */
  ms: number;
}

/** Violation counts of the row-by-row checks, one scan per table; a table whose scan fails is left out. */
async function sharedCounts(
  session: ReadOnlySession,
  checks: readonly PlannedCheck[],
): Promise<Map<string, Counted>> {
  const byTable = new Map<string, PlannedCheck[]>();
  for (const c of checks) if (c.predicate) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const counted = new Map<string, Counted>();
  for (const [table, group] of byTable) {
    if (group.length < 2) continue;
    const started = Date.now();
    try {
      const [row] = await session.query(sharedScanSql(table, group, mappingDialectOf(session.kind)));
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
