// The feed's GoldFeedSource in the API server: the project's gold metrics (ProjectService.goldMetrics),
// each kept only when the policy grants it to one of the caller's roles under the purpose in the URL,
// read on the policy's sandboxed reader from the table the grant names: `gold_intern.<id>` (unsuppressed)
// where the policy grants that, else the published, suppressed `gold.<id>`.

import type { FastifyRequest } from 'fastify';
import type { GovernedRead, PolicyDenial } from '../../governance/governed-read.js';
import { GOLD_COLUMNS } from '../../gold/gold-table.js';
import { goldTableFor } from '../gold-access.js';
import type { ServerContext } from '../server-context.js';
import { GoldFeedDenied, type GoldFeedMetric, type GoldFeedSource } from './gold-feed-source.js';

interface GrantedMetric extends GoldFeedMetric {
  read: GovernedRead;
}

/** Codes of the feed's own refusals (the policy's denials keep their GGM-G… codes). */
export const ODATA_ACCESS_CODES = { notAuthenticated: 'GGM-O050' } as const;

const isDenial = (r: GovernedRead | PolicyDenial): r is PolicyDenial => 'denied' in r;

export function governedGoldSource(context: ServerContext): GoldFeedSource {
  return {
    dialect: context.warehouse.dialect,

    async metrics(request: FastifyRequest, purpose: string): Promise<readonly GoldFeedMetric[]> {
      const principal = request.principal;
      if (!principal)
        throw new GoldFeedDenied(401, ODATA_ACCESS_CODES.notAuthenticated, 'Meld u aan om de feed te lezen.');
      const { metrics } = await context.service.goldMetrics();
      const granted: GrantedMetric[] = [];
      const denials: PolicyDenial[] = [];
      for (const { descriptor } of metrics) {
        const { table } = goldTableFor(context.access, principal.roles, purpose, descriptor.id);
        const read = context.access.compile({ roles: principal.roles, purpose, table, page: 1, pageSize: 1 });
        if (isDenial(read)) denials.push(read);
        // every gold column must leave in clear, else the feed's own SELECT would bypass a treatment
        else if (
          !read.personal &&
          hasEveryColumnInClear(
            read,
            descriptor.dimensions.map((d) => d.name),
          )
        )
          granted.push({ descriptor, table: read.table, read });
        else
          request.log.warn(
            { metric: descriptor.id },
            'gold metric left out of the OData feed: not every column is clear',
          );
      }
      if (granted.length === 0 && denials.length > 0) {
        const first = denials.find((d) => d.status !== 404) ?? denials[0]!;
        throw new GoldFeedDenied(first.status === 400 ? 403 : first.status, first.code, first.reason);
      }
      return granted;
    },

    async query(_request, metric, sql, params) {
      const { read } = metric as GrantedMetric;
      const { rows } = await context.access.read({ ...read, sql, parameters: params, subjectColumn: null });
      return rows;
    },
  };
}

function hasEveryColumnInClear(read: GovernedRead, dimensions: readonly string[]): boolean {
  const clear = new Set(read.columns.filter((c) => c.treatment === 'clear').map((c) => c.name));
  return [...Object.values(GOLD_COLUMNS), ...dimensions].every((name) => clear.has(name));
}
