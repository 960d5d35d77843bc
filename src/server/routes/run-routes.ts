// Runs (`ggm run`) and their steps, from meta.runs and meta.run_steps.
import type { FastifyInstance } from 'fastify';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { jsonValue, metaPage, metaTableExists } from '../meta-pages.js';
import { unknownName } from '../model-lookup.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';
import type { Row } from '../../engines/engine.js';

const RUN_ID = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' } as const;

const run = (r: Row) => ({
  id: jsonValue(r['run_id']),
  status: jsonValue(r['status']),
  gestartOp: jsonValue(r['started_at']),
  beeindigdOp: jsonValue(r['finished_at']),
  geplandeStappen: jsonValue(r['steps_planned']),
  bericht: jsonValue(r['message']),
  _links: { self: { href: `/api/v1/runs/${String(r['run_id'])}` } },
});

export function registerRunRoutes(api: FastifyInstance, context: ServerContext): void {
  const engine = context.warehouse;
  const emptyPage = (request: Parameters<typeof envelope>[0], query: PageQuery, name: string) => {
    if (query.page > 1) throw pageOutOfRange(1);
    return envelope(request, name, [], query, { totalElements: 0, totalPages: 1 });
  };

  api.get<{ Querystring: PageQuery }>(
    '/runs',
    {
      schema: {
        summary: 'De runs van het project, nieuwste eerst',
        tags: ['runs'],
        operationId: 'getRuns',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina runs.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'runs');
      if (!(await metaTableExists(engine, 'runs'))) return emptyPage(request, request.query, 'runs');
      const page = await metaPage(engine, request.query, {
        select: '*',
        from: 'meta.runs',
        orderBy: 'started_at DESC, run_id',
      });
      return envelope(request, 'runs', page.rows.map(run), request.query, page);
    },
  );

  api.get<{ Params: { id: string } }>(
    '/runs/:id',
    {
      schema: {
        summary: 'Eén run',
        tags: ['runs'],
        operationId: 'getRun',
        params: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: RUN_ID } },
        querystring: querySchema({}),
        response: { 200: { description: 'De run.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'runs');
      const rows = (await metaTableExists(engine, 'runs'))
        ? await engine.query('SELECT * FROM meta.runs WHERE run_id = $1', [request.params.id])
        : [];
      if (!rows[0]) throw unknownName('run', '', []);
      return run(rows[0]);
    },
  );

  api.get<{ Params: { id: string }; Querystring: PageQuery }>(
    '/runs/:id/stappen',
    {
      schema: {
        summary: 'De stappen van een run, in volgorde',
        tags: ['runs'],
        operationId: 'getRunStappen',
        params: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: RUN_ID } },
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina stappen.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'runs');
      const exists =
        (await metaTableExists(engine, 'runs')) &&
        (await engine.query('SELECT run_id FROM meta.runs WHERE run_id = $1', [request.params.id])).length >
          0;
      if (!exists) throw unknownName('run', '', []);
      const page = await metaPage(
        engine,
        request.query,
        { select: '*', from: 'meta.run_steps', where: 'run_id = $1', orderBy: 'started_at, step_id' },
        [request.params.id],
      );
      const steps = page.rows.map((r) => ({
        stap: jsonValue(r['step_id']),
        soort: jsonValue(r['kind']),
        status: jsonValue(r['status']),
        gestartOp: jsonValue(r['started_at']),
        beeindigdOp: jsonValue(r['finished_at']),
        batches: jsonValue(r['batches']),
        rijen: jsonValue(r['rows_affected']),
        bericht: jsonValue(r['message']),
      }));
      return envelope(request, 'stappen', steps, request.query, page);
    },
  );
}
