// What the OData feed needs of the platform, as a small interface: which gold metrics the caller may
// read (and from which table), and a way to run one compiled read. The API server implements it with
// the governance grant for gold.<id>; tests implement it over a real engine.

import type { FastifyRequest } from 'fastify';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { Row, SqlParam } from '../../engines/engine.js';
import type { GoldMetricDescriptor } from '../../gold/gold-table.js';

export interface GoldFeedMetric {
  descriptor: GoldMetricDescriptor;
  /**
   * The table read, as SQL for the engine: the published (suppressed) `"gold"."wmo_clienten"`, or
   * `"gold_intern"."wmo_clienten"` for a caller the policy grants the unsuppressed figures.
   */
  table: string;
}

/** The caller may not use the feed (no purpose granted, unknown purpose): answered as an OData error. */
export class GoldFeedDenied extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GoldFeedDenied';
  }
}

export interface GoldFeedSource {
  readonly dialect: SqlDialect;
  /**
   * The metrics `purpose` lets the caller read; metrics not granted are absent (not listed, 404).
   * Throws GoldFeedDenied when the caller may read nothing under the purpose.
   */
  metrics(request: FastifyRequest, purpose: string): Promise<readonly GoldFeedMetric[]>;
  /** Runs one read-only SELECT of the feed with bound parameters (`$1`, …). */
  query(
    request: FastifyRequest,
    metric: GoldFeedMetric,
    sql: string,
    params: readonly SqlParam[],
  ): Promise<Row[]>;
}
