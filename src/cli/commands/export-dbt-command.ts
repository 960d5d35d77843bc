import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DBT_ADAPTERS } from '../../dbt/dbt-adapters.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { projectDbt } from '../../pipeline/dbt/project-dbt.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { commandGroup } from '../command-groups.js';
import { UsageError, type Io } from '../output.js';

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
    .action(async (options: { adapter: string; out: string; project: string; model?: string }) => {
      const service = await ProjectService.open(options.project);
      const { files, diagnostics } = await projectDbt(service, options.adapter, {
        ...(options.model ? { model: options.model } : {}),
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
