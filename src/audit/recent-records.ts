// The newest records of a log, a page at a time, for a privacy officer's overview (the server's
// `logboek` resource). Streams the file; memory holds at most offset + limit records.
import { stat } from 'node:fs/promises';
import type { LdvRecord } from './ldv-record.js';
import { readLogEntries } from './log-records.js';

export interface RecentRecords {
  /** Newest first. */
  records: LdvRecord[];
  /** Readable records in the log (a grouped line counts its operation and each subject). */
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
  for await (const { entry } of readLogEntries(path)) {
    if (!entry) {
      unreadable++;
      continue;
    }
    // of a grouped line only the records that can still be among the newest `keep` are built
    const from = keep > 0 ? Math.max(0, entry.count - keep) : entry.count;
    for (let i = from; i < entry.count; i++) ring[(total + i) % keep] = entry.record(i);
    total += entry.count;
  }
  const newestFirst: LdvRecord[] = [];
  for (let i = 1; i <= Math.min(keep, total); i++) newestFirst.push(ring[(total - i) % keep]!);
  return { records: newestFirst.slice(offset, offset + limit), total, unreadable };
}
