// Data subjects in the log: the BSN is never stored, only its HMAC with the audit key, so the privacy
// officer (who holds the key) can find a person's records and nobody else can read them back.
import { createHmac } from 'node:crypto';
import type { LdvRecord } from './ldv-record.js';
import type { LogLine } from './log-lines.js';
import { readLogEntries } from './log-records.js';

/** HMAC-SHA256 of the BSN with `key`, hex. The governance layer computes the same in SQL: keep it so. */
export function pseudonymiseSubject(bsn: string, key: Buffer): string {
  return createHmac('sha256', key).update(bsn).digest('hex');
}

/** Nine digits passing the 11-proef (weights 9..2 and -1), not all zeros. */
export function isValidBsn(text: string): boolean {
  if (!/^\d{9}$/.test(text) || text === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(text[i]) * (9 - i);
  sum -= Number(text[8]);
  return sum % 11 === 0;
}

/** Text that could be a BSN someone meant to look up: 8 or 9 digits, maybe with dots, dashes or spaces. */
export function looksLikeBsn(text: string): boolean {
  return /^\d{8,9}$/.test(text.replace(/[\s.-]/g, ''));
}

export interface FindSubjectOptions {
  /** Called for each line that is not a readable record (the lookup skips it; callers must say so). */
  onUnreadable?: (line: LogLine) => void;
}

/** Every record naming one of the pseudonyms, in log order, read as a stream. */
export async function findSubjectRecords(
  path: string,
  pseudonyms: string | readonly string[],
  options: FindSubjectOptions = {},
): Promise<LdvRecord[]> {
  const wanted = new Set(typeof pseudonyms === 'string' ? [pseudonyms] : pseudonyms);
  const found: LdvRecord[] = [];
  for await (const { line, entry } of readLogEntries(path)) {
    if (!entry) {
      options.onUnreadable?.(line);
      continue;
    }
    const ids = entry.subjectIds();
    // a grouped line's subject i is its record i + 1; a one-record line's subjects are its own
    for (let i = 0; i < ids.length; i++) {
      if (!wanted.has(ids[i]!)) continue;
      found.push(entry.record(entry.grouped ? i + 1 : 0));
      if (!entry.grouped) break;
    }
  }
  return found;
}
