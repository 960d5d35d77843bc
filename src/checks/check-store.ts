import type { SqlSession } from '../engines/engine.js';
import type { CheckResult } from './check-types.js';

/** `meta.check_results` (one row per check per run) and `meta.check_samples` (violating rows as JSON). */
const RESULTS_DDL = `CREATE TABLE IF NOT EXISTS meta.check_results (
  run_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  table_name VARCHAR NOT NULL,
  column_name VARCHAR,
  kind VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  violations BIGINT NOT NULL,
  description VARCHAR,
  message VARCHAR,
  checked_at TIMESTAMP NOT NULL,
  duration_ms BIGINT NOT NULL
)`;

const SAMPLES_DDL = `CREATE TABLE IF NOT EXISTS meta.check_samples (
  run_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  sample_number INTEGER NOT NULL,
  row_json VARCHAR NOT NULL
)`;

export async function ensureCheckStore(session: Pick<SqlSession, 'execute'>): Promise<void> {
  await session.execute('CREATE SCHEMA IF NOT EXISTS meta');
  await session.execute(RESULTS_DDL);
  await session.execute(SAMPLES_DDL);
}

/** Stores the results of one batch of checks; call inside a transaction so they land together. */
export async function storeCheckResults(
  session: Pick<SqlSession, 'execute'>,
  runId: string,
  checkedAt: Date,
  results: readonly CheckResult[],
): Promise<void> {
  for (const r of results) {
    const c = r.check;
    await session.execute(
      `INSERT INTO meta.check_results (run_id, check_id, table_name, column_name, kind, origin, severity, status, violations, description, message, checked_at, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        runId,
        c.id,
        c.table,
        c.column ?? null,
        c.kind,
        c.origin,
        c.severity,
        r.status,
        r.violations,
        c.description,
        r.message ?? null,
        checkedAt,
        r.ms,
      ],
    );
    for (const [i, row] of r.samples.entries())
      await session.execute(
        `INSERT INTO meta.check_samples (run_id, check_id, sample_number, row_json) VALUES ($1, $2, $3, $4)`,
        [runId, c.id, i + 1, JSON.stringify(row)],
      );
  }
}
