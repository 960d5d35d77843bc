// The platform at a glance for the web app's overview: how many tables and rows each layer holds
// (bronze, silver, gold) and per source how much was loaded and when. Counts only, no personal data,
// so any signed-in caller may see them.
import type { FastifyInstance } from 'fastify';
import { sqlTableName } from '../../dialects/identifiers.js';
import type { Engine, SqlValue } from '../../engines/engine.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const LAYERS = ['bronze', 'silver', 'gold'] as const;

const count = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const iso = (v: SqlValue | undefined): string | null =>
  v === null || v === undefined ? null : new Date(v instanceof Date ? v : String(v)).toISOString();

async function layerCounts(engine: Engine) {
  const layers = [];
  for (const laag of LAYERS) {
    const tables = await engine.listTables(laag);
    let rijen = 0;
    for (const t of tables) {
      const [r] = await engine.query(
        `SELECT count(*) AS n FROM ${sqlTableName(engine.dialect, laag, t.name)}`,
      );
      rijen += count(r?.['n']);
    }
    layers.push({ laag, tabellen: tables.length, rijen });
  }
  return layers;
}

async function sourceFreshness(engine: Engine) {
  const meta = new Set((await engine.listTables('meta')).map((t) => t.name));
  if (!meta.has('batches')) return [];
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
    async () => ({
      lagen: await layerCounts(context.warehouse),
      bronnen: await sourceFreshness(context.warehouse),
    }),
  );
}
