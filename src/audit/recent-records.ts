// The newest records of a log, a page at a time, for a privacy officer's overview (the server's
// `logboek` resource). Streams the file; memory holds at most offset + limit records.
import { stat } from 'node:fs/promises';
import type { LdvRecord } from './ldv-record.js';
import { readLogLines } from './log-lines.js';
import { isLdvRecord } from './record-chain.js';

export interface RecentRecords {
  /** Newest first. */
  records: LdvRecord[];
  /** Readable records in the log. */
  total: number;
  /** Lines that are not records (see `ggm audit verify`). */
  unreadable: number;
}

export async function readRecentRecords(
  path: string,
  page: { offset: number; limit: number },
): Promise<RecentRecords> {
  const offset = Math.max(0, Math.floor(page.offset));
  const limit = Math.max(0, Math.floor(page.limit));
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return { records: [], total: 0, unreadable: 0 };
  const keep = offset + limit;
  // a ring of the last `keep` records: slot total % keep holds the newest
  const ring: LdvRecord[] = [];
  let total = 0;
  let unreadable = 0;
  for await (const line of readLogLines(path)) {
    let record: unknown;
    try {
      record = line.complete ? JSON.parse(line.text) : undefined;
    } catch {
      record = undefined;
    }
    if (!isLdvRecord(record)) {
      unreadable++;
      continue;
    }
    if (keep > 0) ring[total % keep] = record;
    total++;
  }
  const newestFirst: LdvRecord[] = [];
  for (let i = 1; i <= Math.min(keep, total); i++) newestFirst.push(ring[(total - i) % keep]!);
  return { records: newestFirst.slice(offset, offset + limit), total, unreadable };
}
