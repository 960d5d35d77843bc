import { WAREHOUSE_SCHEMAS, type Engine, type SqlSession } from '../../engines/engine.js';
import { ensureSchemas } from '../../engines/sql-text.js';
import { metaCatalogDdl, metaTables } from '../../schema/catalog/meta-catalog.js';

/** Metadata columns every bronze table has after the source's own columns. */
export const BRONZE_META_COLUMNS = ['_batch_id', '_row_number', '_loaded_at'] as const;

export const QUARANTINE_COLUMNS = [
  'batch_id',
  'source',
  'file',
  'row_number',
  'line',
  'reason',
  'raw',
] as const;

/**
 * Creates the warehouse schemas and the bronze tables of the meta catalog when missing:
 * `meta.batches` (one row per load attempt of one file, `loaded` or `failed`), `meta.quarantine` (every
 * record that could not be read) and `meta.loaded_files` (whose key lets a content load once per source).
 */
export async function ensureWarehouse(engine: Pick<Engine, 'dialect' | 'execute' | 'query'>): Promise<void> {
  await ensureSchemas(engine, WAREHOUSE_SCHEMAS);
  const tables = metaTables('batches', 'quarantine', 'loadedFiles');
  for (const statement of metaCatalogDdl(engine.dialect, tables)) await engine.execute(statement);
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
