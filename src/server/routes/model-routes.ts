// The GGM as the project uses it: classes, a search over them, one class with attributes and associations.
import type { FastifyInstance } from 'fastify';
import { formatCardinality, formatType } from '../../model/format-type.js';
import { searchModel } from '../../model/model-search.js';
import { classLookup } from '../model-lookup.js';
import { PAGE_QUERY, pageOf, pageSchema, type PageQuery } from '../pagination.js';
import { OPEN_OBJECT, paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const CLASS_SUMMARY = {
  type: 'object',
  properties: {
    naam: { type: 'string' },
    ggmNaam: { type: 'string' },
    pakket: { type: 'string' },
    definitie: { type: 'string' },
    _links: {
      type: 'object',
      properties: { self: { type: 'object', properties: { href: { type: 'string' } } } },
    },
  },
};

export function registerModelRoutes(api: FastifyInstance, context: ServerContext): void {
  const { index } = context.project;
  const lookup = classLookup(index);
  const packageOf = (packageId: string) => {
    const path = index.qualifiedName({ name: '', packageId });
    return path.replace(/\/$/, '');
  };
  const summary = (key: string, id: string) => {
    const cls = index.classes.get(id)!;
    return {
      naam: key,
      ggmNaam: cls.name,
      pakket: packageOf(cls.packageId),
      ...(cls.definition ? { definitie: cls.definition } : {}),
      _links: { self: { href: `/api/v1/klassen/${encodeURIComponent(key)}` } },
    };
  };

  api.get<{ Querystring: PageQuery & { zoek?: string } }>(
    '/klassen',
    {
      schema: {
        summary: 'GGM-klassen, optioneel gezocht op naam, synoniem of definitie',
        tags: ['model'],
        operationId: 'getKlassen',
        querystring: querySchema({
          zoek: { type: 'string', minLength: 1, maxLength: 100, description: 'Zoektekst.' },
          ...PAGE_QUERY,
        }),
        response: { 200: { description: 'Een pagina klassen.', ...pageSchema('klassen', CLASS_SUMMARY) } },
      },
    },
    async (request) => {
      const { zoek } = request.query;
      const items = zoek
        ? searchModel(index, zoek, 200)
            .filter((h) => h.kind === 'class' && !index.classes.get(h.id)?.isDatatype)
            .map((h) => summary(lookup.keyOf(h.id), h.id))
        : lookup.all.map((e) => summary(e.key, e.cls.id));
      return pageOf(request, items, request.query, 'klassen');
    },
  );

  api.get<{ Params: { naam: string } }>(
    '/klassen/:naam',
    {
      schema: {
        summary: 'Eén GGM-klasse met attributen en associaties',
        tags: ['model'],
        operationId: 'getKlasse',
        params: paramsSchema(['naam'], 'De naam van de klasse, zoals in /klassen.'),
        querystring: querySchema({}),
        response: { 200: { description: 'De klasse.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const cls = lookup.get(request.params.naam);
      const table = context.project.silverPlan.tables.find((t) => t.modelId === cls.id);
      return {
        ...summary(request.params.naam, cls.id),
        id: cls.id,
        ...(cls.stereotype ? { stereotype: cls.stereotype } : {}),
        abstract: cls.isAbstract === true,
        superklassen: index.superclasses(cls.id).map((s) => lookup.keyOf(s.id)),
        attributen: index.allAttributes(cls.id).map(({ attribute, owner, inherited }) => ({
          naam: attribute.name,
          type: formatType(attribute.type, index),
          kardinaliteit: formatCardinality(attribute.cardinality),
          ...(attribute.definition ? { definitie: attribute.definition } : {}),
          ...(inherited ? { geerfdVan: lookup.keyOf(owner.id) } : {}),
        })),
        associaties: index.associationsOf(cls.id).map(({ association, side, other }) => {
          const far = side === 'source' ? association.target : association.source;
          return {
            naam: association.name ?? far.role ?? '',
            richting: side === 'source' ? 'uitgaand' : 'inkomend',
            klasse: lookup.keyOf(other.id),
            kardinaliteit: formatCardinality(far.multiplicity),
            ...(association.definition ? { definitie: association.definition } : {}),
          };
        }),
        ...(table ? { tabel: `silver.${table.name}` } : {}),
      };
    },
  );
}
