// Which gold table a caller reads a metric from: the unsuppressed figures (`gold_intern.<id>`) when the
// policy grants them to one of its roles for the purpose, else the published, suppressed `gold.<id>`
// (which the policy must grant in turn). Default: suppressed.
import type { GovernedRead } from '../governance/governed-read.js';
import { GOLD_INTERNAL_SCHEMA, GOLD_SCHEMA } from '../gold/gold-table.js';
import type { DataAccess } from './server-context.js';

export interface GoldTableChoice {
  /** The table the read names (`gold_intern.<id>` or `gold.<id>`). */
  table: string;
  /** True when small cells are in the figures (the caller holds a grant of gold_intern). */
  unsuppressed: boolean;
}

export function goldTableFor(
  access: DataAccess,
  roles: readonly string[],
  purpose: string,
  metricId: string,
): GoldTableChoice {
  const internal = `${GOLD_INTERNAL_SCHEMA}.${metricId}`;
  const probe = access.compile({ roles, purpose, table: internal, page: 1, pageSize: 1 });
  return isGranted(probe)
    ? { table: internal, unsuppressed: true }
    : { table: `${GOLD_SCHEMA}.${metricId}`, unsuppressed: false };
}

const isGranted = (r: ReturnType<DataAccess['compile']>): r is GovernedRead => !('denied' in r);
