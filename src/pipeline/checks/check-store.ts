import type { Engine, SqlParam, SqlSession } from '../../engines/engine.js';
import {
  META_SCHEMA,
  ensureSchemaSql,
  metaCatalogDdl,
  metaTables,
} from '../../schema/catalog/meta-catalog.js';
import type { CheckResult } from '../../checks/check-types.js';

/**
 * Creates `meta.check_results` (one row per check per run) and `meta.check_samples` (violating rows as
 * JSON) when missing.
 */
export async function ensureCheckStore(engine: Pick<Engine, 'dialect' | 'execute'>): Promise<void> {
  await engine.execute(ensureSchemaSql(engine.dialect, META_SCHEMA));
  for (const statement of metaCatalogDdl(engine.dialect, metaTables('checkResults', 'checkSamples')))
    await engine.execute(statement);
}

/** Stores the results of one batch of checks, a few multi-row INSERTs; call in a transaction. */
export async function storeCheckResults(
  session: Pick<SqlSession, 'execute'>,
  runId: string,
  checkedAt: Date,
  results: readonly CheckResult[],
): Promise<void> {
  const resultRows: SqlParam[][] = results.map((r) => [
    runId,
    r.check.id,
    r.check.table,
    r.check.column ?? null,
    r.check.kind,
    r.check.origin,
    r.check.severity,
    r.status,
    r.violations,
    r.check.description,
    r.message ?? null,
    checkedAt,
    r.ms,
  ]);
  await insertRows(
    session,
    'meta.check_results (run_id, check_id, table_name, column_name, kind, origin, severity, status, violations, description, message, checked_at, duration_ms)',
    resultRows,
  );
  const sampleRows: SqlParam[][] = results.flatMap((r) =>
    r.samples.map((row, i) => [runId, r.check.id, i + 1, JSON.stringify(row)]),
  );
  await insertRows(session, 'meta.check_samples (run_id, check_id, sample_number, row_json)', sampleRows);
}

/** INSERT … VALUES with many rows per statement (at most 1000 parameters each). */
async function insertRows(
  session: Pick<SqlSession, 'execute'>,
  target: string,
  rows: readonly SqlParam[][],
): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  const perStatement = Math.max(1, Math.floor(1000 / width));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk
      .map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`)
      .join(', ');
    await session.execute(`INSERT INTO ${target} VALUES ${values}`, chunk.flat());
  }
}
