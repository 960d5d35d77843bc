// What the catalog tells about each silver table besides its definition: rows, freshness, quality. Read
// from the warehouse (meta.applied_batches, meta.check_results) with engine-neutral SQL.
import { physicalName } from '../dialects/identifiers.js';
import type { Engine, SqlValue } from '../engines/engine.js';
import { rowCounts, tableNames } from './table-counts.js';

export interface TableFacts {
  rows: number | null;
  /** When a batch was last applied to it (ISO 8601), or null. */
  updatedAt: string | null;
  quality: { status: 'goed' | 'fouten' | 'onbekend'; checks: number; failed: number };
}

const num = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const iso = (v: SqlValue | undefined): string | null =>
  v instanceof Date
    ? v.toISOString()
    : v === null || v === undefined
      ? null
      : new Date(String(v)).toISOString();

/** Facts per silver table name (as the plan names it); tables not in the warehouse have rows null. */
export async function tableFacts(
  engine: Engine,
  tables: readonly string[],
): Promise<Map<string, TableFacts>> {
  const names = await tableNames(engine, ['silver', 'meta']);
  const existing = new Set(names.filter((t) => t.schema === 'silver').map((t) => t.name));
  const meta = new Set(names.filter((t) => t.schema === 'meta').map((t) => t.name));
  const updated = new Map<string, string | null>();
  if (meta.has('applied_batches')) {
    for (const r of await engine.query(
      `SELECT target_table, max(applied_at) AS updated_at FROM meta.applied_batches GROUP BY target_table`,
    ))
      // the ledger names the target `silver.<table>` (or just the table)
      updated.set(String(r['target_table']).split('.').pop()!, iso(r['updated_at']));
  }
  const quality = new Map<string, TableFacts['quality']>();
  if (meta.has('check_results')) {
    // The checks of the latest run that ran checks.
    const latest = engine.dialect.query.limit(
      'SELECT run_id FROM meta.check_results ORDER BY checked_at DESC',
      1,
    );
    const rows = await engine.query(
      `SELECT table_name, count(*) AS checks, sum(CASE WHEN status <> 'pass' THEN 1 ELSE 0 END) AS failed
       FROM meta.check_results WHERE run_id = (${latest}) GROUP BY table_name`,
    );
    for (const r of rows) {
      const failed = num(r['failed']);
      quality.set(String(r['table_name']), {
        status: failed > 0 ? 'fouten' : 'goed',
        checks: num(r['checks']),
        failed,
      });
    }
  }
  // Rows of the tables that exist, counted together (one statement per 200 tables).
  const present = tables.filter((table) => existing.has(physicalName(engine.dialect, table)));
  const counts = await rowCounts(
    engine,
    present.map((name) => ({ schema: 'silver', name })),
  );
  const rowsOf = new Map(present.map((table, i) => [table, counts[i]!]));
  const out = new Map<string, TableFacts>();
  for (const table of tables) {
    const physical = physicalName(engine.dialect, table);
    out.set(table, {
      rows: rowsOf.get(table) ?? null,
      updatedAt: updated.get(physical) ?? null,
      quality: quality.get(physical) ?? { status: 'onbekend', checks: 0, failed: 0 },
    });
  }
  return out;
}
