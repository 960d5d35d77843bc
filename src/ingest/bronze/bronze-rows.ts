import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { TextRow } from '../../engines/engine.js';
import { clipRaw, type SourceRecord } from '../formats/source-records.js';

/** What every row of one batch carries besides its values: the batch, where it came from, when. */
export interface BatchStamp {
  batchId: string;
  source: string;
  file: string;
  /** `_loaded_at` as text (`timestampText`). */
  loadedAtText: string;
}

/**
 * Sorts one record of a batch: a readable one becomes a bronze row (its values, then `_batch_id`,
 * `_row_number`, `_loaded_at`) in `rows`, an unreadable one a `meta.quarantine` row in `quarantine`.
 */
export function sortRecord(r: SourceRecord, stamp: BatchStamp, rows: TextRow[], quarantine: TextRow[]): void {
  // a NUL character cannot be stored as text on PostgreSQL: the record goes to quarantine on every
  // engine, so both load the same rows
  const values = r.values;
  if (values && !hasNul(values)) {
    // one exact-size copy (a copy and three pushes grew and copied the array again)
    rows.push(values.concat(stamp.batchId, String(r.row), stamp.loadedAtText));
    return;
  }
  const where = [
    stamp.batchId,
    stamp.source,
    stamp.file,
    String(r.row),
    r.line !== undefined ? String(r.line) : null,
  ];
  if (values)
    quarantine.push([
      ...where,
      'contains a NUL character',
      clipRaw(
        values
          .map((v) => v ?? '')
          .join(',')
          .replaceAll('\u0000', '\\0'),
      ),
    ]);
  else quarantine.push([...where, noNul(r.error ?? 'unreadable'), r.raw === undefined ? null : noNul(r.raw)]);
}

function hasNul(values: readonly (string | null)[]): boolean {
  for (const v of values) if (v !== null && v.includes('\u0000')) return true;
  return false;
}

/** Quarantine text as PostgreSQL can store it: a NUL character shown as `\\0`. */
export function noNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\\0') : text;
}

/** The warnings of a loaded batch: its first quarantined records, and a file that held none. */
export function batchDiagnostics(
  file: string,
  batchId: string,
  quarantine: readonly TextRow[],
  read: number,
  columns: number,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = quarantine.slice(0, 5).map((q) => ({
    code: 'GGM-I001',
    severity: 'warning',
    message: `record quarantined: ${q[5]}`,
    at: { file, ...(q[4] !== null ? { line: Number(q[4]) } : { row: Number(q[3]) }) },
  }));
  if (quarantine.length > 5)
    diagnostics.push({
      code: 'GGM-I001',
      severity: 'warning',
      message: `${quarantine.length - 5} more records quarantined`,
      at: { file },
      hint: `SELECT * FROM meta.quarantine WHERE batch_id = '${batchId}'`,
    });
  if (read === 0) diagnostics.push(noRecords(file, columns));
  return diagnostics;
}

/** The warning for a file that loaded without error but held no records. */
export function noRecords(file: string, columns: number): Diagnostic {
  return {
    code: 'GGM-I005',
    severity: 'warning',
    message:
      columns === 0
        ? 'the file is empty: no columns and no records loaded'
        : 'the file has a header but no records: 0 records loaded',
    at: { file },
    hint: 'check the export; for a workbook, headerRow must be the row above the data',
  };
}
