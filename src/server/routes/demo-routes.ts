// Development mode only: the demo users of the policy, one per role, each with a short-lived development
// token, so the web app can switch between users without an identity provider. Public (no token needed:
// it hands them out), and a 404 outside development mode, like `ggm token`.
import type { FastifyInstance } from 'fastify';
import type { Authenticator } from '../auth/authenticator.js';
import { developmentPrivateKey, mintDevelopmentToken } from '../auth/development-key.js';
import { ProblemError } from '../problem.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

/** How long a demo token is valid. */
export const DEMO_TOKEN_SECONDS = 15 * 60;

/** Made-up names for the demo users, handed out to the roles in the policy's order. */
const DEMO_NAMES = [
  'Anouk de Vries',
  'Bram Jansen',
  'Charlotte Bakker',
  'Daan Visser',
  'Esra Yilmaz',
  'Floor Meijer',
  'Gijs de Boer',
  'Hanna Mulder',
  'Imane El Amrani',
  'Jelle Bos',
];

export function registerDemoRoutes(
  api: FastifyInstance,
  context: ServerContext,
  authenticator: Authenticator,
): void {
  api.get(
    '/demo/gebruikers',
    {
      config: { public: true },
      schema: {
        summary: 'Ontwikkelmodus: demogebruikers per rol van het beleid, elk met een kortlevend token',
        description:
          'Alleen in ontwikkelmodus (governance.yaml `mode: development`), daarbuiten 404. Openbaar: de tokens zijn ondertekend met de lokale ontwikkelsleutel en gelden ' +
          `${DEMO_TOKEN_SECONDS / 60} minuten.`,
        tags: ['demo'],
        operationId: 'getDemoGebruikers',
        security: [],
        querystring: querySchema({}),
        response: { 200: { description: 'De demogebruikers.', ...OPEN_OBJECT } },
      },
    },
    async () => {
      const development = authenticator.development;
      const key = development
        ? await developmentPrivateKey(context.service.config.dir, { create: false })
        : undefined;
      if (!development || !key)
        throw new ProblemError(
          404,
          API_CODES.developmentOnly,
          'Deze resource bestaat alleen in ontwikkelmodus.',
        );
      const roles = context.access.roles?.() ?? [];
      const now = new Date();
      const until = new Date(now.getTime() + DEMO_TOKEN_SECONDS * 1000).toISOString();
      const users = await Promise.all(
        roles.map(async (role, i) => {
          const user = `demo-${role.name}`;
          return {
            gebruiker: user,
            naam: DEMO_NAMES[i % DEMO_NAMES.length]!,
            rol: role.name,
            ...(role.description ? { omschrijving: role.description } : {}),
            doelen: [...role.purposes],
            token: await mintDevelopmentToken(key, {
              roles: [role.name],
              subject: user,
              ttlSeconds: DEMO_TOKEN_SECONDS,
              audience: development.audience,
              roleClaim: development.roleClaim,
              now,
            }),
            geldigTot: until,
          };
        }),
      );
      return { _embedded: { gebruikers: users } };
    },
  );
}
