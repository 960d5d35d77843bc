import type { Command } from 'commander';
import { ProjectService } from '../../pipeline/project-service.js';
import { ODATA_PREFIX, odataServerPlugin } from '../../server/odata/odata-server-plugin.js';
import { openGovernedServer } from '../../server/open-server.js';
import { builtWebRoot, loadWebApp } from '../../server/web-app.js';
import { API_BASE } from '../../server/api-version.js';
import { UsageError, type Io } from '../output.js';

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
      const port = Number(options.port);
      if (!/^\d{1,5}$/.test(options.port) || port > 65535)
        throw new UsageError(`--port must be a number from 0 to 65535`);
      const publicUrl = process.env['GGM_PUBLIC_URL'];
      if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(publicUrl))
        throw new UsageError('GGM_PUBLIC_URL must be an http(s) address, e.g. https://data.gemeente.nl');
      const service = await ProjectService.open(options.project);
      const webRoot = builtWebRoot();
      const app = await openGovernedServer(service, {
        ...(webRoot ? { webApp: loadWebApp(webRoot) } : {}),
        logger: { level: process.env['GGM_LOG_LEVEL'] ?? 'info', stream: process.stderr },
        // behind a proxy, the feed's links must name the address clients use
        plugins: [odataServerPlugin(publicUrl ? { publicUrl } : {})],
      });
      const address = await app.listen({ host: options.host, port });
      if (webRoot) io.out(`Web application: ${address}/`);
      io.out(`ggm serve: ${address}${API_BASE} (OpenAPI: ${address}${API_BASE}/openapi.json)`);
      io.out(
        `OData feed of gold (Power BI, Excel): ${publicUrl?.replace(/\/+$/, '') ?? address}${API_BASE}${ODATA_PREFIX}/<doel>`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app.close().then(() => resolve());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
