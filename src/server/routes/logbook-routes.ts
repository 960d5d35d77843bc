// The audit log (Logboek Dataverwerkingen) for the privacy officer: the newest records first. A person's
// trail and the chain's verification are in audit-trail-routes.ts.
import type { FastifyInstance } from 'fastify';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { ProblemError } from '../problem.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

export function registerLogbookRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get<{ Querystring: PageQuery }>(
    '/logboek',
    {
      schema: {
        summary: 'Het logboek dataverwerkingen, nieuwste eerst (alleen voor de privacy officer)',
        tags: ['logboek'],
        operationId: 'getLogboek',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina logboekregels.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'logboek');
      const { read } = context.audit;
      if (!read)
        throw new ProblemError(503, API_CODES.unavailable, 'Het logboek kan hier niet worden gelezen.');
      const q = request.query;
      const { records, total } = await read({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      const totalPages = Math.max(1, Math.ceil(total / q.pageSize));
      if (q.page > totalPages) throw pageOutOfRange(totalPages);
      return envelope(request, 'records', records, q, { totalElements: total, totalPages });
    },
  );
}
