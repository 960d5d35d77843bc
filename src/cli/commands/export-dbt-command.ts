import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DBT_ADAPTERS } from '../../dbt/dbt-adapters.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { projectDbt } from '../../pipeline/dbt/project-dbt.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { commandGroup } from '../command-groups.js';
import { UsageError, type Io } from '../output.js';

interface ExportDbtOptions {
  adapter: string;
  out: string;
  project: string;
  model?: string;
  from?: string;
  to?: string;
}

/** The periods gold models compute, fixed when the project is written (a model has no clock). */
function periodRange(options: ExportDbtOptions): { from: string; to: string } {
  const year = new Date().getUTCFullYear();
  const range = { from: options.from ?? `${year - 4}-01-01`, to: options.to ?? `${year}-12-31` };
  for (const d of [range.from, range.to])
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d))
      throw new UsageError(`--from/--to take a date as YYYY-MM-DD (got ${d})`);
  return range;
}

/**
 * `ggm export dbt`: the project as a dbt project for one adapter (models from the load plans, sources,
 * data tests, descriptions). Diagnostics go to stderr; exit code 1 when one is an error.
 */
export function registerExportDbtCommand(program: Command, io: Io): void {
  commandGroup(program, 'export', 'export the project for other tools')
    .command('dbt')
    .description('write a dbt project: one model per mapping, bronze as sources, checks as data tests')
    .requiredOption('--adapter <name>', `dbt adapter: ${DBT_ADAPTERS.map((a) => a.name).join(', ')}`)
    .requiredOption('-o, --out <dir>', 'folder to write the dbt project into')
    .option('-p, --project <dir>', 'project directory (ggm.yaml, mappings/)', '.')
    .option('-m, --model <path|version>', "release workbook or version instead of ggm.yaml's model")
    .option('--from <date>', 'gold: first day of the periods (default: 1 January, four years back)')
    .option('--to <date>', 'gold: last day of the periods (default: 31 December of this year)')
    .action(async (options: ExportDbtOptions) => {
      const service = await ProjectService.open(options.project);
      const { files, diagnostics } = await projectDbt(service, options.adapter, {
        ...(options.model ? { model: options.model } : {}),
        periods: periodRange(options),
      });
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      if (files.length === 0) throw new UsageError(`no dbt project written (${errors} error(s))`, 1);
      for (const f of files) {
        const path = join(options.out, f.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, f.content);
      }
      io.out(`${files.length} files of a dbt project (${options.adapter}) written to ${options.out}`);
      if (errors > 0) throw new UsageError(`${errors} error(s): see above`, 1);
    });
}
