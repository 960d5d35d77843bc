// Runs (`ggm run`) and their steps under the policy: the resource `runs` (meta.runs, and meta.run_steps,
// which a grant of `runs` covers), read as governed reads so the grant's treatments apply (a message may
// quote a source value) and reads with personal data are audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { lookupRows, renamedPage } from '../governed-meta.js';
import { metaTableExists } from '../meta-pages.js';
import { unknownName } from '../model-lookup.js';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { requireResource } from '../resource-guard.js';
import { ProblemError } from '../problem.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

const RUN_ID = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' } as const;

/** API names of meta.runs' columns. */
const RUN_NAMES = {
  run_id: 'id',
  project: 'project',
  status: 'status',
  started_at: 'gestartOp',
  finished_at: 'beeindigdOp',
  steps_planned: 'geplandeStappen',
  message: 'bericht',
};

/** API names of meta.run_steps' columns. */
const STEP_NAMES = {
  run_id: 'run',
  step_id: 'stap',
  kind: 'soort',
  status: 'status',
  started_at: 'gestartOp',
  finished_at: 'beeindigdOp',
  batches: 'batches',
  rows_affected: 'rijen',
  message: 'bericht',
};

const runLinks = (row: Record<string, unknown>) => ({
  _links: {
    self: { href: `/api/v1/runs/${String(row['run_id'])}` },
    stappen: { href: `/api/v1/runs/${String(row['run_id'])}/stappen` },
  },
});

/** `expand=stappen`: each run of the page carries its steps (the overview's last run in one request). */
const MAX_EXPANDED_RUNS = 10;
const MAX_EMBEDDED_STEPS = 100;
const EXPAND_QUERY = {
  expand: {
    type: 'string',
    enum: ['stappen'],
    description:
      `Neem de stappen van elke run op in de run (_embedded.stappen, hoogstens ${MAX_EMBEDDED_STEPS} per run); ` +
      `alleen bij pageSize tot en met ${MAX_EXPANDED_RUNS}.`,
  },
} as const;

export function registerRunRoutes(api: FastifyInstance, context: ServerContext): void {
  const noRuns = async () => !(await metaTableExists(context.warehouse, 'runs'));

  /** A page of the run's steps, oldest first, under the policy. */
  const stepsPage = (
    request: FastifyRequest,
    purpose: string,
    runId: string,
    page: number,
    pageSize: number,
  ) =>
    renamedPage(
      request,
      context,
      {
        purpose,
        table: 'runstappen',
        filters: [{ column: 'run_id', op: 'eq', value: runId }],
        sort: [{ column: 'started_at', descending: false }],
        page,
        pageSize,
      },
      'stappen',
      STEP_NAMES,
    );

  api.get<{ Querystring: PageQuery & { expand?: 'stappen' } }>(
    '/runs',
    {
      schema: {
        summary: 'De runs van het project, nieuwste eerst, onder het beleid',
        tags: ['runs'],
        operationId: 'getRuns',
        querystring: querySchema({ ...PAGE_QUERY, ...EXPAND_QUERY }),
        response: { 200: { description: 'Een pagina runs.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'runs');
      const query = request.query;
      // a read of the steps per run: bounded, so one request cannot ask for a hundred of them
      if (query.expand === 'stappen' && query.pageSize > MAX_EXPANDED_RUNS)
        throw new ProblemError(400, API_CODES.invalidParameters, 'Te veel runs om uit te breiden.', [
          {
            name: 'expand',
            code: 'maxPageSize',
            reason: `expand=stappen kan bij hoogstens ${MAX_EXPANDED_RUNS} runs per pagina.`,
          },
        ]);
      if (await noRuns()) {
        if (query.page > 1) throw pageOutOfRange(1);
        return envelope(request, 'runs', [], query, { totalElements: 0, totalPages: 1 });
      }
      const runs = await renamedPage(
        request,
        context,
        {
          purpose,
          table: 'runs',
          sort: [{ column: 'started_at', descending: true }],
          page: query.page,
          pageSize: query.pageSize,
        },
        'runs',
        RUN_NAMES,
        runLinks,
      );
      if (query.expand !== 'stappen') return runs;
      const listed = runs._embedded['runs']!;
      for (const run of listed) {
        const steps = await stepsPage(request, purpose, String(run['id']), 1, MAX_EMBEDDED_STEPS);
        run['_embedded'] = { stappen: steps._embedded['stappen'] };
      }
      return runs;
    },
  );

  api.get<{ Params: { id: string } }>(
    '/runs/:id',
    {
      schema: {
        summary: 'Eén run, onder het beleid',
        tags: ['runs'],
        operationId: 'getRun',
        params: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: RUN_ID } },
        querystring: querySchema({}),
        response: { 200: { description: 'De run.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'runs');
      if (await noRuns()) throw unknownName('run', '', []);
      const page = await renamedPage(
        request,
        context,
        {
          purpose,
          table: 'runs',
          filters: [{ column: 'run_id', op: 'eq', value: request.params.id }],
          page: 1,
          pageSize: 1,
        },
        'runs',
        RUN_NAMES,
        runLinks,
      );
      const [run] = page._embedded['runs']!;
      if (!run) throw unknownName('run', '', []);
      return { ...run, doel: page.doel, kolommen: page.kolommen };
    },
  );

  api.get<{ Params: { id: string }; Querystring: PageQuery }>(
    '/runs/:id/stappen',
    {
      schema: {
        summary: 'De stappen van een run, in volgorde, onder het beleid',
        tags: ['runs'],
        operationId: 'getRunStappen',
        params: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: RUN_ID } },
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina stappen.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'runs');
      const id = request.params.id;
      const known =
        !(await noRuns()) &&
        (
          await lookupRows(request, context, {
            purpose,
            table: 'runs',
            fields: ['run_id'],
            filters: [{ column: 'run_id', op: 'eq', value: id }],
            pageSize: 1,
          })
        ).length > 0;
      if (!known) throw unknownName('run', '', []);
      return stepsPage(request, purpose, id, request.query.page, request.query.pageSize);
    },
  );
}
