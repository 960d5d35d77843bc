// Opens everything a server needs for one project: the compiled project, a long-lived warehouse
// connection, the policy and the audit log; and closes them again with the server.
import type { FastifyInstance } from 'fastify';
import { defaultAuditLogPath } from '../audit/audit-log.js';
import type { Engine } from '../engines/engine.js';
import type { AuthenticationConfig, GovernanceMode } from '../governance/authentication-config.js';
import type { ProjectService } from '../pipeline/project-service.js';
import { auditSink } from './audit-sink.js';
import { createAuthenticator } from './auth/authenticator.js';
import { buildServer, type BuildServerOptions } from './build-server.js';
import { policyAccess } from './policy-access.js';
import { originOf, type WebApp } from './web-app.js';
import { serializedWarehouse } from './serialized-warehouse.js';
import { metaTableExists } from './meta-pages.js';
import type { AuditSink, DataAccess, ServerContext } from './server-context.js';

export interface ProjectServerOptions {
  service: ProjectService;
  /** The policy and the audit log. */
  access: DataAccess;
  audit: AuditSink;
  authentication: AuthenticationConfig;
  mode: GovernanceMode;
  logger?: BuildServerOptions['logger'];
  plugins?: BuildServerOptions['plugins'];
  webApp?: BuildServerOptions['webApp'];
  /** Called when the server closes (e.g. to close the audit log). */
  onClose?: () => Promise<void>;
}

/** A server with the policy and audit log the caller gives (tests, the benchmark's baseline). */
export async function openProjectServer(options: ProjectServerOptions): Promise<FastifyInstance> {
  const warehouse = serializedWarehouse(await options.service.openWarehouse());
  try {
    return await buildServerFor(options.service, warehouse, {
      ...options,
      onClose: async () => {
        await options.onClose?.();
        await warehouse.close();
      },
    });
  } catch (error) {
    await warehouse.close().catch(() => undefined);
    throw error;
  }
}

/**
 * `ggm serve`: the project's policy (governance.yaml, validated against the warehouse), its audit log
 * (<project>/.ggm/audit/ldv.jsonl) and the authentication the policy configures.
 */
export async function openGovernedServer(
  service: ProjectService,
  options: {
    logger?: BuildServerOptions['logger'];
    plugins?: BuildServerOptions['plugins'];
    webApp?: BuildServerOptions['webApp'];
    /** Keep read results per warehouse state (default on; the benchmark measures without as well). */
    resultCache?: boolean;
  } = {},
): Promise<FastifyInstance> {
  const opened = await service.openWarehouse();
  const warehouse = serializedWarehouse(opened);
  let access: ReturnType<typeof policyAccess> | undefined;
  let audit: Awaited<ReturnType<typeof auditSink>> | undefined;
  try {
    const governance = await service.governance({ engine: warehouse });
    audit = await auditSink(defaultAuditLogPath(service.config.dir));
    access = policyAccess(governance, warehouse, service.config.dir, {
      ...(options.resultCache !== undefined ? { resultCache: options.resultCache } : {}),
    });
    // The sandbox opens now, not on the first user's request (the overview's first load waited for it),
    // and counts the tables the overview reads, so its first reads find them loaded.
    await access.warm(await overviewWarmUp(warehouse)).catch(() => undefined); // a failure shows on the first read, as before
    const held = { access, audit };
    const { resultCache: _resultCache, ...serverOptions } = options;
    return await buildServerFor(service, warehouse, {
      access,
      audit,
      authentication: governance.policy.authentication,
      mode: governance.policy.mode,
      ...serverOptions,
      onClose: async () => {
        await held.access.close();
        await held.audit.close();
        await warehouse.close();
      },
    });
  } catch (error) {
    await access?.close().catch(() => undefined);
    await audit?.close().catch(() => undefined);
    await warehouse.close().catch(() => undefined);
    throw error;
  }
}

/** The meta tables the overview reads (runs, their steps, check results): a count of each that exists. */
async function overviewWarmUp(warehouse: Engine): Promise<string[]> {
  const statements: string[] = [];
  for (const table of ['runs', 'run_steps', 'check_results'])
    if (await metaTableExists(warehouse, table).catch(() => false))
      statements.push(`SELECT count(*) AS n FROM meta.${table}`);
  return statements;
}

async function buildServerFor(
  service: ProjectService,
  warehouse: Engine,
  options: Omit<ProjectServerOptions, 'service'>,
): Promise<FastifyInstance> {
  const project = await service.compile();
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
  return buildServer({
    context,
    authenticator,
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(options.plugins ? { plugins: options.plugins } : {}),
    ...(options.webApp ? { webApp: withSignInOrigin(options.webApp, options.authentication) } : {}),
    ...(options.onClose ? { onClose: options.onClose } : {}),
  });
}

/** The web app may call the OIDC provider it signs in with (discovery, token exchange). */
function withSignInOrigin(webApp: WebApp, authentication: AuthenticationConfig): WebApp {
  const oidc = authentication.oidc;
  const origin = oidc?.webClientId ? originOf(oidc.issuer) : undefined;
  return origin ? { ...webApp, connectSources: [origin] } : webApp;
}
