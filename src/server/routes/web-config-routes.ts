// What the web application needs before anyone signs in: whether this is the development mode (demo
// users) and, when the policy configures one, the OIDC provider and public client to sign in with.
// Public, like openapi.json: it holds nothing secret (no client secret exists for a PKCE client).
import type { FastifyInstance } from 'fastify';
import { loadGovernance } from '../../pipeline/governance/load-governance.js';
import { ProblemError } from '../problem.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

export interface WebConfiguration {
  ontwikkelmodus: boolean;
  oidc?: { issuer: string; clientId: string; scope: string; rolClaim: string };
  /** The policy's roles and the purposes each may choose (not secret: names, no grants). */
  rollen: { naam: string; doelen: string[] }[];
}

const DEFAULT_WEB_SCOPE = 'openid profile';

export function registerWebConfigRoutes(api: FastifyInstance, context: ServerContext): void {
  // Read once: the policy does not change while the server runs.
  let configuration: Promise<WebConfiguration> | undefined;
  api.get(
    '/webconfiguratie',
    {
      config: { public: true },
      schema: {
        summary: 'De instellingen van de webapplicatie: ontwikkelmodus en de OIDC-aanmelding',
        tags: ['web'],
        operationId: 'getWebconfiguratie',
        security: [],
        response: {
          200: {
            description: 'De instellingen voor de webapplicatie.',
            type: 'object',
            additionalProperties: false,
            required: ['ontwikkelmodus', 'rollen'],
            properties: {
              ontwikkelmodus: { type: 'boolean' },
              oidc: {
                type: 'object',
                additionalProperties: false,
                required: ['issuer', 'clientId', 'scope', 'rolClaim'],
                properties: {
                  issuer: { type: 'string' },
                  clientId: { type: 'string' },
                  scope: { type: 'string' },
                  rolClaim: { type: 'string' },
                },
              },
              rollen: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['naam', 'doelen'],
                  properties: {
                    naam: { type: 'string' },
                    doelen: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    async () => {
      configuration ??= webConfiguration(context.service.config.dir);
      try {
        return await configuration;
      } catch {
        configuration = undefined;
        throw new ProblemError(503, API_CODES.unavailable, 'Het beleid kan niet worden gelezen.');
      }
    },
  );
}

async function webConfiguration(projectDir: string): Promise<WebConfiguration> {
  const { policy } = await loadGovernance(projectDir);
  if (!policy) throw new Error('governance.yaml has errors');
  const oidc = policy.authentication.oidc;
  return {
    ontwikkelmodus: policy.mode === 'development',
    rollen: policy.roles.map((r) => ({ naam: r.name, doelen: [...r.purposes] })),
    ...(oidc?.webClientId
      ? {
          oidc: {
            issuer: oidc.issuer,
            clientId: oidc.webClientId,
            scope: oidc.webScope ?? DEFAULT_WEB_SCOPE,
            rolClaim: oidc.roleClaim,
          },
        }
      : {}),
  };
}
