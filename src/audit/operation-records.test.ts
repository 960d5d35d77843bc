import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { sampleInput, TEST_AUDIT_KEY } from './audit-test-support.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { LineBuffer } from './line-buffer.js';
import { chainOperation, checkOperation, childRecord } from './operation-records.js';
import { chainRecord, checkRecordInput, GENESIS_HASH } from './record-chain.js';
import { pseudonymiseSubject } from './subject.js';
import { verifyAuditLog } from './verify-audit-log.js';

const subjects = ['111222333', '123456782', '999999990'].map((bsn) =>
  pseudonymiseSubject(bsn, TEST_AUDIT_KEY),
);
const spanIds = ['1'.repeat(16), '2'.repeat(16), '3'.repeat(16)];

function operationOf(input: LdvRecordInput): Omit<LdvRecordInput, 'dataSubjects'> {
  const { dataSubjects: _none, ...operation } = input;
  return operation;
}

describe('chainOperation', () => {
  const shapes: Record<string, Omit<LdvRecordInput, 'dataSubjects'>> = {
    plain: operationOf(sampleInput(1)),
    traced: { ...operationOf(sampleInput(2)), parentSpanId: 'a'.repeat(16), statusCode: 1 },
    quoted: {
      ...operationOf(sampleInput(3)),
      name: 'GET /x/"é"/\u2028',
      actor: { user: 'q"uote\\ \u00e9', roles: ['a', 'b"c'] },
    },
    denied: (() => {
      const { processingActivityId: _p, ...rest } = operationOf(sampleInput(4));
      return { ...rest, outcome: 'denied' as const };
    })(),
  };

  for (const [name, operation] of Object.entries(shapes)) {
    it(`writes the lines and hashes of the records one by one (${name})`, () => {
      const checked = checkOperation(operation, subjects, spanIds);
      const out = new LineBuffer(16); // grows as it goes
      const end = chainOperation(checked, 6, 'd'.repeat(64), out);
      const lines = out
        .view()
        .toString('utf8')
        .split(/(?<=\n)/);
      // the generic path: each record built, chained and written as canonical JSON
      const parent = checkRecordInput({ ...operation, dataSubjects: [] });
      const inputs = [parent, ...subjects.map((s, i) => childRecord(parent, s, spanIds[i]!))];
      let previous = 'd'.repeat(64);
      const expected = inputs.map((input, i) => {
        const record = chainRecord(checkRecordInput(input), 7 + i, previous);
        previous = record.hash;
        return record;
      });
      expect(lines.map((l) => JSON.parse(l) as LdvRecord)).toEqual(expected);
      expect(lines.every((l) => l.endsWith('}\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
      expect(end).toEqual({ sequence: 10, hash: expected[3]!.hash });
    });
  }

  it('refuses what checkRecordInput refuses: a clear BSN, a bad id, a processing without its register entry', () => {
    const operation = operationOf(sampleInput(5));
    expect(() => checkOperation(operation, [subjects[0]!, '111222333'])).toThrow(/clear BSN/);
    expect(() => checkOperation(operation, [subjects[0]!, 'A'.repeat(64)])).toThrow(/not a pseudonym/);
    const { processingActivityId: _p, ...unregistered } = operation;
    expect(() => checkOperation(unregistered, subjects)).toThrow(/processingActivityId/);
    expect(() => checkOperation(unregistered, [])).not.toThrow();
  });
});

describe('AuditLog.appendOperation', () => {
  it('appends the operation and a record per subject in one commit; the chain verifies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-audit-op-'));
    try {
      const path = join(dir, 'ldv.jsonl');
      const log = await AuditLog.open(path);
      const operation = operationOf(sampleInput(0));
      const [a, b] = await Promise.all([
        log.appendOperation(operation, subjects),
        log.appendOperation({ ...operation, spanId: 'f'.repeat(16) }, []),
      ]);
      await log.append(sampleInput(9));
      await expect(log.appendOperation(operation, ['123456782'])).rejects.toMatchObject({ code: 'GGM-A110' });
      expect(log.stats).toEqual({ commits: 2, records: 6 });
      await log.close();
      expect(a).toEqual({ first: 0, last: 3 });
      expect(b).toEqual({ first: 4, last: 4 });
      const records = (await readFile(path, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LdvRecord);
      expect(records.map((r) => r.sequence)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(records[0]).toMatchObject({
        previousHash: GENESIS_HASH,
        spanId: operation.spanId,
        dataSubjects: [],
      });
      for (const [i, child] of records.slice(1, 4).entries()) {
        expect(child).toMatchObject({
          traceId: operation.traceId,
          parentSpanId: operation.spanId,
          processingActivityId: operation.processingActivityId,
          dataSubjects: [{ id: subjects[i], type: 'BSN' }],
        });
        expect(child.detail).toBeUndefined();
      }
      expect(new Set(records.map((r) => r.spanId)).size).toBe(6);
      expect((await verifyAuditLog(path)).ok).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
