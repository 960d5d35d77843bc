// Gold metrics (indicatoren): their definitions for anyone signed in, their figures under the policy:
// `gold.<id>` (suppressed; the demo grants `gold.*` to research and BI), or `gold_intern.<id>` (small cells
// in clear) for a role × purpose the policy grants that table (the demo: beleidsmedewerker × sturing).
import type { FastifyInstance } from 'fastify';
import type { GoldMetricDescriptor } from '../../gold/gold-table.js';
import { goldTableFor } from '../gold-access.js';
import { governedPage } from '../governed-response.js';
import { unknownName } from '../model-lookup.js';
import { PAGE_QUERY, pageOf, type PageQuery } from '../pagination.js';
import { DATA_PARAMS, parseFields, parseFilters, parseSort } from '../read-request.js';
import { OPEN_OBJECT, paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const PURPOSE = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
  description: 'Het doel (de verwerkingsactiviteit) waarvoor de cijfers worden gelezen.',
} as const;

interface FigureQuery extends PageQuery {
  doel: string;
  fields?: string;
  sort?: string;
  filter?: string[];
}

function describe(d: GoldMetricDescriptor) {
  return {
    id: d.id,
    titel: d.title,
    definitie: d.definition,
    eenheid: d.unit,
    ...(d.scale ? { schaal: d.scale } : {}),
    perioden: d.grains,
    dimensies: d.dimensions.map((x) => ({ naam: x.name, titel: x.title })),
    ...(d.suppressionThreshold !== undefined ? { onderdrukkingsdrempel: d.suppressionThreshold } : {}),
    bronnen: d.sources,
    _links: {
      self: { href: `/api/v1/indicatoren/${d.id}` },
      gegevens: { href: `/api/v1/indicatoren/${d.id}/gegevens` },
    },
  };
}

export function registerIndicatorRoutes(api: FastifyInstance, context: ServerContext): void {
  const metrics = async () => (await context.service.goldMetrics()).metrics.map((m) => m.descriptor);
  const one = async (id: string) => {
    const all = await metrics();
    const found = all.find((m) => m.id === id);
    if (!found)
      throw unknownName(
        'indicator',
        id,
        all.map((m) => m.id),
      );
    return found;
  };

  api.get<{ Querystring: PageQuery }>(
    '/indicatoren',
    {
      schema: {
        summary: 'De indicatoren (gold) met hun definitie, eenheid, perioden en dimensies',
        tags: ['indicatoren'],
        operationId: 'getIndicatoren',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina indicatoren.', ...OPEN_OBJECT } },
      },
    },
    async (request) => pageOf(request, (await metrics()).map(describe), request.query, 'indicatoren'),
  );

  api.get<{ Params: { id: string } }>(
    '/indicatoren/:id',
    {
      schema: {
        summary: 'Eén indicator',
        tags: ['indicatoren'],
        operationId: 'getIndicator',
        params: paramsSchema(['id'], 'De id van de indicator.'),
        querystring: querySchema({}),
        response: { 200: { description: 'De indicator.', ...OPEN_OBJECT } },
      },
    },
    async (request) => describe(await one(request.params.id)),
  );

  api.get<{ Params: { id: string }; Querystring: FigureQuery }>(
    '/indicatoren/:id/gegevens',
    {
      schema: {
        summary: 'De cijfers van een indicator per periode en dimensie, onder het beleid',
        tags: ['indicatoren'],
        operationId: 'getIndicatorGegevens',
        params: paramsSchema(['id'], 'De id van de indicator.'),
        querystring: querySchema({ doel: PURPOSE, ...PAGE_QUERY, ...DATA_PARAMS }, ['doel']),
        response: { 200: { description: 'Een pagina cijfers.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const metric = await one(request.params.id);
      const q = request.query;
      const gold = goldTableFor(context.access, request.principal?.roles ?? [], q.doel, metric.id);
      const page = await governedPage(request, context, {
        purpose: q.doel,
        table: gold.table,
        ...(q.fields ? { fields: parseFields(q.fields) } : {}),
        filters: parseFilters(q.filter),
        sort: parseSort(q.sort),
        page: q.page,
        pageSize: q.pageSize,
      });
      // says whether small cells are in the figures (`onderdrukt` then marks the cells that the
      // published table leaves empty)
      return { ...page, bron: gold.table, onderdrukking: gold.unsuppressed ? 'niet toegepast' : 'toegepast' };
    },
  );
}
