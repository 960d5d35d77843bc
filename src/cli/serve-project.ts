// Serving a project over HTTP until SIGINT/SIGTERM, shared by `ggm serve` and `ggm demo` (npm start):
// the governed API, the OData feed of gold and, when built, the web application on the same origin.
import type { FastifyInstance } from 'fastify';
import type { ProjectService } from '../pipeline/project-service.js';
import { API_BASE } from '../server/api-version.js';
import { ODATA_PREFIX, odataServerPlugin } from '../server/odata/odata-server-plugin.js';
import { openGovernedServer } from '../server/open-server.js';
import { builtWebRoot, loadWebApp } from '../server/web-app.js';
import { UsageError, type Io } from './output.js';

export interface ServeOptions {
  host: string;
  port: string;
  /** Request lines (JSON) on stderr at this level; false: none (the demo keeps its terminal readable). */
  logLevel: string | false;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535`);
  return port;
}

/** Opens and starts the server; prints the addresses; returns the app and its address. */
export async function startProjectServer(
  service: ProjectService,
  options: ServeOptions,
  io: Io,
): Promise<{ app: FastifyInstance; address: string }> {
  const port = parsePort(options.port);
  const publicUrl = process.env['GGM_PUBLIC_URL'];
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(publicUrl))
    throw new UsageError('GGM_PUBLIC_URL must be an http(s) address, e.g. https://data.gemeente.nl');
  const webRoot = builtWebRoot();
  const app = await openGovernedServer(service, {
    ...(webRoot ? { webApp: loadWebApp(webRoot) } : {}),
    logger: options.logLevel === false ? false : { level: options.logLevel, stream: process.stderr },
    // behind a proxy, the feed's links must name the address clients use
    plugins: [odataServerPlugin(publicUrl ? { publicUrl } : {})],
  });
  const address = await app.listen({ host: options.host, port });
  if (webRoot) io.out(`Web application: ${address}/`);
  io.out(`ggm serve: ${address}${API_BASE} (OpenAPI: ${address}${API_BASE}/openapi.json)`);
  io.out(
    `OData feed of gold (Power BI, Excel): ${publicUrl?.replace(/\/+$/, '') ?? address}${API_BASE}${ODATA_PREFIX}/<doel>`,
  );
  return { app, address };
}

/** Resolves once SIGINT or SIGTERM arrived and the server closed. */
export function serveUntilStopped(app: FastifyInstance): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
