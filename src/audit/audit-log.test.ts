import { appendFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, headPathOf, readHead } from './audit-log.js';
import { sampleInput, TEST_AUDIT_KEY } from './audit-test-support.js';
import { GENESIS_HASH, computeRecordHash } from './record-chain.js';
import type { LdvRecord } from './ldv-record.js';
import { pseudonymiseSubject } from './subject.js';
import { perSubjectRecords } from './subject-records.js';
import { verifyAuditLog } from './verify-audit-log.js';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-audit-'));
  path = join(dir, 'audit', 'ldv.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readRecords = async (): Promise<LdvRecord[]> =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LdvRecord);

describe('AuditLog', () => {
  it('chains records: sequence, previous hash and a hash over both and the content', async () => {
    const log = await AuditLog.open(path);
    const a = await log.append(sampleInput(0, ['111222333']));
    const b = await log.append(sampleInput(1));
    await log.close();
    expect(a).toMatchObject({ sequence: 0, previousHash: GENESIS_HASH });
    expect(b).toMatchObject({ sequence: 1, previousHash: a.hash });
    expect(computeRecordHash(b)).toBe(b.hash);
    expect(await readRecords()).toEqual([a, b]);
    expect(await readHead(path)).toEqual({ sequence: 1, hash: b.hash });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('2,000 concurrent appends: every record lands once, in one valid chain, in far fewer writes', async () => {
    const log = await AuditLog.open(path);
    const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => log.append(sampleInput(i))));
    expect(log.stats.records).toBe(2000);
    expect(log.stats.commits).toBeLessThan(20);
    await log.close();
    const sequences = results.map((r) => r.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    const onDisk = await readRecords();
    expect(onDisk).toHaveLength(2000);
    expect(new Set(onDisk.map((r) => r.name)).size).toBe(2000);
    const verdict = await verifyAuditLog(path);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.last?.sequence).toBe(1999);
  });

  it('continues the chain after reopening, finding the tail from the end of the file', async () => {
    let log = await AuditLog.open(path);
    await Promise.all([0, 1, 2].map((i) => log.append(sampleInput(i))));
    await log.close();
    log = await AuditLog.open(path);
    expect(log.head.sequence).toBe(2);
    const next = await log.append(sampleInput(3));
    await log.close();
    expect(next.sequence).toBe(3);
    expect((await verifyAuditLog(path)).ok).toBe(true);
  });

  it('appendAll: an operation and its per-subject records in order, in one commit; one bad input refuses all', async () => {
    const log = await AuditLog.open(path);
    const { dataSubjects: _none, ...operation } = sampleInput(0);
    const subjects = ['111222333', '123456782', '999999990'].map((bsn) => ({
      id: pseudonymiseSubject(bsn, TEST_AUDIT_KEY),
      type: 'BSN' as const,
    }));
    const records = await log.appendAll(perSubjectRecords(operation, subjects));
    expect(log.stats).toEqual({ commits: 1, records: 4 });
    expect(records.map((r) => r.sequence)).toEqual([0, 1, 2, 3]);
    expect(records[0]).toMatchObject({ spanId: operation.spanId, dataSubjects: [] });
    for (const [i, child] of records.slice(1).entries()) {
      expect(child).toMatchObject({
        traceId: operation.traceId,
        parentSpanId: operation.spanId,
        processingActivityId: operation.processingActivityId,
        dataSubjects: [subjects[i]],
      });
    }
    expect(new Set(records.map((r) => r.spanId)).size).toBe(4);
    const clear = { ...sampleInput(1), dataSubjects: [{ id: '111222333', type: 'BSN' as const }] };
    await expect(log.appendAll([sampleInput(1), clear])).rejects.toMatchObject({ code: 'GGM-A110' });
    await log.close();
    expect((await readRecords()).map((r) => r.sequence)).toEqual([0, 1, 2, 3]);
    expect((await verifyAuditLog(path)).ok).toBe(true);
  });

  it('refuses a second writer, naming the holder, and frees the lock on close', async () => {
    const log = await AuditLog.open(path);
    const error = (await AuditLog.open(path).catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('GGM-A111');
    expect(error.message).toContain(`${path}.lock`);
    await log.close();
    const again = await AuditLog.open(path);
    await again.close();
  });

  it('refuses bad input with GGM-A110 and never writes it; a clear BSN is named as such', async () => {
    const log = await AuditLog.open(path);
    const bad = { ...sampleInput(0), dataSubjects: [{ id: '111222333', type: 'BSN' as const }] };
    await expect(log.append(bad)).rejects.toMatchObject({
      code: 'GGM-A110',
      message: expect.stringContaining('clear BSN'),
    });
    await expect(log.append({ ...sampleInput(0), traceId: '0'.repeat(32) })).rejects.toMatchObject({
      code: 'GGM-A110',
    });
    const { processingActivityId: _none, ...withoutActivity } = sampleInput(1, ['111222333']);
    await expect(log.append(withoutActivity)).rejects.toMatchObject({
      code: 'GGM-A110',
      message: expect.stringContaining('processingActivityId'),
    });
    await expect(log.append(sampleInput(2, ['111222333', '123456782']))).rejects.toMatchObject({
      code: 'GGM-A110',
      message: expect.stringContaining('more than one subject'),
    });
    const extra = { ...sampleInput(2), sequence: 99, hash: 'x' } as never;
    expect((await log.append(extra)).sequence).toBe(0);
    await log.close();
    expect(await readRecords()).toHaveLength(1);
  });

  it('a cut-off last line: verify reports it; the next writer truncates it, keeps its bytes and records a repair', async () => {
    let log = await AuditLog.open(path);
    await log.append(sampleInput(0));
    await log.append(sampleInput(1));
    await log.close();
    const torn = '{"actor":{"roles":[],"us';
    await appendFile(path, torn);
    const before = await verifyAuditLog(path);
    expect(before.ok).toBe(false);
    expect(before.problems.map((p) => [p.code, p.at?.line])).toEqual([['GGM-A007', 3]]);
    log = await AuditLog.open(path);
    const repair = log.repairedTornTail!;
    expect(repair).toMatchObject({ bytes: torn.length, record: { sequence: 2, name: 'ggm.audit.repair' } });
    expect(await readFile(repair.savedTo, 'utf8')).toBe(torn);
    await log.append(sampleInput(3));
    await log.close();
    const after = await verifyAuditLog(path);
    expect(after.ok).toBe(true);
    expect(after.problems.map((p) => [p.code, p.severity, p.sequence])).toEqual([['GGM-A010', 'warning', 2]]);
  });

  it('refuses to append to a log shorter than its head anchor or with a damaged last record', async () => {
    const log = await AuditLog.open(path);
    for (let i = 0; i < 3; i++) await log.append(sampleInput(i));
    await log.close();
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    await writeFile(path, `${lines.slice(0, 2).join('\n')}\n`);
    await expect(AuditLog.open(path)).rejects.toMatchObject({ code: 'GGM-A113' });
    await writeFile(path, `${lines[0]}\n${lines[1]}\n${lines[2]!.replace('medewerker', 'mede-werker')}\n`);
    await expect(AuditLog.open(path)).rejects.toMatchObject({ code: 'GGM-A112' });
    await writeFile(path, text);
    await truncate(headPathOf(path), 0);
    const reopened = await AuditLog.open(path);
    expect(reopened.head.sequence).toBe(2);
    await reopened.close();
  });
});
