// Opens everything a server needs for one project: the compiled project, a long-lived warehouse
// connection, the policy and the audit log; and closes them again.
import type { FastifyInstance } from 'fastify';
import type { AuthenticationConfig, GovernanceMode } from '../governance/authentication-config.js';
import type { ProjectService } from '../pipeline/project-service.js';
import { createAuthenticator } from './auth/authenticator.js';
import { buildServer, type BuildServerOptions } from './build-server.js';
import type { AuditSink, DataAccess, ServerContext } from './server-context.js';

export interface ProjectServerOptions {
  service: ProjectService;
  /** The policy and audit log; the governance modules supply them. */
  access: DataAccess;
  audit: AuditSink;
  authentication: AuthenticationConfig;
  mode: GovernanceMode;
  logger?: BuildServerOptions['logger'];
  plugins?: BuildServerOptions['plugins'];
  /** Called when the server closes (e.g. to close the audit log). */
  onClose?: () => Promise<void>;
}

export async function openProjectServer(options: ProjectServerOptions): Promise<FastifyInstance> {
  const { service } = options;
  const project = await service.compile();
  const warehouse = await service.openWarehouse();
  try {
    const context: ServerContext = {
      service,
      project,
      warehouse,
      access: options.access,
      audit: options.audit,
    };
    const authenticator = await createAuthenticator({
      config: options.authentication,
      mode: options.mode,
      projectDir: service.config.dir,
    });
    const app = await buildServer({
      context,
      authenticator,
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
      ...(options.plugins ? { plugins: options.plugins } : {}),
      onClose: async () => {
        await options.onClose?.();
        await warehouse.close();
      },
    });
    return app;
  } catch (error) {
    await warehouse.close().catch(() => undefined);
    throw error;
  }
}
