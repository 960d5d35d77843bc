// The REST API over a project's warehouse (NL API Design Rules): fastify with schema-validated routes,
// OIDC/API-key authentication on every route but openapi.json, problem+json errors, security headers,
// `API-Version` and `traceparent` on every response, and no BSN in any URL.
import swagger from '@fastify/swagger';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { API_BASE, API_VERSION } from './api-version.js';
import type { Authenticator } from './auth/authenticator.js';
import type { Principal } from './auth/principal.js';
import { containsBsn, decodedUrl, redactBsns } from './bsn-in-url.js';
import { openApiDocumentOptions } from './openapi-document.js';
import { ProblemError, sendProblem } from './problem.js';
import { registerCatalogRoutes } from './routes/catalog-routes.js';
import { registerDataRoutes } from './routes/data-routes.js';
import { registerDemoRoutes } from './routes/demo-routes.js';
import { registerIndicatorRoutes } from './routes/indicator-routes.js';
import { registerLineageRoutes } from './routes/lineage-routes.js';
import { registerAuditTrailRoutes } from './routes/audit-trail-routes.js';
import { registerLogbookRoutes } from './routes/logbook-routes.js';
import { registerModelBrowseRoutes } from './routes/model-browse-routes.js';
import { registerModelDiffRoutes } from './routes/model-diff-routes.js';
import { registerModelRoutes } from './routes/model-routes.js';
import { registerOverviewRoutes } from './routes/overview-routes.js';
import { registerQualityHistoryRoutes } from './routes/quality-history-routes.js';
import { registerQualityRoutes } from './routes/quality-routes.js';
import { registerQuarantineRoutes } from './routes/quarantine-routes.js';
import { registerRunRoutes } from './routes/run-routes.js';
import { registerSourceRoutes } from './routes/source-routes.js';
import { registerWebConfigRoutes } from './routes/web-config-routes.js';
import type { ServerContext } from './server-context.js';
import { API_CODES } from './server-codes.js';
import { traceOf, traceparentOf, type RequestTrace } from './trace-context.js';
import { invalidParamsOf } from './validation-problem.js';
import { keyProblem } from './key-problem.js';
import { isWebPath, registerWebApp, webContentSecurityPolicy, type WebApp } from './web-app.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    trace: RequestTrace;
    startedAt: number;
  }
  interface FastifyContextConfig {
    /** Reachable without credentials (openapi.json, the web app's files). */
    public?: boolean;
    /** The web app's catch-all route: public only outside the API's paths. */
    web?: boolean;
  }
}

/** An extra route plugin (e.g. the OData feed), mounted under the base path behind the same auth. */
export interface ServerPlugin {
  plugin: FastifyPluginAsync<{ context: ServerContext }>;
  /** Below API_BASE, e.g. `/odata`. */
  prefix: string;
}

export interface BuildServerOptions {
  context: ServerContext;
  authenticator: Authenticator;
  /** A pino logger (or its options); false for none. */
  logger?: FastifyBaseLogger | Record<string, unknown> | boolean;
  /** Largest request body in bytes (default 64 KiB). */
  bodyLimit?: number;
  plugins?: readonly ServerPlugin[];
  /** Runs when the server closes (close the warehouse, the audit log). */
  onClose?: () => Promise<void>;
  /** The built web application, served on every path outside the API (see web-app.ts). */
  webApp?: WebApp;
}

export const DEFAULT_BODY_LIMIT = 64 * 1024;

const SECURITY_HEADERS = {
  'API-Version': API_VERSION,
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Referrer-Policy': 'no-referrer',
};

