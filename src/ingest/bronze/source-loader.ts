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
import {
  loadNative,
  loadRecords,
  recordFailure,
  unchanged,
  type BatchContext,
  type BatchResult,
} from './bronze-loader.js';
import { hashFile } from './file-hash.js';
import { findLoadedBatch } from './meta-tables.js';
import { sourceFiles } from './source-files.js';

function openRecords(source: FileSourceConfig, file: string): Promise<RecordSource> {
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
  }
}

/** The native attempt for formats the engine reads itself; undefined when it does not apply or fails. */
async function tryNative(
  ctx: BatchContext,
  source: FileSourceConfig,
  file: string,
): Promise<BatchResult | undefined> {
  const formats = ctx.engine.capabilities.nativeFileFormats;
  if (source.format === 'parquet' && formats.includes('parquet')) {
    return loadNative(ctx, { file, format: 'parquet' }, await parquetColumns(file), {});
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
  );
}

async function loadFile(
  engine: Engine,
  source: FileSourceConfig,
  file: string,
  label: string,
): Promise<BatchResult> {
  const { sha256, bytes } = await hashFile(file);
  const ctx: BatchContext = { engine, source: source.name, file: label, sha256, bytes };
  try {
    const previous = await findLoadedBatch(engine, source.name, sha256);
    if (previous) return unchanged(ctx, previous, sha256);
    return (await tryNative(ctx, source, file)) ?? (await loadRecords(ctx, await openRecords(source, file)));
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
            message: `no file ${source.path} for source ${source.name}`,
            at: source.at,
            hint: `paths are relative to ${projectDir}`,
          },
        ],
      },
    ];
  }
  const results: BatchResult[] = [];
  for (const f of files) results.push(await loadFile(engine, source, f.file, f.label));
  return results;
}
