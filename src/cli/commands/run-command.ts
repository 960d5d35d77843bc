import type { Command } from 'commander';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { executeRun, type RunEvent, type StepOutcome } from '../../pipeline/execute-run.js';
import { explainRunPlan } from '../../pipeline/explain-run-plan.js';
import { stepLabel } from '../../pipeline/run-plan.js';
import { describeProgress } from '../../pipeline/step-progress.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { batchBoundFromEnv } from '../batch-bound-env.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface RunCommandOptions {
  project: string;
  select?: string[];
  dryRun?: boolean;
  json?: boolean;
  model?: string;
}

/**
 * `ggm run`: load the sources into bronze and build silver from the mappings, in dependency order.
 * Exit code 0 when every step succeeded, 1 when a step failed or the project has errors.
 */
export function registerRunCommand(program: Command, io: Io): void {
  program
    .command('run')
    .description('run the project: load sources into bronze, build silver from the mappings')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('-s, --select <name...>', 'only these sources, mappings or silver tables (and what they need)')
    .option('--dry-run', 'explain the plan without touching the warehouse')
    .option('--json', 'print the plan (dry run) or the result as JSON')
    .option(
      '-m, --model <path|version>',
      'release workbook or version (default: model in ggm.yaml, GGM_MODEL)',
    )
    .action(async (options: RunCommandOptions) => {
      const service = await ProjectService.open(options.project);
      const planned = await service.plan({
        ...(options.select ? { select: options.select } : {}),
        ...(options.model ? { model: options.model } : {}),
        batchBound: batchBoundFromEnv(),
      });
      const { project, plan, diagnostics } = planned;
      for (const d of diagnostics.filter((d) => d.severity !== 'info')) io.err(formatDiagnostic(d));
      if (diagnostics.some((d) => d.severity === 'error')) throw new UsageError('the run plan has errors', 1);
      if (options.dryRun) {
        if (options.json) printJson(io, plan);
        else io.out(explainRunPlan(plan));
        return;
      }
      const result = await service.withWarehouse((engine) =>
        executeRun(engine, project, plan, options.json ? undefined : (e) => progress(io, e)),
      );
      if (options.json)
        printJson(io, {
          runId: result.runId,
          status: result.status,
          steps: result.outcomes.map(outcomeJson),
        });
      else printSummary(io, result.outcomes, result.runId, result.status);
      if (result.status !== 'succeeded') process.exitCode = 1;
    });
}

function bar(done: number, total: number, width = 20): string {
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

export function progress(io: Io, event: RunEvent): void {
  if (event.type === 'start') {
    io.out(`run ${event.runId}: ${event.total} steps`);
    if (event.interrupted > 0)
      io.out(`  (${event.interrupted} earlier run(s) had been interrupted; picking up what is pending)`);
    return;
  }
  if (event.type === 'step-start') return;
  if (event.type === 'step-progress') {
    io.out(`    … ${stepLabel(event.step)}: ${describeProgress(event.progress)}`);
    return;
  }
  const o = event.outcome;
  const detail = [
    o.step.kind === 'build'
      ? `${o.batches} batch(es) applied`
      : o.step.kind === 'load'
        ? `${o.batches} batch(es), ${o.rows} rows`
        : '',
    o.message ?? '',
  ]
    .filter(Boolean)
    .join('; ');
  io.out(
    `${bar(event.index + 1, event.total)} ${o.status.padEnd(9)} ${stepLabel(o.step)}${detail ? ` — ${detail}` : ''} (${o.ms} ms)`,
  );
}

function outcomeJson(o: StepOutcome) {
  return {
    id: o.step.id,
    kind: o.step.kind,
    status: o.status,
    ms: o.ms,
    batches: o.batches,
    rows: o.rows,
    message: o.message,
  };
}

function printSummary(io: Io, outcomes: StepOutcome[], runId: string, status: string): void {
  io.out('');
  io.out(
    formatTable(
      ['step', 'status', 'batches', 'rows', 'ms', 'note'],
      outcomes.map((o) => [o.step.id, o.status, o.batches, o.rows, o.ms, o.message]),
      70,
    ),
  );
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const skipped = outcomes.filter((o) => o.status === 'skipped').length;
  io.out(
    `\nrun ${runId} ${status}: ${outcomes.length - failed - skipped} succeeded, ${failed} failed, ${skipped} skipped`,
  );
}
