// The difference between two GGM releases for the web app's /model/verschil: the releases this server
// can load, the counts per element kind, and one kind's entries per page (added, removed, renamed,
// changed with the fields that differ). Built on diffModels; models come from the compiled cache.
import type { FastifyInstance } from 'fastify';
import { entryLabel, formatDiffValue, type DiffKind, type ModelDiff } from '../../model/diff/index.js';
import { releaseCatalog } from '../model-view/release-catalog.js';
import { PAGE_QUERY, pageOf, pageSchema, type PageQuery } from '../pagination.js';
import { ProblemError } from '../problem.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';
import { API_CODES } from '../server-codes.js';

/** The kinds by their Dutch name in the URL. */
const KINDS: Record<string, DiffKind> = {
  pakketten: 'packages',
  klassen: 'classes',
  attributen: 'attributes',
  enumeraties: 'enumerations',
  waarden: 'literals',
  associaties: 'associations',
  generalisaties: 'generalizations',
  diagrammen: 'diagrams',
};

const VERSION = {
  type: 'string',
  pattern: '^v?\\d+\\.\\d+\\.\\d+$',
  maxLength: 20,
};
const BETWEEN = {
  van: { ...VERSION, description: 'De oude release, bijvoorbeeld v2.4.0.' },
  naar: { ...VERSION, description: 'De nieuwe release, bijvoorbeeld v2.5.1.' },
};

const ENTRY = {
  type: 'object',
  properties: {
    wijziging: { type: 'string', enum: ['toegevoegd', 'verwijderd', 'hernoemd', 'gewijzigd'] },
    element: { type: 'string' },
    velden: {
      type: 'array',
      items: {
        type: 'object',
        properties: { veld: { type: 'string' }, voor: { type: 'string' }, na: { type: 'string' } },
      },
    },
  },
};

function entriesOf(diff: ModelDiff, kind: DiffKind) {
  const part = diff[kind] as ModelDiff['classes'];
  const label = (e: unknown) => entryLabel(kind, e);
  return [
    ...part.added.map((e) => ({ wijziging: 'toegevoegd', element: label(e), velden: [] })),
    ...part.removed.map((e) => ({ wijziging: 'verwijderd', element: label(e), velden: [] })),
    ...(['renamed', 'changed'] as const).flatMap((how) =>
      part[how].map((c) => ({
        wijziging: how === 'renamed' ? 'hernoemd' : 'gewijzigd',
        element: how === 'renamed' ? `${label(c.before)} → ${label(c.after)}` : label(c.after),
        velden: c.changes.map((f) => ({
          veld: f.field,
          voor: formatDiffValue(f.before),
          na: formatDiffValue(f.after),
        })),
      })),
    ),
  ];
}

export function registerModelDiffRoutes(api: FastifyInstance, context: ServerContext): void {
  const catalog = releaseCatalog(context.project.index.model);
  const versionOf = (name: 'van' | 'naar', text: string) => {
    const version = `v${text.replace(/^v/, '')}`;
    if (catalog.versions().includes(version)) return version;
    throw new ProblemError(400, API_CODES.invalidParameters, 'Deze release is hier niet beschikbaar.', [
      {
        name,
        code: 'unknown',
        reason: `Beschikbaar: ${catalog.versions().join(', ') || 'geen'}.`,
      },
    ]);
  };
  const diffOf = (query: { van: string; naar: string }) =>
    catalog.diff(versionOf('van', query.van), versionOf('naar', query.naar));

  api.get(
    '/model/releases',
    {
      schema: {
        summary: 'De GGM-releases die deze server kan vergelijken',
        tags: ['model'],
        operationId: 'getModelReleases',
        querystring: querySchema({}),
        response: {
          200: {
            description: 'De releases, oudste eerst, en die van het project.',
            type: 'object',
            properties: {
              releases: { type: 'array', items: { type: 'string' } },
              project: { type: 'string' },
            },
          },
        },
      },
    },
    async () => ({
      releases: catalog.versions(),
      ...(catalog.projectVersion ? { project: catalog.projectVersion } : {}),
    }),
  );

  api.get<{ Querystring: { van: string; naar: string } }>(
    '/model/verschil',
    {
      schema: {
        summary: 'Het verschil tussen twee releases: aantallen per soort element',
        tags: ['model'],
        operationId: 'getModelVerschil',
        querystring: querySchema({ ...BETWEEN }, ['van', 'naar']),
        response: { 200: { description: 'De aantallen per soort.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const diff = await diffOf(request.query);
      return {
        van: diff.from.version ?? request.query.van,
        naar: diff.to.version ?? request.query.naar,
        soorten: Object.entries(KINDS).map(([soort, kind]) => ({
          soort,
          toegevoegd: diff.summary[kind].added,
          verwijderd: diff.summary[kind].removed,
          hernoemd: diff.summary[kind].renamed,
          gewijzigd: diff.summary[kind].changed,
        })),
      };
    },
  );

  api.get<{ Params: { soort: string }; Querystring: PageQuery & { van: string; naar: string } }>(
    '/model/verschil/:soort',
    {
      schema: {
        summary: 'De wijzigingen van één soort element tussen twee releases, per pagina',
        tags: ['model'],
        operationId: 'getModelVerschilSoort',
        params: {
          type: 'object',
          additionalProperties: false,
          required: ['soort'],
          properties: {
            soort: { type: 'string', enum: Object.keys(KINDS), description: 'De soort element.' },
          },
        },
        querystring: querySchema({ ...BETWEEN, ...PAGE_QUERY }, ['van', 'naar']),
        response: { 200: { description: 'Een pagina wijzigingen.', ...pageSchema('wijzigingen', ENTRY) } },
      },
    },
    async (request) => {
      const diff = await diffOf(request.query);
      const entries = entriesOf(diff, KINDS[request.params.soort]!);
      return pageOf(request, entries, request.query, 'wijzigingen');
    },
  );
}
