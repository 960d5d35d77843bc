import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Engine } from '../../engines/engine.js';
import type { FileSourceConfig, SourceConfig } from '../../project/project-config.js';
import { firstRecord, detectCsvDialect } from '../formats/csv-dialect.js';
import { openCsvFile, readSample } from '../formats/csv-source.js';
import { openDatabaseSource } from '../formats/database-source.js';
import { openJsonFile } from '../formats/json-source.js';
import { openNdjsonFile } from '../formats/ndjson-source.js';
import { openParquetFile, parquetColumns } from '../formats/parquet-source.js';
import { SourceError, type RecordSource } from '../formats/source-records.js';
import { openXlsxFile } from '../formats/xlsx-source.js';
import { openBagFile } from '../formats/bag-source.js';
import { openIstandaardenFile } from '../istandaarden/lakehouse/istandaarden-source.js';
import { findHeldMessages, retryHeld } from '../istandaarden/lakehouse/held-messages.js';
import { buildLoadHistory, type LoadHistory } from '../istandaarden/lakehouse/load-history.js';
import {
  loadNative,
  loadRecords,
  recordFailure,
  unchanged,
  type BatchContext,
  type BatchResult,
} from './bronze-loader.js';
import { hashFile, type FileHash } from './file-hash.js';
import { DEFAULT_COMMIT_GROUP, loadFilesGrouped, type CommitGroupLimits } from './grouped-load.js';
import { findLoadedBatch } from './meta-tables.js';
import { insideRoots, sourceFiles } from './source-files.js';

/** What a format may need beyond the file: for `istandaarden`, the history its rules read. */
interface SourceContext {
  history?: LoadHistory;
  /** The file's hash and bytes when the loader has them already. */
  sha256?: string;
  content?: Buffer;
}

export interface LoadOptions {
  /** How many small files share a commit (formats that group, see `groupsFiles`); `files: 1` = one each. */
  commitGroup?: Partial<CommitGroupLimits>;
}

/**
 * Formats whose files are loaded several to a commit: iWmo/iJw messages, which arrive as many small files
 * (one message each). Other formats load a file per transaction (their files are few and large, and CSV
 * and Parquet go the engine's own reader).
 */
function groupsFiles(source: FileSourceConfig): boolean {
  return source.format === 'istandaarden';
}

function openRecords(source: FileSourceConfig, file: string, context: SourceContext): Promise<RecordSource> {
  switch (source.format) {
    case 'csv':
      return openCsvFile(file, source.csv);
    case 'ndjson':
      return openNdjsonFile(file);
    case 'json':
      return openJsonFile(file);
    case 'xlsx':
      return openXlsxFile(file, {
        ...(source.sheet ? { sheet: source.sheet } : {}),
        ...(source.headerRow ? { headerRow: source.headerRow } : {}),
      });
    case 'parquet':
      return openParquetFile(file);
    case 'bag':
      return openBagFile(file);
    case 'istandaarden':
      return openIstandaardenFile(file, context);
  }
}

/** The native attempt for formats the engine reads itself; undefined when it does not apply or fails. */
async function tryNative(
  ctx: BatchContext,
  source: FileSourceConfig,
  file: string,
  pendingHash?: Promise<FileHash>,
): Promise<BatchResult | undefined> {
  const formats = ctx.engine.capabilities.nativeFileFormats;
  if (source.format === 'parquet' && formats.includes('parquet')) {
    return loadNative(ctx, { file, format: 'parquet' }, await parquetColumns(file), {}, pendingHash);
  }
  if (source.format !== 'csv' || !formats.includes('csv')) return undefined;
  const { sample, whole } = await readSample(file);
  const dialect = detectCsvDialect(sample, source.csv, whole);
  if (dialect.encoding !== 'utf-8') return undefined;
  const first = firstRecord(sample, dialect);
  if (!first || first.error) return undefined;
  const columns = dialect.header
    ? first.fields.map((f) => f ?? '')
    : first.fields.map((_, i) => `column_${i + 1}`);
  const format = {
    encoding: dialect.encoding,
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    escape: dialect.escape,
    header: dialect.header,
    ...(dialect.decimal ? { decimal: dialect.decimal } : {}),
    ...(dialect.detected.length > 0 ? { detected: dialect.detected.join(',') } : {}),
  };
  return loadNative(
    ctx,
    {
      file,
      format: 'csv',
      csv: {
        delimiter: dialect.delimiter,
        quote: dialect.quote,
        escape: dialect.escape,
        header: dialect.header,
      },
    },
    columns,
    format,
    pendingHash,
  );
}

/** Whether this source already has a loaded batch of exactly this size (only then can it be a repeat). */
async function sameSizeLoaded(engine: Engine, source: string, bytes: number): Promise<boolean> {
  const rows = await engine.query(
    engine.dialect.query.limit(
      `SELECT 1 AS hit FROM meta.batches WHERE source = $1 AND file_bytes = $2 AND status = 'loaded'`,
      1,
    ),
    [source, bytes],
  );
  return rows.length > 0;
}

