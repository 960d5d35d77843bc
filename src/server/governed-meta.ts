// The warehouse's own records (check results, runs and their steps) under the policy: read like data,
// through compileGovernedRead, so a grant's treatments apply (a run's message may quote a source value)
// and reads with personal data are audited; then their columns get the API's Dutch names.
import type { FastifyRequest } from 'fastify';
import type { GovernedReadRequest } from '../governance/governed-read.js';
import { governedPage } from './governed-response.js';
import { jsonValue } from './meta-pages.js';
import { ProblemError } from './problem.js';
import type { ServerContext } from './server-context.js';

/**
 * A few columns that are not personal (an id, a table name) of the rows a read finds, for looking up
 * before the real read. Not audited, so a read that would show personal data is refused here.
 */
export async function lookupRows(
  request: FastifyRequest,
  context: ServerContext,
  read: Omit<GovernedReadRequest, 'roles' | 'page'> & { fields: readonly string[] },
): Promise<Record<string, unknown>[]> {
  const compiled = context.access.compile({ ...read, page: 1, roles: request.principal?.roles ?? [] });
  if ('denied' in compiled) throw new ProblemError(compiled.status, compiled.code, compiled.reason);
  if (compiled.personal) throw new Error(`lookup of ${read.table} would read personal data`);
  const { rows } = await context.access.read(compiled);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])));
}

/**
 * A governed page with its items under `name` and their columns renamed (`names`: column → API name);
 * columns the grant withholds are absent, `kolommen` says how the others were treated (by API name).
 */
export async function renamedPage(
  request: FastifyRequest,
  context: ServerContext,
  read: Omit<GovernedReadRequest, 'roles'>,
  name: string,
  names: Readonly<Record<string, string>>,
  extra: (row: Record<string, unknown>) => Record<string, unknown> = () => ({}),
) {
  const page = await governedPage(request, context, read);
  const rename = (column: string) => names[column] ?? column;
  const items = page._embedded['gegevens'] as Record<string, unknown>[];
  return {
    ...page,
    _embedded: {
      [name]: items.map((row) => ({
        ...Object.fromEntries(Object.entries(row).map(([k, v]) => [rename(k), v])),
        ...extra(row),
      })),
    },
    kolommen: page.kolommen.map((k) => ({ ...k, naam: rename(k.naam) })),
  };
}
