// Quarantined records (meta.quarantine): where they were and why. Restricted by the policy; the raw
// record text is never served (it may hold anything, a BSN included).
import type { FastifyInstance } from 'fastify';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { jsonValue, metaPage, metaTableExists } from '../meta-pages.js';
import { redactBsns } from '../bsn-in-url.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

export function registerQuarantineRoutes(api: FastifyInstance, context: ServerContext): void {
  const engine = context.warehouse;
  api.get<{ Querystring: PageQuery }>(
    '/quarantaine',
    {
      schema: {
        summary: 'Records die niet konden worden geladen, met plaats en reden',
        tags: ['quarantaine'],
        operationId: 'getQuarantaine',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina records.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'quarantaine');
      const query = request.query;
      if (!(await metaTableExists(engine, 'quarantine'))) {
        if (query.page > 1) throw pageOutOfRange(1);
        return envelope(request, 'records', [], query, { totalElements: 0, totalPages: 1 });
      }
      const page = await metaPage(engine, query, {
        select: 'batch_id, source, file, row_number, line, reason',
        from: 'meta.quarantine',
        orderBy: 'batch_id, row_number, line',
      });
      const records = page.rows.map((r) => ({
        batch: jsonValue(r['batch_id']),
        bron: jsonValue(r['source']),
        bestand: jsonValue(r['file']),
        rij: jsonValue(r['row_number']),
        regel: jsonValue(r['line']),
        reden: redactBsns(String(r['reason'] ?? '')),
      }));
      return envelope(request, 'records', records, query, page);
    },
  );
}
