// Data quality under the policy: the check results of a run (the resource `kwaliteit`, meta.check_results)
// and the failing samples of one check (meta.check_samples), which are rows of the checked table and are
// read under that table's grant, with its treatments, and audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ReadFilter } from '../../governance/governed-read.js';
import { governedPage } from '../governed-response.js';
import { lookupRows, renamedPage } from '../governed-meta.js';
import { metaTableExists } from '../meta-pages.js';
import { unknownName } from '../model-lookup.js';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const RUN = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9_.:-]+$',
  description: 'De run; zonder: de laatste run met controles.',
} as const;

interface QualityQuery extends PageQuery {
  /** One outcome (pass, fail, error) or a few, comma-separated. */
  status?: string;
  tabel?: string;
  run?: string;
}

/** API names of meta.check_results' columns. */
const CHECK_NAMES = {
  check_id: 'controle',
  run_id: 'run',
  table_name: 'tabel',
  column_name: 'kolom',
  kind: 'soort',
  origin: 'herkomst',
  severity: 'ernst',
  status: 'status',
  violations: 'overtredingen',
  description: 'omschrijving',
  message: 'bericht',
  checked_at: 'gecontroleerdOp',
  duration_ms: 'duurMs',
};

export function registerQualityRoutes(api: FastifyInstance, context: ServerContext): void {
  /** The run asked for, else the latest run that stored check results (undefined: none yet). */
  const runOf = async (request: FastifyRequest, purpose: string, run: string | undefined) => {
    if (run !== undefined) return run;
    const [latest] = await lookupRows(request, context, {
      purpose,
      table: 'kwaliteit',
      fields: ['run_id'],
      sort: [{ column: 'checked_at', descending: true }],
      pageSize: 1,
    });
    return latest ? String(latest['run_id']) : undefined;
  };

  api.get<{ Querystring: QualityQuery }>(
    '/kwaliteit',
    {
      schema: {
        summary:
          'De uitkomsten van de kwaliteitscontroles van een run (standaard de laatste), onder het beleid',
        tags: ['kwaliteit'],
        operationId: 'getKwaliteit',
        querystring: querySchema({
          status: {
            type: 'string',
            pattern: '^(pass|fail|error)(,(pass|fail|error)){0,2}$',
            description: "Alleen deze uitkomst, of deze uitkomsten met komma's ertussen (fail,error).",
          },
          tabel: { type: 'string', pattern: '^[a-z0-9_]{1,63}$', description: 'Alleen deze tabel.' },
          run: RUN,
          ...PAGE_QUERY,
        }),
        response: { 200: { description: 'Een pagina controles.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'kwaliteit');
      const query = request.query;
      const run = (await metaTableExists(context.warehouse, 'check_results'))
        ? await runOf(request, purpose, query.run)
        : undefined;
      if (run === undefined) {
        if (query.page > 1) throw pageOutOfRange(1);
        return envelope(request, 'controles', [], query, { totalElements: 0, totalPages: 1 });
      }
      const filters: ReadFilter[] = [{ column: 'run_id', op: 'eq', value: run }];
      if (query.status) {
        // one outcome, or a few in one request (the overview asks for fail,error at once)
        const statuses = [...new Set(query.status.split(','))];
        filters.push(
          statuses.length === 1
            ? { column: 'status', op: 'eq', value: statuses[0]! }
            : { column: 'status', op: 'in', value: statuses },
        );
      }
      if (query.tabel) filters.push({ column: 'table_name', op: 'eq', value: query.tabel });
      return renamedPage(
        request,
        context,
        {
          purpose,
          table: 'kwaliteit',
          filters,
          sort: [
            { column: 'table_name', descending: false },
            { column: 'check_id', descending: false },
          ],
          page: query.page,
          pageSize: query.pageSize,
        },
        'controles',
        CHECK_NAMES,
        (row) =>
          row['status'] === 'fail'
            ? {
                _links: {
                  voorbeelden: {
                    href: `/api/v1/kwaliteit/${encodeURIComponent(String(row['check_id']))}/voorbeelden?run=${encodeURIComponent(run)}`,
                  },
                },
              }
            : {},
      );
    },
  );

  api.get<{ Params: { controle: string }; Querystring: PageQuery & { run?: string } }>(
    '/kwaliteit/:controle/voorbeelden',
    {
      schema: {
        summary:
          'De eerste rijen die een controle niet doorstonden, onder het beleid van de tabel waar ze vandaan komen',
        tags: ['kwaliteit'],
        operationId: 'getKwaliteitVoorbeelden',
        params: {
          type: 'object',
          additionalProperties: false,
          required: ['controle'],
          properties: {
            controle: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
              pattern: '^[A-Za-z0-9_.:-]+$',
              description: 'De id van de controle.',
            },
          },
        },
        querystring: querySchema({ run: RUN, ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina voorbeeldrijen.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'kwaliteit');
      const { controle } = request.params;
      const query = request.query;
      const run = (await metaTableExists(context.warehouse, 'check_results'))
        ? await runOf(request, purpose, query.run)
        : undefined;
      const [check] =
        run === undefined
          ? []
          : await lookupRows(request, context, {
              purpose,
              table: 'kwaliteit',
              fields: ['table_name'],
              filters: [
                { column: 'run_id', op: 'eq', value: run },
                { column: 'check_id', op: 'eq', value: controle },
              ],
              pageSize: 1,
            });
      if (!check || run === undefined) throw unknownName('controle', '', []);
      const table = String(check['table_name']);
      const page = await governedPage(request, context, {
        purpose,
        table,
        samples: { run, check: controle },
        page: query.page,
        pageSize: query.pageSize,
      });
      return { ...page, controle, run, tabel: table };
    },
  );
}
