import type { Engine, SandboxOptions } from '../../engines/engine.js';
import type { CheckStep } from '../run-plan.js';
import type { CheckResult } from '../../checks/check-types.js';
import { blocking, runChecks } from './run-checks.js';

/**
 * A `check` step of `ggm run`: runs the table's checks and stores the results under the run's id. The
 * step fails (and `ggm run` exits with 1) only when an error-severity check finds violations or cannot
 * run; warnings are counted in the message. `rows` is the number of violating rows found.
 */
export async function runCheckStep(
  engine: Engine,
  runId: string,
  step: CheckStep,
  /** Where custom checks may read files (the project folder and allow_paths). */
  sandbox: SandboxOptions = {},
): Promise<{ batches: number; rows: number; message: string; failed: boolean; checks: CheckResult[] }> {
  const results = await runChecks(engine, runId, step.checks, { sandbox });
  const failing = results.filter((r) => r.status !== 'pass');
  const blockers = blocking(results);
  const warnings = failing.filter((r) => r.check.severity === 'warn');
  const message = [
    `${results.length - failing.length}/${results.length} passed`,
    warnings.length > 0 ? `${warnings.length} warning(s)` : '',
    blockers.length > 0
      ? `${blockers.length} error(s): ${blockers.map((r) => `${r.check.id} (${r.status === 'error' ? r.message : `${r.violations} rows`})`).join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    // Checks load nothing: no batches, so a run with nothing new still counts 0 batches.
    batches: 0,
    rows: results.reduce((n, r) => n + r.violations, 0),
    message,
    failed: blockers.length > 0,
    checks: results,
  };
}
