// Rows of a GGM class under the policy: GET with purpose, paging, fields, sort and filters; POST …/_zoek
// for a search on BSNs (never in a URL).
import type { FastifyInstance } from 'fastify';
import { governedPageJson } from '../governed-response.js';
import { LINK_SCHEMA, PAGE_QUERY, type PageQuery } from '../pagination.js';
import { DATA_PARAMS, parseFields, parseFilters, parseSort } from '../read-request.js';
import { paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const PURPOSE = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
  description: 'Het doel (de verwerkingsactiviteit) waarvoor de gegevens worden gelezen.',
} as const;

/** Pages go out as prebuilt UTF-8 JSON (governedPageJson); the DATA_PAGE schema still documents them. */
const JSON_TYPE = 'application/json; charset=utf-8';

interface DataQuery extends PageQuery {
  doel: string;
  fields?: string;
  sort?: string;
  filter?: string[];
}

interface SearchBody extends DataQuery {
  bsn: string[];
}

const DATA_PAGE = {
  description: 'Een pagina rijen, met per kolom de classificatie en behandeling.',
  type: 'object',
  properties: {
    _links: { type: 'object', properties: { self: LINK_SCHEMA, prev: LINK_SCHEMA, next: LINK_SCHEMA } },
    _embedded: {
      type: 'object',
      properties: { gegevens: { type: 'array', items: { type: 'object', additionalProperties: true } } },
    },
    page: { type: 'object', properties: { number: { type: 'integer' }, size: { type: 'integer' } } },
    doel: { type: 'string' },
    kolommen: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          naam: { type: 'string' },
          classificatie: { type: 'string' },
          behandeling: { type: 'string' },
        },
      },
    },
  },
};

export function registerDataRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get<{ Params: { naam: string }; Querystring: DataQuery }>(
    '/klassen/:naam/gegevens',
    {
      schema: {
        summary: 'Rijen van een GGM-klasse, onder het beleid voor uw rol en doel',
        tags: ['gegevens'],
        operationId: 'getGegevens',
        params: paramsSchema(['naam'], 'De GGM-klasse of silver-tabel.'),
        querystring: querySchema({ doel: PURPOSE, ...PAGE_QUERY, ...DATA_PARAMS }, ['doel']),
        response: { 200: DATA_PAGE },
      },
    },
    async (request, reply) => {
      const q = request.query;
      reply.type(JSON_TYPE);
      return governedPageJson(request, context, {
        purpose: q.doel,
        table: request.params.naam,
        ...(q.fields ? { fields: parseFields(q.fields) } : {}),
        filters: parseFilters(q.filter),
        sort: parseSort(q.sort),
        page: q.page,
        pageSize: q.pageSize,
      });
    },
  );

  api.post<{ Params: { naam: string }; Body: SearchBody }>(
    '/klassen/:naam/gegevens/_zoek',
    {
      schema: {
        summary: 'Rijen van een GGM-klasse over de personen met deze BSN’s',
        tags: ['gegevens'],
        operationId: 'zoekGegevens',
        params: paramsSchema(['naam'], 'De GGM-klasse of silver-tabel.'),
        querystring: querySchema({}),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['doel', 'bsn'],
          properties: {
            doel: PURPOSE,
            bsn: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: { type: 'string', pattern: '^[0-9]{9}$' },
              description: 'De BSN’s waarop wordt gezocht.',
            },
            ...PAGE_QUERY,
            fields: DATA_PARAMS.fields,
            sort: DATA_PARAMS.sort,
            filter: DATA_PARAMS.filter,
          },
        },
        response: { 200: DATA_PAGE },
      },
    },
    async (request, reply) => {
      const b = request.body;
      reply.type(JSON_TYPE);
      return governedPageJson(request, context, {
        purpose: b.doel,
        table: request.params.naam,
        ...(b.fields ? { fields: parseFields(b.fields) } : {}),
        filters: parseFilters(b.filter),
        sort: parseSort(b.sort),
        page: b.page,
        pageSize: b.pageSize,
        subjects: b.bsn,
      });
    },
  );
}
