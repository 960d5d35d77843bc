import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { readableDirectories } from '../../project/project-config.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { checkResultsJson, formatCheckReport } from '../check-report.js';
import { blocking, DEFAULT_SAMPLE_SIZE, runChecks } from '../../pipeline/checks/run-checks.js';
import { selectChecks } from '../../checks/select-checks.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { printJson, UsageError, type Io } from '../output.js';

interface CheckCommandOptions {
  project: string;
  select?: string[];
  json?: boolean;
  all?: boolean;
  samples: string;
  model?: string;
}

/**
 * `ggm check`: runs the data-quality checks (derived from the model and the project's `checks/`) against
 * the warehouse as it is, stores the results in meta.check_results and prints a report. Exit code 0
 * when no error-severity check fails, 1 when one does (or the checks have configuration errors), 2 for
 * bad arguments.
 */
export function registerCheckCommand(program: Command, io: Io): void {
  program
    .command('check')
    .description('run the data-quality checks on silver and report violations')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option(
      '-s, --select <name...>',
      'only these checks, tables or kinds of check (bsn, reference, custom …)',
    )
    .option('--json', 'print the results as JSON')
    .option('--all', 'list passing checks too')
    .option('--samples <n>', 'violating rows kept per failing check', String(DEFAULT_SAMPLE_SIZE))
    .option(
      '-m, --model <path|version>',
      'release workbook or version (default: model in ggm.yaml, GGM_MODEL)',
    )
    .action(async (options: CheckCommandOptions) => {
      const sampleSize = Number(options.samples);
      if (!Number.isInteger(sampleSize) || sampleSize < 0)
        throw new UsageError(`--samples needs a whole number, not ${options.samples}`);
      const service = await ProjectService.open(options.project);
      const planned = await service.checks(options.model ? { model: options.model } : {});
      const selected = selectChecks(planned.checks, options.select ?? []);
      const problems = [...planned.diagnostics, ...selected.diagnostics];
      for (const d of problems) io.err(formatDiagnostic(d));
      if (selected.diagnostics.length > 0) throw new UsageError('--select names unknown checks');
      if (problems.some((d) => d.severity === 'error')) throw new UsageError('the checks have errors', 1);
      const runId = `check-${new Date()
        .toISOString()
        .replace(/[-:.TZ]/g, '')
        .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
      const results = await service.withWarehouse((engine) =>
        runChecks(engine, runId, selected.checks, {
          sampleSize,
          sandbox: { allowedDirectories: readableDirectories(service.config) },
        }),
      );
      if (options.json) printJson(io, checkResultsJson(runId, results));
      else io.out(formatCheckReport(runId, results, options.all));
      if (blocking(results).length > 0) process.exitCode = 1;
    });
}
