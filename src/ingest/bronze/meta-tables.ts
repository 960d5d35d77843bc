import { WAREHOUSE_SCHEMAS, type SqlSession } from '../../engines/engine.js';
import { ensureSchemas } from '../../engines/sql-text.js';

/** Metadata columns every bronze table has after the source's own columns. */
export const BRONZE_META_COLUMNS = ['_batch_id', '_row_number', '_loaded_at'] as const;

/**
 * `meta.batches`: one row per load attempt of one file (or table) of one source. `status` is `loaded`
 * (data committed with this row) or `failed` (nothing loaded; `message` says why). The same
 * `(source, file_sha256)` is loaded at most once.
 */
const BATCHES_DDL = `CREATE TABLE IF NOT EXISTS meta.batches (
  batch_id VARCHAR PRIMARY KEY,
  source VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  file_sha256 VARCHAR,
  file_bytes BIGINT,
  format VARCHAR,
  loaded_at TIMESTAMP NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_loaded BIGINT NOT NULL,
  rows_quarantined BIGINT NOT NULL,
  status VARCHAR NOT NULL,
  message VARCHAR
)`;

/** `meta.quarantine`: every record that could not be read, with where it was and why. */
const QUARANTINE_DDL = `CREATE TABLE IF NOT EXISTS meta.quarantine (
  batch_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  row_number BIGINT,
  line BIGINT,
  reason VARCHAR NOT NULL,
  raw VARCHAR
)`;

/**
 * `meta.loaded_files`: the content each source has loaded, one row per (source, sha256), written in the
 * batch's transaction. Its primary key makes a concurrent second load of the same content fail instead
 * of loading it twice (PostgreSQL makes the second writer wait for the first, then refuses it).
 */
const LOADED_FILES_DDL = `CREATE TABLE IF NOT EXISTS meta.loaded_files (
  source VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  batch_id VARCHAR NOT NULL,
  PRIMARY KEY (source, file_sha256)
)`;

export const QUARANTINE_COLUMNS = [
  'batch_id',
  'source',
  'file',
  'row_number',
  'line',
  'reason',
  'raw',
] as const;

/** Creates the warehouse schemas and the meta tables when missing (same SQL on every engine). */
export async function ensureWarehouse(
  session: Pick<SqlSession, 'execute' | 'query' | 'dialect'>,
): Promise<void> {
  await ensureSchemas(session, WAREHOUSE_SCHEMAS);
  await session.execute(BATCHES_DDL);
  await session.execute(QUARANTINE_DDL);
  await session.execute(LOADED_FILES_DDL);
}

export interface BatchRow {
  batchId: string;
  source: string;
  file: string;
  sha256?: string;
  bytes?: number;
  format: Record<string, unknown>;
  loadedAt: Date;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  status: 'loaded' | 'failed';
  message?: string;
}

export async function insertBatch(session: Pick<SqlSession, 'execute'>, b: BatchRow): Promise<void> {
  if (b.status === 'loaded' && b.sha256) {
    await session.execute(
      'INSERT INTO meta.loaded_files (source, file_sha256, batch_id) VALUES ($1, $2, $3)',
      [b.source, b.sha256, b.batchId],
    );
  }
  await session.execute(
    `INSERT INTO meta.batches (batch_id, source, file, file_sha256, file_bytes, format, loaded_at, rows_read,
       rows_loaded, rows_quarantined, status, message) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      b.batchId,
      b.source,
      b.file,
      b.sha256 ?? null,
      b.bytes ?? null,
      JSON.stringify(b.format),
      b.loadedAt,
      b.rowsRead,
      b.rowsLoaded,
      b.rowsQuarantined,
      b.status,
      b.message ?? null,
    ],
  );
}

/** The batch that already loaded this content for this source, if any. */
export async function findLoadedBatch(
  session: Pick<SqlSession, 'query'>,
  source: string,
  sha256: string,
): Promise<string | undefined> {
  const rows = await session.query<{ batch_id: string }>(
    'SELECT batch_id FROM meta.loaded_files WHERE source = $1 AND file_sha256 = $2',
    [source, sha256],
  );
  return rows[0]?.batch_id;
}
