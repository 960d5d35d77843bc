import type { SqlSession, TextRow } from '../../engines/engine.js';

/** One record read from a source: its cells as text, or why it could not be read. */
export interface SourceRecord {
  /**
   * Position in the source, stored as `_row_number`: the record number after the header for CSV and
   * tables, the line for NDJSON, the element for a JSON array, the sheet row for xlsx.
   */
  row: number;
  /** Physical line in a text file where the record starts, when that differs from `row`. */
  line?: number;
  /** Cells in the order of `RecordSource.columns`; absent when `error` is set. */
  values?: TextRow;
  error?: string;
  /** The record's text as received (for the quarantine), when it could not be read. */
  raw?: string;
}

/** A source opened for reading: its columns are known before the first record. */
export interface RecordSource {
  /** Column names as received (header cells, keys, sheet header), in order. */
  columns: string[];
  /** Details stored with the batch in `meta.batches.format` (detected dialect, sheet …). */
  format: Record<string, string | number | boolean>;
  /** Yields records in batches; can be iterated once. */
  records(): AsyncIterable<SourceRecord[]>;
  close?(): Promise<void>;
  /** For streamed sources (databases): SHA-256 of the bytes read, once `records()` is exhausted. */
  contentHash?(): string;
  /**
   * Runs in the batch's transaction after its rows are written, before the batch row: for bookkeeping
   * that must commit with the rows or not at all (e.g. clearing what a retried message resolves).
   */
  finish?(tx: SqlSession, batchId: string): Promise<void>;
}

/** Values longer than this are cut in the quarantine's `raw` column. */
export const MAX_RAW_CHARS = 8192;

export function clipRaw(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}… (${raw.length} characters)` : raw;
}

/** A source that cannot be read at all (missing sheet, broken document); `hint` suggests the fix. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
