import type { Command } from 'commander';
import { ProjectService } from '../../pipeline/project-service.js';
import { UsageError, type Io } from '../output.js';
import {
  createSociaalViews,
  SOCIAAL_EXT_SCHEMA,
  sociaalViewStatements,
} from '../../ingest/istandaarden/lakehouse/sociaal-views.js';

/**
 * `ggm sociaal-views [-p dir] [--source istandaarden] [--sql]`: creates (or replaces) the `sociaal_ext`
 * views over the bronze table of an `istandaarden` source; with `--sql` only prints them.
 */
export function registerSociaalViewsCommand(program: Command, io: Io): void {
  program
    .command('sociaal-views')
    .description(
      `create the ${SOCIAAL_EXT_SCHEMA} views over iWmo/iJw bronze (OP087 current toewijzingen, data GGM has no home for)`,
    )
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('--source <name>', 'the source with format istandaarden (default: the only one)')
    .option('--sql', 'print the statements instead of running them')
    .action(async (options: { project: string; source?: string; sql?: boolean }) => {
      const service = await ProjectService.open(options.project);
      const { config } = service;
      const candidates = config.sources.filter((s) => s.kind === 'file' && s.format === 'istandaarden');
      const source = options.source
        ? candidates.find((s) => s.name === options.source)
        : candidates.length === 1
          ? candidates[0]
          : undefined;
      if (!source) {
        const names = candidates.map((s) => s.name).join(', ') || 'none';
        throw new UsageError(
          `give --source with one of the sources of format istandaarden in ggm.yaml (${names})`,
        );
      }
      if (options.sql) {
        for (const sql of sociaalViewStatements(source.name)) io.out(`${sql};\n`);
        return;
      }
      const engine = await service.openWarehouse();
      try {
        await createSociaalViews(engine, source.name);
      } finally {
        await engine.close();
      }
      io.out(`created the views of ${SOCIAAL_EXT_SCHEMA} over bronze.${source.name}`);
    });
}
