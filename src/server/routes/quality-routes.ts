// Data quality: the results of the latest run's checks (meta.check_results).
import type { FastifyInstance } from 'fastify';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { jsonValue, metaPage, metaTableExists } from '../meta-pages.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

interface QualityQuery extends PageQuery {
  status?: 'pass' | 'fail' | 'error';
  tabel?: string;
}

export function registerQualityRoutes(api: FastifyInstance, context: ServerContext): void {
  const engine = context.warehouse;
  api.get<{ Querystring: QualityQuery }>(
    '/kwaliteit',
    {
      schema: {
        summary: 'De uitkomsten van de kwaliteitscontroles van de laatste run',
        tags: ['kwaliteit'],
        operationId: 'getKwaliteit',
        querystring: querySchema({
          status: { type: 'string', enum: ['pass', 'fail', 'error'], description: 'Alleen deze uitkomst.' },
          tabel: { type: 'string', pattern: '^[a-z0-9_]{1,63}$', description: 'Alleen deze tabel.' },
          ...PAGE_QUERY,
        }),
        response: { 200: { description: 'Een pagina controles.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'kwaliteit');
      const query = request.query;
      if (!(await metaTableExists(engine, 'check_results'))) {
        if (query.page > 1) throw pageOutOfRange(1);
        return envelope(request, 'controles', [], query, { totalElements: 0, totalPages: 1 });
      }
      const latest = engine.dialect.query.limit(
        'SELECT run_id FROM meta.check_results ORDER BY checked_at DESC',
        1,
      );
      const where = [`run_id = (${latest})`];
      const params: string[] = [];
      if (query.status) {
        params.push(query.status);
        where.push(`status = $${params.length}`);
      }
      if (query.tabel) {
        params.push(query.tabel);
        where.push(`table_name = $${params.length}`);
      }
      const page = await metaPage(
        engine,
        query,
        {
          select: '*',
          from: 'meta.check_results',
          where: where.join(' AND '),
          orderBy: 'table_name, check_id',
        },
        params,
      );
      const checks = page.rows.map((r) => ({
        controle: jsonValue(r['check_id']),
        run: jsonValue(r['run_id']),
        tabel: jsonValue(r['table_name']),
        kolom: jsonValue(r['column_name']),
        soort: jsonValue(r['kind']),
        herkomst: jsonValue(r['origin']),
        ernst: jsonValue(r['severity']),
        status: jsonValue(r['status']),
        overtredingen: jsonValue(r['violations']),
        omschrijving: jsonValue(r['description']),
        bericht: jsonValue(r['message']),
        gecontroleerdOp: jsonValue(r['checked_at']),
      }));
      return envelope(request, 'controles', checks, query, page);
    },
  );
}
