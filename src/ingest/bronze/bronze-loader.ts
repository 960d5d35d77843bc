import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import {
  FileLoadError,
  type Engine,
  type FileLoadRequest,
  type SqlSession,
  type TextRow,
} from '../../engines/engine.js';
import type { RecordSource, SourceRecord } from '../formats/source-records.js';
import { bronzeColumnNames } from './bronze-columns.js';
import { batchDiagnostics, noRecords, sortRecord, type BatchStamp } from './bronze-rows.js';
import { bronzeTable, ensureBronzeTable } from './bronze-table.js';
import type { FileHash } from './file-hash.js';
import { BRONZE_META_COLUMNS, findLoadedBatch, insertBatch, QUARANTINE_COLUMNS } from './meta-tables.js';

/** What happened to one file (or table) of one source. */
export interface BatchResult {
  source: string;
  /** The file as configured (relative to the project), or the table/query of a database source. */
  file: string;
  status: 'loaded' | 'unchanged' | 'failed';
  batchId?: string;
  /** For `unchanged`: the batch that loaded the same content before. */
  previousBatchId?: string;
  sha256?: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** `native`: the engine read the file itself; `stream`: rows were parsed in JavaScript. */
  path?: 'native' | 'stream';
  format?: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** A time-ordered, unique batch id: `20261122T081500123Z-<8 hex>`, increasing within a process. */
export function newBatchId(at: Date): string {
  // ids order the batches (builds apply them in id order): two taken in the same millisecond, as
  // files loaded several to a commit are, get increasing times, never a random order
  const ms = Math.max(at.getTime(), lastIdMs + 1);
  lastIdMs = ms;
  return `${new Date(ms).toISOString().replace(/[-:.]/g, '')}-${randomHex()}`;
}
let lastIdMs = 0;

// random bytes drawn 4 KB at a time: a load of thousands of small files takes one id per file
let pool = Buffer.alloc(0);
let poolAt = 0;
function randomHex(): string {
  if (poolAt + 4 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += 4;
  return pool.toString('hex', poolAt - 4, poolAt);
}

/** `YYYY-MM-DD HH:MM:SS.mmm`, UTC: the text both engines parse into a TIMESTAMP. */
export function timestampText(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

interface BatchContext {
  engine: Engine;
  source: string;
  file: string;
  sha256?: string;
  bytes?: number;
  /** The file holds a NUL byte (from the hash pass). */
  nul?: boolean;
  /** Delimiters some line ends with (from the hash pass). */
  trailing?: string[];
}

class ContentUnchanged extends Error {
  constructor(readonly previous: string) {
    super('unchanged');
  }
}

export function started() {
  const loadedAt = new Date();
  return { loadedAt, batchId: newBatchId(loadedAt) };
}

/**
 * Fast path: the engine reads the file itself into `bronze.<source>`, in one transaction with the batch
 * row. Returns undefined when the engine rejects the input (malformed rows, invalid encoding …): the
 * caller then streams the file through the JavaScript readers, which quarantine the bad records.
 */
export async function loadNative(
  ctx: BatchContext,
  request: Pick<FileLoadRequest, 'file' | 'format' | 'csv'>,
  sourceColumns: readonly string[],
  format: Record<string, unknown>,
  /** The file's hash when it is still being computed alongside the load. */
  pendingHash?: Promise<FileHash>,
): Promise<BatchResult | undefined> {
  const columns = bronzeColumnNames(sourceColumns);
  const { loadedAt, batchId } = started();
  try {
    const loaded = await ctx.engine.transaction(async (tx) => {
      const table = bronzeTable(ctx.source);
      const existing = await tx.describeTable(table);
      // a first load creates the table from the file (CREATE TABLE AS), the fastest path there is
      if (existing) await ensureBronzeTable(tx, ctx.source, columns, existing);
      const n = await tx.loadFile({
        ...request,
        table,
        columns,
        extraColumns: [
          { name: '_batch_id', value: batchId },
          { name: '_row_number', ordinal: true },
          { name: '_loaded_at', value: loadedAt },
        ],
        ...(existing ? {} : { createTable: true }),
      });
      const { sha256, bytes, nul, trailing } = pendingHash ? await pendingHash : ctx;
      if (request.format === 'csv' && nul) throw new FileLoadError('the file holds a NUL byte', request.file);
      if (request.csv && trailing?.includes(request.csv.delimiter))
        throw new FileLoadError('a line ends with the delimiter', request.file);
      await insertBatch(tx, {
        batchId,
        source: ctx.source,
        file: ctx.file,
        ...(sha256 ? { sha256 } : {}),
        ...(bytes !== undefined ? { bytes } : {}),
        format,
        loadedAt,
        rowsRead: n,
        rowsLoaded: n,
        rowsQuarantined: 0,
        status: 'loaded',
      });
      return { n, sha256 };
    });
    return {
      source: ctx.source,
      file: ctx.file,
      status: 'loaded',
      batchId,
      ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}),
      rowsRead: loaded.n,
      rowsLoaded: loaded.n,
      rowsQuarantined: 0,
      path: 'native',
      format,
      diagnostics: loaded.n === 0 ? [noRecords(ctx.file, sourceColumns.length)] : [],
    };
  } catch (error) {
    if (error instanceof FileLoadError) return undefined;
    const previous = await loadedMeanwhile(ctx, pendingHash);
    if (previous) return unchanged(ctx, previous.batchId, previous.sha256);
    throw error;
  }
}

/**
 * Streams a record source into `bronze.<source>` through the engine's bulk path (appender or COPY), with
 * unreadable records going to `meta.quarantine`, all in one transaction with the batch row: a crash or
 * error leaves nothing behind. A streamed source that reports a content hash already loaded rolls back
 * and is reported `unchanged`.
 */
export async function loadRecords(ctx: BatchContext, records: RecordSource): Promise<BatchResult> {
  const columns = bronzeColumnNames(records.columns);
  const { loadedAt, batchId } = started();
  const loadedAtText = timestampText(loadedAt);
  const quarantine: TextRow[] = [];
  let read = 0;
  const file = ctx.file;
  const source = ctx.source;
  const stamp: BatchStamp = { batchId, source, file, loadedAtText };
  async function* rows(): AsyncIterable<readonly TextRow[]> {
    for await (const batch of records.records()) {
      const out: TextRow[] = [];
      for (const r of batch as SourceRecord[]) {
        read++;
        sortRecord(r, stamp, out, quarantine);
      }
      if (out.length > 0) yield out;
    }
  }
  let sha256 = ctx.sha256;
  try {
    const loaded = await ctx.engine.transaction(async (tx: SqlSession) => {
      await ensureBronzeTable(tx, source, columns);
      const n = await tx.bulkInsert(bronzeTable(source), [...columns, ...BRONZE_META_COLUMNS], rows());
      if (!sha256 && records.contentHash) {
        sha256 = records.contentHash();
        const previous = await findLoadedBatch(tx, source, sha256);
        if (previous) throw new ContentUnchanged(previous);
      }
      if (quarantine.length > 0) {
        await tx.bulkInsert(
          { schema: 'meta', name: 'quarantine' },
          QUARANTINE_COLUMNS,
          (async function* () {
            yield quarantine;
          })(),
        );
      }
      await records.finish?.(tx, batchId);
      await insertBatch(tx, {
        batchId,
        source,
        file,
        ...(sha256 ? { sha256 } : {}),
        ...(ctx.bytes !== undefined ? { bytes: ctx.bytes } : {}),
        format: records.format,
        loadedAt,
        rowsRead: read,
        rowsLoaded: n,
        rowsQuarantined: quarantine.length,
        status: 'loaded',
      });
      return n;
    });
    const diagnostics = batchDiagnostics(file, batchId, quarantine, read, records.columns.length);
    return {
      source,
      file,
      status: 'loaded',
      batchId,
      ...(sha256 ? { sha256 } : {}),
      rowsRead: read,
      rowsLoaded: loaded,
      rowsQuarantined: quarantine.length,
      path: 'stream',
      format: records.format,
      diagnostics,
    };
  } catch (error) {
    if (error instanceof ContentUnchanged) return unchanged(ctx, error.previous, sha256);
    const previous = sha256 ? await loadedMeanwhile({ ...ctx, sha256 }) : undefined;
    if (previous) return unchanged(ctx, previous.batchId, previous.sha256);
    throw error;
  } finally {
    await records.close?.();
  }
}

/**
 * After a failed batch: whether another load committed the same content in the meantime (the primary
 * key of `meta.loaded_files` is what made this one fail). Then this load is a no-op, not an error.
 */
export async function loadedMeanwhile(
  ctx: BatchContext,
  pendingHash?: Promise<{ sha256: string }>,
): Promise<{ batchId: string; sha256: string } | undefined> {
  const sha256 =
    ctx.sha256 ?? (pendingHash ? await pendingHash.then((h) => h.sha256).catch(() => undefined) : undefined);
  if (!sha256) return undefined;
  const batchId = await findLoadedBatch(ctx.engine, ctx.source, sha256).catch(() => undefined);
  return batchId ? { batchId, sha256 } : undefined;
}

export function unchanged(
  ctx: Pick<BatchContext, 'source' | 'file'>,
  previous: string,
  sha256?: string,
): BatchResult {
  return {
    source: ctx.source,
    file: ctx.file,
    status: 'unchanged',
    previousBatchId: previous,
    ...(sha256 ? { sha256 } : {}),
    rowsRead: 0,
    rowsLoaded: 0,
    rowsQuarantined: 0,
    diagnostics: [
      {
        code: 'GGM-I004',
        severity: 'info',
        message: `unchanged since batch ${previous}: not loaded again`,
        at: { file: ctx.file },
      },
    ],
  };
}

/** Records a load that stopped with an error, outside the rolled-back transaction, and reports it. */
export async function recordFailure(ctx: BatchContext, error: unknown, hint?: string): Promise<BatchResult> {
  const message = error instanceof Error ? error.message : String(error);
  const { loadedAt, batchId } = started();
  await insertBatch(ctx.engine, {
    batchId,
    source: ctx.source,
    file: ctx.file,
    ...(ctx.sha256 ? { sha256: ctx.sha256 } : {}),
    ...(ctx.bytes !== undefined ? { bytes: ctx.bytes } : {}),
    format: {},
    loadedAt,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsQuarantined: 0,
    status: 'failed',
    message,
  }).catch(() => undefined);
  return {
    source: ctx.source,
    file: ctx.file,
    status: 'failed',
    batchId,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsQuarantined: 0,
    diagnostics: [
      {
        code: 'GGM-I003',
        severity: 'error',
        message: `not loaded: ${message}`,
        at: { file: ctx.file },
        ...(hint ? { hint } : {}),
      },
    ],
  };
}

export type { BatchContext };
