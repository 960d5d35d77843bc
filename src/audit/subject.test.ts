import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { sampleInput, TEST_AUDIT_KEY } from './audit-test-support.js';
import type { LdvRecord } from './ldv-record.js';
import { perSubjectRecords } from './subject-records.js';
import { findSubjectRecords, isValidBsn, pseudonymiseSubject } from './subject.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-subject-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('subjects', () => {
  it('pseudonymises as HMAC-SHA256 hex, keyed', () => {
    const p = pseudonymiseSubject('111222333', TEST_AUDIT_KEY);
    expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymiseSubject('111222333', Buffer.alloc(32, 8))).not.toBe(p);
    // the same as `printf 111222333 | openssl dgst -sha256 -mac HMAC -macopt hexkey:0707…07` (32 bytes)
    expect(p).toBe('970342ed2de60ad29f4b0bf9de7f0fe375cd93585026aded0a42c11f1d520c31');
  });

  it('checks the 11-proef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('finds the per-subject records of that person; each is a child of its operation record', async () => {
    const path = join(dir, 'ldv.jsonl');
    const log = await AuditLog.open(path);
    const bsns = ['111222333', '123456782', '999999990'];
    const pseudonym = (bsn: string) => ({
      id: pseudonymiseSubject(bsn, TEST_AUDIT_KEY),
      type: 'BSN' as const,
    });
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => {
        const { dataSubjects: _none, ...operation } = sampleInput(i);
        const about = i % 10 === 0 ? [bsns[0]!, bsns[1]!] : [bsns[i % 3]!];
        return log.appendAll(perSubjectRecords(operation, about.map(pseudonym)));
      }),
    );
    await log.append(sampleInput(300));
    await log.close();
    const mine = await findSubjectRecords(path, pseudonymiseSubject(bsns[0]!, TEST_AUDIT_KEY));
    const expected = Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 10 === 0 || i % 3 === 0);
    expect(mine.map((r) => r.name).sort()).toEqual(
      expected.map((i) => `GET /api/v1/klassen/Client/${i}`).sort(),
    );
    expect(mine.map((r) => r.sequence)).toEqual([...mine.map((r) => r.sequence)].sort((a, b) => a - b));
    // every hit names one subject and hangs under its operation's record (0 subjects, same trace)
    const all = (await readFile(path, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as LdvRecord);
    const bySpan = new Map(all.map((r) => [r.spanId, r]));
    for (const record of mine) {
      expect(record.dataSubjects).toHaveLength(1);
      const parent = bySpan.get(record.parentSpanId!);
      expect(parent).toMatchObject({ traceId: record.traceId, name: record.name, dataSubjects: [] });
      expect(parent!.sequence).toBeLessThan(record.sequence);
    }
    const nobody = await findSubjectRecords(path, pseudonymiseSubject('111222333', Buffer.alloc(32, 9)));
    expect(nobody).toEqual([]);
  });
});

describe('readRecentRecords', () => {
  it('pages through the newest records first and counts them all', async () => {
    const { readRecentRecords } = await import('./recent-records.js');
    const path = join(dir, 'ldv.jsonl');
    const log = await AuditLog.open(path);
    for (let i = 0; i < 25; i++) await log.append(sampleInput(i));
    await log.close();
    const first = await readRecentRecords(path, { offset: 0, limit: 10 });
    expect(first.total).toBe(25);
    expect(first.records.map((r) => r.sequence)).toEqual([24, 23, 22, 21, 20, 19, 18, 17, 16, 15]);
    const last = await readRecentRecords(path, { offset: 20, limit: 10 });
    expect(last.records.map((r) => r.sequence)).toEqual([4, 3, 2, 1, 0]);
    expect(await readRecentRecords(join(dir, 'none.jsonl'), { offset: 0, limit: 5 })).toEqual({
      records: [],
      total: 0,
      unreadable: 0,
    });
  });
});
