// The platform at a glance for the web app's overview: how many tables and rows each layer holds
// (bronze, silver, gold) and per source how much was loaded and when. Counts only, no personal data,
// so any signed-in caller may see them.
import type { FastifyInstance } from 'fastify';
import type { Engine, SqlValue, TableRef } from '../../engines/engine.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';
import { rowCounts, tableNames } from '../table-counts.js';

const LAYERS = ['bronze', 'silver', 'gold'] as const;

const count = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const iso = (v: SqlValue | undefined): string | null =>
  v === null || v === undefined ? null : new Date(v instanceof Date ? v : String(v)).toISOString();

/** Tables and rows per layer: one table listing, one count statement per 200 tables. */
async function layerCounts(engine: Engine, tables: readonly TableRef[]) {
  const counted = tables.filter((t) => (LAYERS as readonly string[]).includes(t.schema));
  const rows = await rowCounts(engine, counted);
  return LAYERS.map((laag) => ({
    laag,
    tabellen: counted.filter((t) => t.schema === laag).length,
    rijen: counted.reduce((sum, t, i) => (t.schema === laag ? sum + rows[i]! : sum), 0),
  }));
}

async function sourceFreshness(engine: Engine, tables: readonly TableRef[]) {
  if (!tables.some((t) => t.schema === 'meta' && t.name === 'batches')) return [];
  const rows = await engine.query(
    `SELECT source, count(*) AS batches, sum(rows_loaded) AS loaded, sum(rows_quarantined) AS quarantined,
            max(loaded_at) AS last_loaded, sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed
     FROM meta.batches GROUP BY source ORDER BY source`,
  );
  return rows.map((r) => ({
    bron: String(r['source']),
    batches: count(r['batches']),
    mislukteBatches: count(r['failed']),
    rijenGeladen: count(r['loaded']),
    rijenInQuarantaine: count(r['quarantined']),
    laatstGeladenOp: iso(r['last_loaded']),
  }));
}

export function registerOverviewRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get(
    '/overzicht',
    {
      schema: {
        summary: 'Rijen per laag en de versheid van de bronnen (alleen aantallen)',
        tags: ['overzicht'],
        operationId: 'getOverzicht',
        querystring: querySchema({}),
        response: { 200: { description: 'Aantallen per laag en per bron.', ...OPEN_OBJECT } },
      },
    },
    async () => {
      const tables = await tableNames(context.warehouse, [...LAYERS, 'meta']);
      return {
        lagen: await layerCounts(context.warehouse, tables),
        bronnen: await sourceFreshness(context.warehouse, tables),
      };
    },
  );
}
