import type { LoadPlan, PlanStep } from '../plan/load-plan.js';

/**
 * Lowers the high-level `merge` into the steps each history mode needs:
 * - snapshot: close open versions whose row hash changed, optionally close versions missing from a
 *   full extract, then insert a version for every key without an open one;
 * - events: append rows not yet present (same key and valid_from);
 * - none: replace changed rows, insert new keys.
 * With tombstones (`delete_when`), snapshot also closes and none also deletes the objects they name.
 */
export function expandHistoryPass(plan: LoadPlan): LoadPlan {
  return { ...plan, steps: plan.steps.flatMap(expand) };
}

function expand(step: PlanStep): PlanStep[] {
  if (step.kind !== 'merge') return [step];
  const { write } = step;
  switch (step.mode) {
    case 'snapshot':
      return [
        { kind: 'close-changed', write },
        ...(write.tombstones ? [{ kind: 'close-tombstoned' as const, write }] : []),
        ...(step.closeMissing ? [{ kind: 'close-missing' as const, write }] : []),
        { kind: 'insert-rows', write, unless: 'open-version' },
      ];
    case 'events':
      return [{ kind: 'insert-rows', write, unless: 'same-version' }];
    case 'none':
      return [
        { kind: 'delete-changed', write },
        ...(write.tombstones ? [{ kind: 'delete-tombstoned' as const, write }] : []),
        { kind: 'insert-rows', write, unless: 'same-key' },
      ];
  }
}
