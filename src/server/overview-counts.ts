// The overview's counts (tables and rows per layer, loads per source) kept per warehouse state: counting
// every table is the dearest part of the overview (hundreds of `count(*)`s), while the counts change only
// when a load adds a batch or a run is recorded. The state is read from meta.batches and meta.runs (a
// few aggregates); the counts are worked out again when it differs. The server computes them as it
// starts, so a first visit does not wait for the counting either. A table changed by hand, outside
// `ggm ingest` and `ggm run`, shows at the next load or run.
import type { Engine, SqlValue, TableRef } from '../engines/engine.js';
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

/** The warehouse's state as far as the counts go: its tables, and the batches and runs recorded. */
async function warehouseState(engine: Engine): Promise<{ key: string; tables: TableRef[] }> {
  const tables = await tableNames(engine, [...LAYERS, 'meta']);
  const parts = [
    has(tables, 'batches')
      ? `SELECT count(*) AS n, CAST(max(loaded_at) AS VARCHAR) AS last FROM meta.batches`
      : undefined,
    has(tables, 'runs')
      ? `SELECT count(*) AS n, CAST(max(coalesce(finished_at, started_at)) AS VARCHAR) AS last FROM meta.runs`
      : undefined,
  ].filter((p): p is string => p !== undefined);
  const marks = [];
  for (const sql of parts) {
    const [row] = await engine.query(sql);
    marks.push(`${count(row?.['n'])}@${String(row?.['last'] ?? '')}`);
  }
  return { key: `${tables.map((t) => `${t.schema}.${t.name}`).join(',')}|${marks.join('|')}`, tables };
}

/** The counts for the warehouse as it is now, worked out only when its state changed. */
export function overviewCounts(engine: Engine): { get(): Promise<OverviewCounts> } {
  let held: { key: string; answer: Promise<OverviewCounts> } | undefined;
  return {
    async get() {
      const state = await warehouseState(engine);
      if (!held || held.key !== state.key) {
        const answer = (async () => ({
          lagen: await layerCounts(engine, state.tables),
          bronnen: await sourceFreshness(engine, state.tables),
        }))();
        const entry = { key: state.key, answer };
        held = entry;
        // a failed count is not kept: the next visit counts again
        answer.catch(() => {
          if (held === entry) held = undefined;
        });
      }
      return held.answer;
    },
  };
}
