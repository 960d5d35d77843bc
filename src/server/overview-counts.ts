// The overview's counts (tables and rows per layer, loads per source) kept per warehouse state: counting
// every table is the dearest part of the overview (hundreds of `count(*)`s), while the counts change only
// when a load adds a batch or a run is recorded. The state is read from meta.batches and meta.runs (a
// few aggregates); the counts are worked out again when it differs. The server computes them as it
// starts, so a first visit does not wait for the counting either. Rows changed by hand, outside
// `ggm ingest` and `ggm run`, show at the next load or run; a table created by hand within seconds.
import type { Engine, SqlValue, TableRef } from '../engines/engine.js';
import { metaTableExists } from './meta-pages.js';
import { rowCounts, tableNames } from './table-counts.js';

const LAYERS = ['bronze', 'silver', 'gold'] as const;

export interface OverviewCounts {
  lagen: { laag: (typeof LAYERS)[number]; tabellen: number; rijen: number }[];
  bronnen: {
    bron: string;
    batches: number;
    mislukteBatches: number;
    rijenGeladen: number;
    rijenInQuarantaine: number;
    laatstGeladenOp: string | null;
  }[];
}

const count = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const iso = (v: SqlValue | undefined): string | null =>
  v === null || v === undefined ? null : new Date(v instanceof Date ? v : String(v)).toISOString();
const has = (tables: readonly TableRef[], name: string) =>
  tables.some((t) => t.schema === 'meta' && t.name === name);

/** Tables and rows per layer: one count statement per 200 tables. */
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
  if (!has(tables, 'batches')) return [];
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

/**
 * The loads and runs recorded, as a mark that changes with each: one statement of aggregates over
 * meta.batches and meta.runs (the tables that exist).
 */
async function activityMark(engine: Engine): Promise<string> {
  const parts = [
    (await metaTableExists(engine, 'batches'))
      ? `SELECT 'b' AS k, count(*) AS n, CAST(max(loaded_at) AS VARCHAR) AS last FROM meta.batches`
      : undefined,
    (await metaTableExists(engine, 'runs'))
      ? `SELECT 'r' AS k, count(*) AS n, CAST(max(coalesce(finished_at, started_at)) AS VARCHAR) AS last FROM meta.runs`
      : undefined,
  ].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return '';
  const rows = await engine.query(parts.join(' UNION ALL '));
  return rows
    .map((r) => `${String(r['k'])}${count(r['n'])}@${String(r['last'] ?? '')}`)
    .sort()
    .join('|');
}

/** How long the list of tables is trusted while no load or run is recorded. */
const TABLES_RECHECK_MS = 5_000;

/**
 * The counts for the warehouse as it is now, worked out only when its state changed: a load or a run
 * recorded (checked on every call, one small statement), or the tables (read again after a load or run,
 * and otherwise at most every few seconds: the catalog query is the dearer one, about 7 ms on a DuckDB
 * warehouse of a thousand tables, on the connection every request shares).
 */
export function overviewCounts(
  engine: Engine,
  options: { now?: () => number; tablesRecheckMs?: number } = {},
): { get(): Promise<OverviewCounts> } {
  const now = options.now ?? (() => performance.now());
  const recheckMs = options.tablesRecheckMs ?? TABLES_RECHECK_MS;
  let held: { key: string; mark: string; tablesReadAt: number; answer: Promise<OverviewCounts> } | undefined;
  return {
    async get() {
      const mark = await activityMark(engine);
      if (held && held.mark === mark && now() - held.tablesReadAt < recheckMs) return held.answer;
      const readAt = now();
      const tables = await tableNames(engine, [...LAYERS, 'meta']);
      const key = `${tables.map((t) => `${t.schema}.${t.name}`).join(',')}|${mark}`;
      if (held && held.key === key) {
        held.tablesReadAt = readAt;
        return held.answer;
      }
      const answer = (async () => ({
        lagen: await layerCounts(engine, tables),
        bronnen: await sourceFreshness(engine, tables),
      }))();
      const entry = { key, mark, tablesReadAt: readAt, answer };
      held = entry;
      // a failed count is not kept: the next visit counts again
      answer.catch(() => {
        if (held === entry) held = undefined;
      });
      return entry.answer;
    },
  };
}