async function loadFile(
  engine: Engine,
  source: FileSourceConfig,
  file: string,
  label: string,
  context: SourceContext,
): Promise<BatchResult> {
  const ctx: BatchContext = { engine, source: source.name, file: label };
  try {
    const info = await stat(file);
    if (!info.isFile())
      throw new SourceError(
        `${label} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not a file`,
        'point path at a file, or use * in the file name to load every match',
      );
    const { size } = info;
    if (await sameSizeLoaded(engine, source.name, size)) {
      // a possible repeat: hash first, and skip it when the content was loaded before
      Object.assign(ctx, await hashFile(file));
      const previous = await findLoadedBatch(engine, source.name, ctx.sha256!);
      if (previous) return unchanged(ctx, previous, ctx.sha256);
      return (
        (await tryNative(ctx, source, file)) ??
        (await loadRecords(ctx, await openRecords(source, file, context)))
      );
    }
    // new content for sure: hash while the engine reads the file
    const pendingHash = hashFile(file);
    pendingHash.catch(() => undefined);
    const native = await tryNative(ctx, source, file, pendingHash);
    if (native) return native;
    Object.assign(ctx, await pendingHash);
    return await loadRecords(ctx, await openRecords(source, file, context));
  } catch (error) {
    return recordFailure(ctx, error, error instanceof SourceError ? error.hint : undefined);
  }
}

/**
 * Loads one configured source into `bronze.<name>`: every matching file is its own batch (unchanged
 * files are skipped), a database source is one batch per run unless its content did not change.
 */
export async function loadSource(
  engine: Engine,
  projectDir: string,
  source: SourceConfig,
  /** Directories outside the project folder its files may be in (`allow_paths`). */
  allowPaths: readonly string[] = [],
  /** Called after each file: files done of the files matched. */
  onFile?: (done: number, total: number, result: BatchResult) => void,
  options: LoadOptions = {},
): Promise<BatchResult[]> {
  if (source.kind === 'database') {
    const label = source.table ?? source.query ?? '';
    const ctx: BatchContext = { engine, source: source.name, file: label };
    try {
      const records = await openDatabaseSource(source.url, {
        ...(source.table ? { table: source.table } : {}),
        ...(source.query ? { query: source.query } : {}),
      });
      return [await loadRecords(ctx, records)];
    } catch (error) {
      return [await recordFailure(ctx, error, error instanceof SourceError ? error.hint : undefined)];
    }
  }
  const files = sourceFiles(projectDir, source.path);
  if (files.length === 0) {
    return [
      {
        source: source.name,
        file: source.path,
        status: 'failed',
        rowsRead: 0,
        rowsLoaded: 0,
        rowsQuarantined: 0,
        diagnostics: [
          {
            code: 'GGM-I002',
            severity: 'error',
            message: isFolder(projectDir, source.path)
              ? `${source.path} is a folder, not a file (source ${source.name})`
              : `no file ${source.path} for source ${source.name}`,
            at: source.at,
            hint: isFolder(projectDir, source.path)
              ? 'use * in the file name to load every file in it, e.g. path: sources/map/*.csv'
              : `paths are relative to ${projectDir}`,
          },
        ],
      },
    ];
  }
  const roots = [projectDir, ...allowPaths];
  const inside = insideRoots(roots);
  const outside = files.filter((f) => !inside(f.file));
  if (outside.length > 0) {
    return outside.map((f) => ({
      source: source.name,
      file: f.label,
      status: 'failed',
      rowsRead: 0,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      diagnostics: [
        {
          code: 'GGM-I112',
          severity: 'error',
          message: `${f.label} of source ${source.name} is a link to a file outside the project folder and allow_paths`,
          at: source.at,
          hint: 'list the directory it leads to under allow_paths in ggm.yaml',
        },
      ],
    }));
  }
  const context = await sourceContext(engine, source);
  const limits = { ...DEFAULT_COMMIT_GROUP, ...options.commitGroup };
  let results: BatchResult[] = [];
  if (groupsFiles(source) && limits.files > 1) {
    results = await loadFilesGrouped({
      engine,
      source: source.name,
      files,
      open: (file, read) => openRecords(source, file, { ...context, ...read }),
      loadAlone: (file, label) => loadFile(engine, source, file, label, context),
      limits,
      ...(onFile ? { onFile } : {}),
    });
  } else {
    for (const f of files) {
      results.push(await loadFile(engine, source, f.file, f.label, context));
      onFile?.(results.length, files.length, results[results.length - 1]!);
    }
  }
  const retried = await retryHeldMessages(engine, projectDir, source, context);
  if (retried) results.push(retried);
  return results;
}

function isFolder(projectDir: string, path: string): boolean {
  try {
    return statSync(resolve(projectDir, path)).isDirectory();
  } catch {
    return false;
  }
}

async function sourceContext(engine: Engine, source: FileSourceConfig): Promise<SourceContext> {
  if (source.format !== 'istandaarden') return {};
  return { history: await buildLoadHistory(engine, source.name) };
}

/**
 * After the files: one batch of the held messages (of earlier runs and of this one) that the history
 * now satisfies; undefined when there are none.
 */
async function retryHeldMessages(
  engine: Engine,
  projectDir: string,
  source: FileSourceConfig,
  context: SourceContext,
): Promise<BatchResult | undefined> {
  if (!context.history) return undefined;
  const held = await findHeldMessages(engine, source.name, projectDir);
  if (held.length === 0) return undefined;
  const ctx: BatchContext = { engine, source: source.name, file: '(held messages, tried again)' };
  try {
    const records = await retryHeld(held, context.history);
    return records ? await loadRecords(ctx, records) : undefined;
  } catch (error) {
    return recordFailure(ctx, error);
  }
}
