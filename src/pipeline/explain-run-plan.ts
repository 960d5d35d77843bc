import { stepLabel, type RunPlan } from './run-plan.js';

/** `ggm run --dry-run`: the plan in words, one numbered line per step with what it waits for. */
export function explainRunPlan(plan: RunPlan): string {
  const number = new Map(plan.steps.map((s, i) => [s.id, i + 1]));
  const lines = [
    `Run plan for ${plan.project}`,
    `engine ${plan.engine}; model ${plan.model.name}${plan.model.version ? ` ${plan.model.version}` : ''}`,
    '',
  ];
  for (const [i, step] of plan.steps.entries()) {
    const after = step.dependsOn
      .filter((d) => d !== 'prepare')
      .map((d) => number.get(d))
      .filter((n): n is number => n !== undefined);
    lines.push(
      `${String(i + 1).padStart(3)}. ${stepLabel(step)}${after.length ? `  [after ${after.join(', ')}]` : ''}`,
    );
    if (step.kind === 'build') {
      const passes =
        step.batchBound.maxBatches > 1
          ? `up to ${step.batchBound.maxBatches} batches (${step.batchBound.maxRows} rows) per pass`
          : `one batch per pass${step.oneBatchPerPass ? ` (${step.oneBatchPerPass})` : ''}`;
      lines.push(`       ${step.targetClass}; history ${step.history}; ${passes}`);
    }
  }
  lines.push(
    '',
    'Loads skip files already in bronze; builds apply only batches not yet applied, a set per pass as if one by one.',
    'Nothing is changed by a dry run.',
  );
  return lines.join('\n');
}
