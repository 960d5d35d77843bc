// The catalog: silver tables with their GGM definitions, columns and classification, row counts,
// freshness and quality status; then the published gold tables of the project's metrics.
import type { FastifyInstance } from 'fastify';
import type { PlanTable } from '../../schema/schema-plan.js';
import { goldCatalogEntries } from '../gold-catalog.js';
import { classLookup, unknownName } from '../model-lookup.js';
import { PAGE_QUERY, pageOf, pageSchema, type PageQuery } from '../pagination.js';
import { OPEN_OBJECT, paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';
import { tableFacts, type TableFacts } from '../warehouse-facts.js';

const TABLE_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  properties: {
    naam: { type: 'string' },
    schema: { type: 'string' },
    soort: { type: 'string' },
    ggmKlasse: { type: 'string' },
    definitie: { type: 'string' },
    aantalRijen: { type: 'integer', nullable: true },
    bijgewerktOp: { type: 'string', format: 'date-time', nullable: true },
    kwaliteit: { type: 'object', additionalProperties: true },
    kolommen: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
};

export function registerCatalogRoutes(api: FastifyInstance, context: ServerContext): void {
  const { index, silverPlan } = context.project;
  const lookup = classLookup(index);
  const tables = silverPlan.tables.filter((t) => t.kind !== 'meta');
  const byName = new Map(tables.map((t) => [t.name, t]));
  const gold = async () =>
    goldCatalogEntries(
      context.warehouse,
      (await context.service.goldMetrics()).metrics.map((m) => m.descriptor),
    );

  const describe = (t: PlanTable, facts: TableFacts | undefined) => {
    const cls = t.modelId ? index.classes.get(t.modelId) : undefined;
    return {
      naam: t.name,
      schema: 'silver',
      soort: t.kind,
      ...(cls ? { ggmKlasse: lookup.keyOf(cls.id) } : {}),
      ...(cls?.definition ? { definitie: cls.definition } : t.comment ? { definitie: t.comment } : {}),
      aantalRijen: facts?.rows ?? null,
      bijgewerktOp: facts?.updatedAt ?? null,
      kwaliteit: facts?.quality ?? { status: 'onbekend', checks: 0, failed: 0 },
      kolommen: t.columns.map((c) => {
        const attribute = c.modelId ? index.attribute(c.modelId) : undefined;
        return {
          naam: c.name,
          type: c.type.kind,
          verplicht: !c.nullable,
          rol: c.role,
          ...(attribute?.definition
            ? { definitie: attribute.definition }
            : c.comment
              ? { definitie: c.comment }
              : {}),
          classificatie: context.access.classify(t.name, c.name),
        };
      }),
      _links: { self: { href: `/api/v1/tabellen/${t.name}` } },
    };
  };

  api.get<{ Querystring: PageQuery }>(
    '/tabellen',
    {
      schema: {
        summary: 'De tabellen van het warehouse met definities, kolommen, classificatie en status',
        tags: ['catalogus'],
        operationId: 'getTabellen',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina tabellen.', ...pageSchema('tabellen', TABLE_SCHEMA) } },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const slice = tables.slice((page - 1) * pageSize, page * pageSize);
      const facts = await tableFacts(
        context.warehouse,
        slice.map((t) => t.name),
      );
      const described: object[] = tables.map((t) => describe(t, facts.get(t.name)));
      described.push(...(await gold())); // after silver
      return pageOf(request, described, request.query, 'tabellen');
    },
  );

  api.get<{ Params: { naam: string } }>(
    '/tabellen/:naam',
    {
      schema: {
        summary: 'Eén tabel van het warehouse',
        tags: ['catalogus'],
        operationId: 'getTabel',
        params: paramsSchema(['naam'], 'De naam van de tabel.'),
        querystring: querySchema({}),
        response: { 200: { description: 'De tabel.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const table = byName.get(request.params.naam);
      if (!table && request.params.naam.startsWith('gold.')) {
        const entry = (await gold()).find((g) => g.naam === request.params.naam);
        if (entry) return entry;
      }
      if (!table) throw unknownName('tabel', request.params.naam, byName.keys());
      const facts = await tableFacts(context.warehouse, [table.name]);
      return describe(table, facts.get(table.name));
    },
  );
}
