import type { Command } from 'commander';
import { parseEngineSpec } from '../../engines/open-engine.js';
import { LATEST_KNOWN_RELEASE } from '../../model/release-download.js';
import { initProject } from '../../project/project-init.js';
import { UsageError, type Io } from '../output.js';

/** `ggm init <dir>`: a new project with ggm.yaml, sources/, mappings/ and checks/. */
export function registerInitCommand(program: Command, io: Io): void {
  program
    .command('init')
    .description('create a project: ggm.yaml, sources/, mappings/, checks/')
    .argument('<dir>', 'project directory (created when missing)')
    .option('-e, --engine <engine>', 'duckdb:<file> or postgres://user@host/db', 'duckdb:warehouse.duckdb')
    .option(
      '-m, --model <path|version>',
      'GGM release version or workbook path the project pins',
      LATEST_KNOWN_RELEASE,
    )
    .option('-d, --domain <domain...>', 'domains in scope (default: all)')
    .option('--force', 'overwrite an existing ggm.yaml')
    .action(
      async (dir: string, options: { engine: string; model: string; domain?: string[]; force?: boolean }) => {
        const spec = parseEngineSpec(options.engine);
        if ('error' in spec) throw new UsageError(spec.error);
        let result;
        try {
          result = await initProject(dir, {
            engine: options.engine,
            model: options.model,
            ...(options.domain ? { domains: options.domain } : {}),
            ...(options.force ? { force: true } : {}),
          });
        } catch (error) {
          throw new UsageError((error as Error).message, 1);
        }
        io.out(`Created project in ${result.dir}: ${result.created.join(', ')}`);
        io.out('Next: put extracts in sources/, list them under sources: in ggm.yaml, then run ggm ingest');
      },
    );
}
