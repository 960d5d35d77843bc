import type { Command } from 'commander';
import { ProjectService } from '../../pipeline/project-service.js';
import type { Io } from '../output.js';
import { parsePort, serveUntilStopped, startProjectServer } from '../serve-project.js';

/**
 * `ggm serve`: the REST API over the project's warehouse under its governance.yaml, until SIGINT or
 * SIGTERM. Request lines (JSON, BSNs redacted) go to stderr; the address to stdout.
 */
export function registerServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the REST API (/api/v1) over the warehouse, under governance.yaml')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .action(async (options: { project: string; host: string; port: string }) => {
      parsePort(options.port);
      const service = await ProjectService.open(options.project);
      const { app } = await startProjectServer(
        service,
        { host: options.host, port: options.port, logLevel: process.env['GGM_LOG_LEVEL'] ?? 'info' },
        io,
      );
      await serveUntilStopped(app);
    });
}
