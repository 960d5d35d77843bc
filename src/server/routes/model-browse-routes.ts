// The model browser's routes (web app, /model): the package tree with lazily paged classes, one class
// in full, and the release's diagrams drawn from the model data. The model holds no personal data,
// but every route stays behind authentication like the rest of the API.
import type { FastifyInstance } from 'fastify';
import { classView } from '../model-view/class-view.js';
import { diagramSummary, diagramView } from '../model-view/diagram-view.js';
import { browseIndex, type BrowseIndex } from '../model-view/model-browse-index.js';
import type { Package } from '../../model/model-types.js';
import { unknownName } from '../model-lookup.js';
import { PAGE_QUERY, pageOf, pageSchema, type PageQuery } from '../pagination.js';
import { OPEN_OBJECT, paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const PACKAGE_SUMMARY = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    naam: { type: 'string' },
    aantalSubpakketten: { type: 'integer' },
    aantalKlassen: { type: 'integer' },
    aantalDiagrammen: { type: 'integer' },
  },
};

const CLASS_ITEM = {
  type: 'object',
  properties: { naam: { type: 'string' }, ggmNaam: { type: 'string' }, stereotype: { type: 'string' } },
};

const DIAGRAM_SUMMARY = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    naam: { type: 'string' },
    pakket: { type: 'string' },
    aantalKlassen: { type: 'integer' },
    aantalEnumeraties: { type: 'integer' },
  },
};

function packageSummary(browse: BrowseIndex, p: Package) {
  return {
    id: p.id,
    naam: p.name,
    aantalSubpakketten: browse.subpackages(p.id).length,
    aantalKlassen: browse.classesIn(p.id).length,
    aantalDiagrammen: browse.diagramsIn(p.id).length,
  };
}

function packageOf(browse: BrowseIndex, id: string): Package {
  const pkg = browse.index.packages.get(id);
  if (!pkg) throw unknownName('pakket', id, []);
  return pkg;
}

export function registerModelBrowseRoutes(api: FastifyInstance, context: ServerContext): void {
  const browse = browseIndex(context.project.index);

  api.get<{ Querystring: PageQuery }>(
    '/model/pakketten',
    {
      schema: {
        summary: 'De domeinen van het GGM (de bovenste pakketten)',
        tags: ['model'],
        operationId: 'getModelPakketten',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: {
          200: { description: 'Een pagina domeinen.', ...pageSchema('pakketten', PACKAGE_SUMMARY) },
        },
      },
    },
    async (request) =>
      pageOf(
        request,
        browse.domains.map((p) => packageSummary(browse, p)),
        request.query,
        'pakketten',
      ),
  );

  api.get<{ Params: { id: string } }>(
    '/model/pakketten/:id',
    {
      schema: {
        summary: 'Eén pakket met subpakketten en diagrammen',
        tags: ['model'],
        operationId: 'getModelPakket',
        params: paramsSchema(['id'], 'Het id van het pakket.'),
        querystring: querySchema({}),
        response: { 200: { description: 'Het pakket.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const pkg = packageOf(browse, request.params.id);
      return {
        ...packageSummary(browse, pkg),
        pad: pkg.path,
        ...(pkg.stereotype ? { stereotype: pkg.stereotype } : {}),
        ...(pkg.definition ? { definitie: pkg.definition } : {}),
        subpakketten: browse.subpackages(pkg.id).map((p) => packageSummary(browse, p)),
        diagrammen: browse.diagramsIn(pkg.id).map((d) => ({ id: d.id, naam: d.name })),
      };
    },
  );

  api.get<{ Params: { id: string }; Querystring: PageQuery }>(
    '/model/pakketten/:id/klassen',
    {
      schema: {
        summary: 'De klassen van één pakket, per pagina',
        tags: ['model'],
        operationId: 'getModelPakketKlassen',
        params: paramsSchema(['id'], 'Het id van het pakket.'),
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina klassen.', ...pageSchema('klassen', CLASS_ITEM) } },
      },
    },
    async (request) => {
      const pkg = packageOf(browse, request.params.id);
      const items = browse.classesIn(pkg.id).map((c) => ({
        naam: browse.lookup.keyOf(c.id),
        ggmNaam: c.name,
        ...(c.stereotype ? { stereotype: c.stereotype } : {}),
      }));
      return pageOf(request, items, request.query, 'klassen');
    },
  );

  api.get<{ Params: { naam: string } }>(
    '/model/klassen/:naam',
    {
      schema: {
        summary: 'Eén GGM-klasse volledig: attributen, associaties, enumeraties, MIM en GEMMA',
        tags: ['model'],
        operationId: 'getModelKlasse',
        params: paramsSchema(['naam'], 'De naam van de klasse, zoals in /klassen.'),
        querystring: querySchema({}),
        response: { 200: { description: 'De klasse.', ...OPEN_OBJECT } },
      },
    },
    async (request) => classView(browse, request.params.naam, browse.lookup.get(request.params.naam)),
  );

  api.get<{ Querystring: PageQuery & { pakket?: string; zoek?: string } }>(
    '/model/diagrammen',
    {
      schema: {
        summary: 'De diagrammen van de release, optioneel per pakket of gezocht op naam',
        tags: ['model'],
        operationId: 'getModelDiagrammen',
        querystring: querySchema({
          pakket: { type: 'string', minLength: 1, maxLength: 100, description: 'Id van een pakket.' },
          zoek: { type: 'string', minLength: 1, maxLength: 100, description: 'Deel van de naam.' },
          ...PAGE_QUERY,
        }),
        response: {
          200: { description: 'Een pagina diagrammen.', ...pageSchema('diagrammen', DIAGRAM_SUMMARY) },
        },
      },
    },
    async (request) => {
      const { pakket, zoek } = request.query;
      let list = pakket ? browse.diagramsIn(packageOf(browse, pakket).id) : browse.diagrams;
      if (zoek) {
        const needle = zoek.toLocaleLowerCase('nl');
        list = list.filter((d) => d.name.toLocaleLowerCase('nl').includes(needle));
      }
      return pageOf(
        request,
        list.map((d) => diagramSummary(browse, d)),
        request.query,
        'diagrammen',
      );
    },
  );

  api.get<{ Params: { id: string } }>(
    '/model/diagrammen/:id',
    {
      schema: {
        summary: 'Eén diagram: klassen met attributen, enumeraties en de relaties ertussen',
        tags: ['model'],
        operationId: 'getModelDiagram',
        params: paramsSchema(['id'], 'Het id van het diagram.'),
        querystring: querySchema({}),
        response: { 200: { description: 'Het diagram.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const diagram = browse.diagram(request.params.id);
      if (!diagram) throw unknownName('diagram', request.params.id, []);
      return diagramView(browse, diagram);
    },
  );
}
