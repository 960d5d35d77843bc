import type { Engine, SqlSession, TextRow } from '../../engines/engine.js';
import type { RecordSource, SourceRecord } from '../formats/source-records.js';
import { bronzeColumnNames } from './bronze-columns.js';
import {
  loadedMeanwhile,
  recordFailure,
  started,
  timestampText,
  unchanged,
  type BatchContext,
  type BatchResult,
} from './bronze-loader.js';
import { batchDiagnostics, sortRecord } from './bronze-rows.js';
import { bronzeTable, ensureBronzeTable } from './bronze-table.js';
import { BRONZE_META_COLUMNS, QUARANTINE_COLUMNS } from './meta-tables.js';

/**
 * One file read and sorted in memory, not yet written: its rows, its quarantine records and its batch
 * row. It has its own batch id (taken when it was read, so batch ids keep the files' order) and its own
 * `meta.batches` and `meta.loaded_files` rows; only the transaction is shared with the files beside it.
 */
export interface PreparedFile {
  ctx: BatchContext & { sha256: string; bytes: number };
  batchId: string;
  loadedAt: Date;
  /** Bronze column names, in the order of each row's values. */
  columns: string[];
  sourceColumns: number;
  rows: TextRow[];
  quarantine: TextRow[];
  read: number;
  format: Record<string, unknown>;
}

// every file of a source has the same columns: their bronze names are worked out once
let lastColumns: { source: string[]; names: string[] } | undefined;
function columnNamesOf(columns: readonly string[]): string[] {
  const same =
    lastColumns !== undefined &&
    lastColumns.source.length === columns.length &&
    columns.every((c, i) => c === lastColumns!.source[i]);
  if (!same) lastColumns = { source: [...columns], names: bronzeColumnNames(columns) };
  return lastColumns!.names;
}

/** Reads a whole record source into a prepared file (for small files: the caller bounds the bytes). */
export async function prepareFile(
  ctx: BatchContext & { sha256: string; bytes: number },
  records: RecordSource,
): Promise<PreparedFile> {
  const { loadedAt, batchId } = started();
  const stamp = { batchId, source: ctx.source, file: ctx.file, loadedAtText: timestampText(loadedAt) };
  const rows: TextRow[] = [];
  const quarantine: TextRow[] = [];
  let read = 0;
  try {
    for await (const batch of records.records()) {
      for (const r of batch as SourceRecord[]) {
        read++;
        sortRecord(r, stamp, rows, quarantine);
      }
    }
  } finally {
    await records.close?.();
  }
  return {
    ctx,
    batchId,
    loadedAt,
    columns: columnNamesOf(records.columns),
    sourceColumns: records.columns.length,
    rows,
    quarantine,
    read,
    format: records.format,
  };
}

const BATCH_COLUMNS = [
  'batch_id',
  'source',
  'file',
  'file_sha256',
  'file_bytes',
  'format',
  'loaded_at',
  'rows_read',
  'rows_loaded',
  'rows_quarantined',
  'status',
  'message',
] as const;

function batchRow(f: PreparedFile): TextRow {
  return [
    f.batchId,
    f.ctx.source,
    f.ctx.file,
    f.ctx.sha256,
    String(f.ctx.bytes),
    JSON.stringify(f.format),
    timestampText(f.loadedAt),
    String(f.read),
    String(f.rows.length),
    String(f.quarantine.length),
    'loaded',
    null,
  ];
}

async function* once<T>(items: readonly T[]): AsyncIterable<readonly T[]> {
  if (items.length > 0) yield items;
}

/** Writes the files of a group (same source, same columns) in the open transaction. */
async function writeFiles(tx: SqlSession, files: readonly PreparedFile[]): Promise<void> {
  const { source } = files[0]!.ctx;
  const columns = files[0]!.columns;
  await ensureBronzeTable(tx, source, columns);
  async function* rows(): AsyncIterable<readonly TextRow[]> {
    for (const f of files) if (f.rows.length > 0) yield f.rows;
  }
  await tx.bulkInsert(bronzeTable(source), [...columns, ...BRONZE_META_COLUMNS], rows());
  const quarantine = files.flatMap((f) => f.quarantine);
  if (quarantine.length > 0)
    await tx.bulkInsert({ schema: 'meta', name: 'quarantine' }, QUARANTINE_COLUMNS, once(quarantine));
  // the key of meta.loaded_files makes a concurrent load of the same content fail the transaction
  await tx.bulkInsert(
    { schema: 'meta', name: 'loaded_files' },
    ['source', 'file_sha256', 'batch_id'],
    once(files.map((f) => [source, f.ctx.sha256, f.batchId])),
  );
  await tx.bulkInsert({ schema: 'meta', name: 'batches' }, BATCH_COLUMNS, once(files.map(batchRow)));
}

function loadedResult(f: PreparedFile): BatchResult {
  return {
    source: f.ctx.source,
    file: f.ctx.file,
    status: 'loaded',
    batchId: f.batchId,
    sha256: f.ctx.sha256,
    rowsRead: f.read,
    rowsLoaded: f.rows.length,
    rowsQuarantined: f.quarantine.length,
    path: 'stream',
    format: f.format,
    diagnostics: batchDiagnostics(f.ctx.file, f.batchId, f.quarantine, f.read, f.sourceColumns),
  };
}

/**
 * Commits prepared files of one source in one transaction: every file with its own batch row, rows and
 * quarantine records, so a crash loses the whole group and never part of a file. When the group's
 * transaction fails (e.g. another process loaded one of its files meanwhile), each file is committed on
 * its own instead, so one file cannot take the others down: the results are then those of one-by-one
 * loading.
 */
export async function commitFiles(engine: Engine, files: readonly PreparedFile[]): Promise<BatchResult[]> {
  if (files.length === 0) return [];
  try {
    await engine.transaction((tx) => writeFiles(tx, files));
    return files.map(loadedResult);
  } catch (error) {
    if (files.length > 1) {
      const results: BatchResult[] = [];
      for (const f of files) results.push(...(await commitFiles(engine, [f])));
      return results;
    }
    const f = files[0]!;
    const previous = await loadedMeanwhile(f.ctx);
    if (previous) return [unchanged(f.ctx, previous.batchId, previous.sha256)];
    return [await recordFailure(f.ctx, error)];
  }
}

/** The content each source has loaded: `sha256 → batch id`, read once before a grouped load. */
export async function loadedContent(engine: Engine, source: string): Promise<Map<string, string>> {
  const rows = await engine.query<{ file_sha256: string; batch_id: string }>(
    'SELECT file_sha256, batch_id FROM meta.loaded_files WHERE source = $1',
    [source],
  );
  return new Map(rows.map((r) => [r.file_sha256, r.batch_id]));
}
