import { formatTable } from './output.js';
import type { CheckResult } from '../checks/check-types.js';
import { blocking } from '../pipeline/checks/run-checks.js';

/**
 * The report `ggm check` prints: per silver table the checks that did not pass (all with `all`), with
 * severity, violations and the first violating row; then one summary line. Pure.
 */
export function formatCheckReport(runId: string, results: readonly CheckResult[], all = false): string {
  const lines: string[] = [];
  const tables = [...new Set(results.map((r) => r.check.table))];
  for (const table of tables) {
    const mine = results.filter((r) => r.check.table === table);
    const shown = all ? mine : mine.filter((r) => r.status !== 'pass');
    const passed = mine.filter((r) => r.status === 'pass').length;
    lines.push(`silver.${table}: ${passed}/${mine.length} checks passed`);
    if (shown.length > 0)
      lines.push(
        formatTable(
          ['check', 'severity', 'status', 'violations', 'sample'],
          shown.map((r) => [
            r.check.id,
            r.check.severity,
            r.status,
            r.violations,
            r.status === 'error' ? r.message : r.samples[0] ? JSON.stringify(r.samples[0]) : '',
          ]),
          90,
        ),
      );
    lines.push('');
  }
  const failing = results.filter((r) => r.status !== 'pass');
  const blockers = blocking(results);
  lines.push(
    `checks ${runId}: ${results.length - failing.length} passed, ${failing.length - blockers.length} warning(s), ${blockers.length} error(s)`,
  );
  return lines.join('\n');
}

/** The results as JSON for `ggm check --json`. */
export function checkResultsJson(runId: string, results: readonly CheckResult[]) {
  return {
    runId,
    status: blocking(results).length > 0 ? 'failed' : 'passed',
    checks: results.map((r) => ({
      id: r.check.id,
      table: r.check.table,
      column: r.check.column ?? null,
      kind: r.check.kind,
      origin: r.check.origin,
      severity: r.check.severity,
      status: r.status,
      violations: r.violations,
      description: r.check.description,
      ...(r.message ? { message: r.message } : {}),
      samples: r.samples,
    })),
  };
}
