// Column lineage: what a column is made from (upstream) and what is made from it (downstream).
import type { FastifyInstance } from 'fastify';
import { queryLineage } from '../../pipeline/lineage-store.js';
import { querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const EDGE = {
  type: 'object',
  properties: {
    mapping: { type: 'string' },
    van: { type: 'string' },
    naar: { type: 'string' },
    transformatie: { type: 'string' },
    expressie: { type: 'string' },
  },
};

export function registerLineageRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get<{ Querystring: { kolom: string } }>(
    '/herkomst',
    {
      schema: {
        summary: 'Herkomst van een kolom: bovenstrooms en benedenstrooms',
        tags: ['herkomst'],
        operationId: 'getHerkomst',
        querystring: querySchema(
          {
            kolom: {
              type: 'string',
              pattern: '^[a-z0-9_]{1,63}(\\.[a-z0-9_]{1,63}){1,2}$',
              description: '[schema.]tabel.kolom, bijvoorbeeld silver.client.code of client.code.',
            },
          },
          ['kolom'],
        ),
        response: {
          200: {
            description: 'De herkomst.',
            type: 'object',
            properties: {
              kolom: { type: 'string' },
              bovenstrooms: { type: 'array', items: EDGE },
              benedenstrooms: { type: 'array', items: EDGE },
            },
          },
        },
      },
    },
    async (request) => {
      const { kolom } = request.query;
      const hasLineage = (await context.warehouse.listTables('meta')).some((t) => t.name === 'lineage');
      const lineage = hasLineage
        ? await queryLineage(context.warehouse, kolom)
        : { upstream: [], downstream: [] };
      const edge = (e: (typeof lineage.upstream)[number]) => ({
        mapping: e.mapping,
        van: e.from,
        naar: e.to,
        transformatie: e.transform,
        expressie: e.expression,
      });
      return {
        kolom,
        bovenstrooms: lineage.upstream.map(edge),
        benedenstrooms: lineage.downstream.map(edge),
      };
    },
  );
}
