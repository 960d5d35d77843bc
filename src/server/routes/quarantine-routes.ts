// Quarantined records (meta.quarantine): where they were and why, read as a governed read of the
// resource `quarantaine`, so the policy's treatments apply (a reason or raw line may quote a BSN).
import type { FastifyInstance } from 'fastify';
import { governedPage } from '../governed-response.js';
import { PAGE_QUERY, type PageQuery } from '../pagination.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

export function registerQuarantineRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get<{ Querystring: PageQuery }>(
    '/quarantaine',
    {
      schema: {
        summary: 'Records die niet konden worden geladen, met plaats en reden (onder het beleid)',
        tags: ['quarantaine'],
        operationId: 'getQuarantaine',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina records.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'quarantaine');
      const { page, pageSize } = request.query;
      return governedPage(request, context, { purpose, table: 'quarantaine', page, pageSize });
    },
  );
}
