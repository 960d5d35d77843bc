// The gold store every metric kind shares: schemas, the catalog row of a metric, the state of its inputs
// and the check whether its stored figures are current.
import type { Engine, Row, SqlSession } from '../../engines/engine.js';
import { sqlName, sqlTableName } from '../../dialects/identifiers.js';
import { GOLD_INTERNAL_SCHEMA, GOLD_SCHEMA, type GoldMetricDescriptor } from '../../gold/gold-table.js';
import { ensureSchemaSql, metaCatalogDdl, metaTables } from '../../schema/catalog/meta-catalog.js';
import { ensureLineageStore } from '../lineage-store.js';

/** What one gold step did. */
export interface GoldBuildResult {
  metric: string;
  status: 'built' | 'unchanged';
  cells: number;
  primary: number;
  secondary: number;
  fingerprint: string;
}

/** Creates the gold schemas and `meta.gold_metrics` when missing. */
export async function ensureGoldStore(engine: Engine): Promise<void> {
  for (const schema of [GOLD_SCHEMA, GOLD_INTERNAL_SCHEMA, 'meta'])
    await engine.execute(ensureSchemaSql(engine.dialect, schema));
  for (const s of metaCatalogDdl(engine.dialect, metaTables('goldMetrics'))) await engine.execute(s);
  await ensureLineageStore(engine);
  // The helper functions the expression language compiles to (to_date …) live in schema meta.
  for (const s of engine.dialect.mapping?.prelude ?? []) await engine.execute(s);
}

/** Replaces the `meta.gold_metrics` row of a metric (in the caller's transaction). */
export async function recordGoldMetric(
  session: Pick<SqlSession, 'execute'>,
  row: {
    descriptor: GoldMetricDescriptor;
    definitionHash: string;
    fingerprint: string;
    computedAt: Date;
    cells: number;
    suppressed: number;
  },
): Promise<void> {
  const { descriptor } = row;
  await session.execute(`DELETE FROM meta.gold_metrics WHERE metric_id = $1`, [descriptor.id]);
  await session.execute(
    `INSERT INTO meta.gold_metrics (metric_id, title, descriptor_json, definition_sha256, fingerprint, computed_at, cells, suppressed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      descriptor.id,
      descriptor.title,
      JSON.stringify(descriptor),
      row.definitionHash,
      row.fingerprint,
      row.computedAt,
      row.cells,
      row.suppressed,
    ],
  );
}

/** Per input table: its row count and, from the ledgers, how many batches made it and when the last came. */
export async function inputState(engine: Engine, sources: readonly string[]): Promise<unknown[]> {
  const d = engine.dialect;
  const state: unknown[] = [];
  const meta = new Set((await engine.listTables('meta')).map((t) => t.name));
  for (const source of sources) {
    const [schema, table] = source.split('.') as [string, string];
    const [count] = await engine.query(`SELECT COUNT(*) AS n FROM ${sqlTableName(d, schema, table)}`);
    let ledger: Row | undefined;
    if (schema === 'bronze' && meta.has('batches'))
      [ledger] = await engine.query(
        `SELECT COUNT(*) AS n, CAST(MAX(loaded_at) AS VARCHAR) AS last FROM meta.batches WHERE source = $1 AND status = 'loaded'`,
        [table],
      );
    else if (meta.has('applied_batches'))
      [ledger] = await engine.query(
        `SELECT COUNT(*) AS n, CAST(MAX(applied_at) AS VARCHAR) AS last FROM meta.applied_batches WHERE target_table IN ($1, $2)`,
        [table, source],
      );
    state.push([
      source,
      String(count?.['n'] ?? 0),
      String(ledger?.['n'] ?? ''),
      String(ledger?.['last'] ?? ''),
    ]);
  }
  return state;
}

export async function storedFingerprint(engine: Engine, id: string): Promise<string | undefined> {
  const [row] = await engine.query(`SELECT fingerprint FROM meta.gold_metrics WHERE metric_id = $1`, [id]);
  return row ? String(row['fingerprint']) : undefined;
}

export async function tablesExist(engine: Engine, id: string): Promise<boolean> {
  for (const schema of [GOLD_SCHEMA, GOLD_INTERNAL_SCHEMA])
    if (!(await engine.describeTable({ schema, name: id }))) return false;
  return true;
}

/** Inside the caller's transaction: the staging tables of a metric (gold and gold_intern) take its place. */
export async function swapStagingIntoPlace(tx: SqlSession, id: string, staging: string): Promise<void> {
  const d = tx.dialect;
  for (const schema of [GOLD_SCHEMA, GOLD_INTERNAL_SCHEMA]) {
    await tx.execute(`DROP TABLE IF EXISTS ${sqlTableName(d, schema, id)}`);
    await tx.execute(`ALTER TABLE ${sqlTableName(d, schema, staging)} RENAME TO ${sqlName(d, id)}`);
  }
}
