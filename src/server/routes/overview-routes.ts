// The platform at a glance for the web app's overview: how many tables and rows each layer holds
// (bronze, silver, gold) and per source how much was loaded and when. Counts only, no personal data,
// so any signed-in caller may see them.
import type { FastifyInstance } from 'fastify';
import { sqlTableName } from '../../dialects/identifiers.js';
import type { Engine, SqlValue, TableRef } from '../../engines/engine.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

const LAYERS = ['bronze', 'silver', 'gold'] as const;

const count = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const iso = (v: SqlValue | undefined): string | null =>
  v === null || v === undefined ? null : new Date(v instanceof Date ? v : String(v)).toISOString();

/**
 * The tables and views of the layers and meta, names only: `information_schema.tables` (the same on
 * DuckDB and PostgreSQL) is far lighter than `listTables`, which reads every column of every table.
 */
async function layerTables(engine: Engine): Promise<TableRef[]> {
  const schemas = [...LAYERS, 'meta'].map((s) => `'${s}'`).join(', ');
  const rows = await engine.query(
    `SELECT table_schema, table_name FROM information_schema.tables
      WHERE table_catalog = current_database() AND table_schema IN (${schemas})
      ORDER BY table_schema, table_name`,
  );
  return rows.map((r) => ({ schema: String(r['table_schema']), name: String(r['table_name']) }));
}

/** Tables per count statement: one statement instead of one per table, short enough for any parser. */
const TABLES_PER_STATEMENT = 200;

/**
 * Tables and rows per layer with one table listing and one count statement per 200 tables (a
 * `UNION ALL` of `count(*)`s): the warehouse connection is shared and runs one statement at a time, so
 * a statement per table kept every other request of the page waiting.
 */
async function layerCounts(engine: Engine, tables: readonly TableRef[]) {
  const rows = new Map<string, number>(LAYERS.map((l) => [l, 0]));
  const counted = tables.filter((t) => rows.has(t.schema));
  for (let i = 0; i < counted.length; i += TABLES_PER_STATEMENT) {
    const parts = counted
      .slice(i, i + TABLES_PER_STATEMENT)
      .map(
        (t) =>
          `SELECT '${t.schema}' AS laag, count(*) AS n FROM ${sqlTableName(engine.dialect, t.schema, t.name)}`,
      );
    for (const r of await engine.query(
      `SELECT laag, sum(n) AS n FROM (${parts.join(' UNION ALL ')}) counts GROUP BY laag`,
    ))
      rows.set(String(r['laag']), rows.get(String(r['laag']))! + count(r['n']));
  }
  return LAYERS.map((laag) => ({
    laag,
    tabellen: counted.filter((t) => t.schema === laag).length,
    rijen: rows.get(laag)!,
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
      const tables = await layerTables(context.warehouse);
      return {
        lagen: await layerCounts(context.warehouse, tables),
        bronnen: await sourceFreshness(context.warehouse, tables),
      };
    },
  );
}