export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { context, authenticator } = options;
  const loggerOption = options.logger ?? false;
  const isLoggerInstance =
    typeof loggerOption === 'object' && loggerOption !== null && 'child' in loggerOption;
  const app = Fastify({
    ...(isLoggerInstance
      ? { loggerInstance: loggerOption as FastifyBaseLogger }
      : { logger: loggerOption as boolean | Record<string, unknown> }),
    // fastify's own request lines carry the raw URL; ours (onResponse) redact BSNs
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false },
    return503OnClosing: true,
    ajv: {
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
    frameworkErrors: (error, request, reply) => {
      void sendProblem(
        request,
        reply,
        400,
        API_CODES.invalidParameters,
        'Het verzoek kan niet worden gelezen.',
      );
      void error;
    },
  });

  // Only JSON bodies: anything else is a 415.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('trace', null as unknown as RequestTrace);
  app.decorateRequest('startedAt', 0);
  app.decorateRequest('principal', undefined);

  app.addHook('onRequest', async (request, reply) => {
    request.startedAt = Date.now();
    request.trace = traceOf(request.headers['traceparent']);
    const config = request.routeOptions.config;
    const isPublic =
      config?.public === true && (config.web !== true || isWebPath(request.url.split('?')[0]!, API_BASE));
    let failure: { code: string; detail: string } | undefined;
    if (!isPublic) {
      const apiKey = request.headers['x-api-key'];
      const result = await authenticator.authenticate({
        authorization: request.headers.authorization,
        apiKey: typeof apiKey === 'string' ? apiKey : undefined,
      });
      if ('principal' in result) request.principal = result.principal;
      else failure = result.failure;
    }
    if (containsBsn(decodedUrl(request.url))) {
      await context.audit.append({
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        ...(request.trace.parentSpanId ? { parentSpanId: request.trace.parentSpanId } : {}),
        name: `${request.method} ${redactBsns(decodedUrl(request.url)).split('?')[0]}`,
        startTime: request.startedAt,
        endTime: Date.now(),
        statusCode: 0,
        dataSubjects: [],
        actor: { user: request.principal?.user ?? 'onbekend', roles: request.principal?.roles ?? [] },
        outcome: 'denied',
        detail: `${API_CODES.bsnInUrl} BSN in URL`,
      });
      return sendProblem(
        request,
        reply,
        400,
        API_CODES.bsnInUrl,
        'Een BSN hoort niet in een URL; zoek op BSN met POST en het BSN in de body.',
        [{ name: 'url', code: 'bsn', reason: 'De URL bevat een BSN.' }],
      );
    }
    if (failure) return sendProblem(request, reply, 401, failure.code, failure.detail);
    // No trailing slash (NL API Design Rules): `/klassen/` is not `/klassen`, nor `/klassen/{naam}`.
    const path = request.url.split('?')[0]!;
    if (path.length > 1 && path.endsWith('/'))
      return sendProblem(request, reply, 404, API_CODES.notFound, 'Deze resource bestaat niet.');
  });

  const webSecurityHeaders = {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': webContentSecurityPolicy(options.webApp?.connectSources),
  };
  app.addHook('onSend', async (request, reply, payload) => {
    // The web app's files keep their own caching and get a CSP that lets the app run.
    if (options.webApp && isWebPath(request.url.split('?')[0]!, API_BASE))
      reply.headers({
        ...webSecurityHeaders,
        'Cache-Control': reply.getHeader('cache-control') ?? 'no-store',
      });
    else reply.headers(SECURITY_HEADERS);
    if (request.trace) reply.header('traceparent', traceparentOf(request.trace));
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: redactBsns(decodedUrl(request.url)),
        status: reply.statusCode,
        user: request.principal?.user,
        traceId: request.trace?.traceId,
        ms: Date.now() - request.startedAt,
      },
      'request',
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 404, API_CODES.notFound, 'Deze resource bestaat niet.'),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => problemForError(error, request, reply));

  await app.register(swagger, openApiDocumentOptions());

  await app.register(
    async (api) => {
      api.get(
        '/openapi.json',
        { config: { public: true }, schema: { hide: true } },
        async (_request, reply) => reply.header('Access-Control-Allow-Origin', '*').send(app.swagger()),
      );
      registerModelRoutes(api, context);
      registerModelBrowseRoutes(api, context);
      registerModelDiffRoutes(api, context);
      registerCatalogRoutes(api, context);
      registerLineageRoutes(api, context);
      registerQualityRoutes(api, context);
      registerRunRoutes(api, context);
      registerQuarantineRoutes(api, context);
      registerDataRoutes(api, context);
      registerLogbookRoutes(api, context);
      registerAuditTrailRoutes(api, context);
      registerWebConfigRoutes(api, context);
      registerOverviewRoutes(api, context);
      registerIndicatorRoutes(api, context);
      registerDemoRoutes(api, context, authenticator);
      registerSourceRoutes(api, context);
      registerQualityHistoryRoutes(api, context);
      for (const extra of options.plugins ?? [])
        await api.register(extra.plugin, { prefix: extra.prefix, context });
    },
    { prefix: API_BASE },
  );
  if (options.webApp) registerWebApp(app, options.webApp, API_BASE);
  if (options.onClose) {
    const onClose = options.onClose;
    app.addHook('onClose', async () => onClose());
  }
  await app.ready();
  return app;
}

function problemForError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError)
    return sendProblem(request, reply, error.status, error.code, error.detail, error.invalidParams);
  if (error.validation)
    return sendProblem(
      request,
      reply,
      400,
      API_CODES.invalidParameters,
      'Een of meer parameters zijn niet geldig.',
      invalidParamsOf(error.validation, error.validationContext),
    );
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return sendProblem(request, reply, 413, API_CODES.bodyTooLarge, 'De body van het verzoek is te groot.');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return sendProblem(request, reply, 415, API_CODES.badBody, 'Stuur de body als application/json.');
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return sendProblem(request, reply, status, API_CODES.badBody, 'Het verzoek kan niet worden verwerkt.');
  const key = keyProblem(error);
  if (key) {
    request.log.error({ err: error }, 'key store');
    return sendProblem(request, reply, key.status, key.code, key.detail);
  }
  const lost = (error as { code?: string }).code === 'GGM-I113';
  request.log.error({ err: error }, 'internal error');
  return sendProblem(
    request,
    reply,
    lost ? 503 : 500,
    lost ? API_CODES.unavailable : API_CODES.internal,
    lost ? 'Het datawarehouse is niet bereikbaar.' : 'Er ging iets mis; de fout is gelogd.',
  );
}
