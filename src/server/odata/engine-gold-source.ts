// A GoldFeedSource over one engine and a fixed list of metrics, with an optional grant per request: for
// tests, the bench, and a server that has no governance policy for gold wired yet.

import type { FastifyRequest } from 'fastify';
import { sqlTableName } from '../../dialects/identifiers.js';
import type { Engine } from '../../engines/engine.js';
import type { GoldMetricDescriptor } from '../../gold/gold-table.js';
import type { GoldFeedMetric, GoldFeedSource } from './gold-feed-source.js';

export interface EngineGoldSourceOptions {
  engine: Engine;
  metrics: readonly GoldMetricDescriptor[];
  /** Whether the caller may read `gold.<id>` under `purpose`; throw GoldFeedDenied to refuse the feed. Default: all. */
  grants?: (request: FastifyRequest, purpose: string, metricId: string) => boolean;
}

export function engineGoldSource(options: EngineGoldSourceOptions): GoldFeedSource {
  const { engine } = options;
  return {
    dialect: engine.dialect,
    metrics: async (request, purpose) =>
      options.metrics
        .filter((m) => options.grants?.(request, purpose, m.id) ?? true)
        .map((descriptor): GoldFeedMetric => ({
          descriptor,
          table: sqlTableName(engine.dialect, 'gold', descriptor.id),
        })),
    query: (_request, _metric, sql, params) => engine.query(sql, params),
  };
}
