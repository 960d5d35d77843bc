import type { PlannedCheck } from '../../checks/check-types.js';
import type { BuildStep, CheckStep } from '../run-plan.js';

/**
 * One check step per table (in build order), after the builds of that table; steps follow the builds, so
 * reference checks see the tables they point to as built in the same run. Pure.
 */
export function checkSteps(checks: readonly PlannedCheck[], builds: readonly BuildStep[]): CheckStep[] {
  const byTable = new Map<string, PlannedCheck[]>();
  for (const c of checks) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const built = (table: string) => {
    const i = builds.findIndex((b) => b.target === `silver.${table}`);
    return i < 0 ? builds.length : i;
  };
  const tables = [...byTable.keys()].sort((a, b) => built(a) - built(b));
  return tables.map((table) => ({
    kind: 'check',
    id: `check:${table}`,
    table,
    checks: byTable.get(table)!,
    dependsOn: ['prepare', ...builds.filter((b) => b.target === `silver.${table}`).map((b) => b.id)],
  }));
}
