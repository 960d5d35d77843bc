// The platform at a glance for the web app's overview: how many tables and rows each layer holds
// (bronze, silver, gold) and per source how much was loaded and when. Counts only, no personal data,
// so any signed-in caller may see them.
import type { FastifyInstance } from 'fastify';
import { overviewCounts } from '../overview-counts.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

export function registerOverviewRoutes(api: FastifyInstance, context: ServerContext): void {
  const counts = overviewCounts(context.warehouse);
  // counted while the server starts, so the first visit finds them (a failure is left to that visit)
  counts.get().catch(() => undefined);

  api.get(
    '/overzicht',
    {
      schema: {
        summary: 'Rijen per laag en de versheid van de bronnen (alleen aantallen)',
        tags: ['overzicht'],
        operationId: 'getOverzicht',
        querystring: querySchema({}),
        response: { 200: { description: 'Aantallen per laag en per bron.', ...OPEN_OBJECT } },
      },
    },
    () => counts.get(),
  );
}
