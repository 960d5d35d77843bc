import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { sampleInput, TEST_AUDIT_KEY } from './audit-test-support.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { LineBuffer } from './line-buffer.js';
import { chainOperation, checkOperation, childRecord } from './operation-records.js';
import { canonicalJson } from './canonical-json.js';
import { parseLogLine } from './log-records.js';
import { chainRecord, checkRecordInput, computeRecordHash, GENESIS_HASH } from './record-chain.js';
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
    it(`writes one grouped line, canonical and hashed, that reads back as the records one by one (${name})`, () => {
      const checked = checkOperation(operation, subjects, spanIds);
      const out = new LineBuffer(16); // grows as it goes
      const end = chainOperation(checked, 6, 'd'.repeat(64), out);
      const text = out.view().toString('utf8');
      expect(text.endsWith('}\n') && !text.slice(0, -1).includes('\n')).toBe(true);
      const line = text.slice(0, -1);
      const stored = JSON.parse(line) as LdvRecord & { subjects: string[][] };
      // the module's canonical-JSON and hash discipline: the line is its own canonical JSON, and its
      // hash is sha256(previousHash + the rest)
      expect(line).toBe(canonicalJson(stored));
      expect(computeRecordHash(stored)).toBe(stored.hash);
      expect(stored.subjects).toEqual(subjects.map((s, i) => [s, spanIds[i]]));
      expect(end).toEqual({ sequence: 10, hash: stored.hash });
      // the generic path: each record built and chained one by one; read back, the grouped line gives
      // the same records, each with the line's link (previousHash, hash)
      const parent = checkRecordInput({ ...operation, dataSubjects: [] });
      const inputs = [parent, ...subjects.map((s, i) => childRecord(parent, s, spanIds[i]!))];
      const expected = inputs.map((input, i) => ({
        ...chainRecord(checkRecordInput(input), 7 + i, 'd'.repeat(64)),
        hash: stored.hash,
      }));
      const entry = parseLogLine(line)!;
      expect(entry).toMatchObject({ first: 7, last: 10, count: 4, grouped: true, hash: stored.hash });
      expect(entry.intact()).toBe(true);
      expect(entry.records()).toEqual(expected);
      // in canonical key order too, as a one-record line parses
      expect(entry.records().map((r) => JSON.stringify(r))).toEqual(expected.map((r) => canonicalJson(r)));
    });
  }

  it('an operation without subjects is an ordinary one-record line', () => {
    const operation = operationOf(sampleInput(6));
    const out = new LineBuffer();
    const end = chainOperation(checkOperation(operation, []), 2, GENESIS_HASH, out);
    const record = chainRecord(checkRecordInput({ ...operation, dataSubjects: [] }), 3, GENESIS_HASH);
    expect(out.view().toString('utf8')).toBe(`${canonicalJson(record)}\n`);
    expect(end).toEqual({ sequence: 3, hash: record.hash });
  });

  it('refuses what checkRecordInput refuses: a clear BSN, a bad id, a processing without its register entry', () => {
    const operation = operationOf(sampleInput(5));
    expect(() => checkOperation(operation, [subjects[0]!, '111222333'])).toThrow(/clear BSN/);
    expect(() => checkOperation(operation, [subjects[0]!, 'A'.repeat(64)])).toThrow(/not a pseudonym/);
    const { processingActivityId: _p, ...unregistered } = operation;
    expect(() => checkOperation(unregistered, subjects)).toThrow(/processingActivityId/);
    expect(() => checkOperation(unregistered, [])).not.toThrow();
    // the first wrong field, as checking the records one by one finds it
    expect(() => checkOperation(unregistered, ['111222333'])).toThrow(
      /dataSubjects\[0\]\.id looks like a clear BSN/,
    );
    expect(() => checkOperation(unregistered, [subjects[0]!, 'x'])).toThrow(/processingActivityId/);
    expect(() => checkOperation(operation, subjects, ['1'.repeat(16)])).toThrow(/spanId/);
    expect(() => checkOperation(operation, subjects.slice(0, 1), ['0'.repeat(16)])).toThrow(/spanId/);
  });
});

describe('checkOperation with a frozen subject list (a held result answering many requests)', () => {
  it('checks its ids once and keeps it uncopied; an unfrozen list is copied and checked every time', () => {
    const operation = operationOf(sampleInput(7));
    const frozen = Object.freeze([...subjects]);
    expect(checkOperation(operation, frozen).subjects).toBe(frozen);
    expect(checkOperation(operation, frozen).subjects).toBe(frozen);
    const open = [...subjects];
    const checked = checkOperation(operation, open);
    expect(checked.subjects).not.toBe(open);
    expect(checked.subjects).toEqual(open);
    open[2] = '123456782';
    expect(() => checkOperation(operation, open)).toThrow(/clear BSN/);
    // a frozen list with a wrong id is refused every time, never remembered as checked
    const wrong = Object.freeze([subjects[0]!, 'A'.repeat(64)]);
    expect(() => checkOperation(operation, wrong)).toThrow(/not a pseudonym/);
    expect(() => checkOperation(operation, wrong)).toThrow(/not a pseudonym/);
    // the register entry is checked per operation, whatever list it names
    const { processingActivityId: _p, ...unregistered } = operation;
    expect(() => checkOperation(unregistered, frozen)).toThrow(/processingActivityId/);
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
      const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
      // the operation with its subjects is one line; the one without subjects and the plain append one each
      expect(lines).toHaveLength(3);
      const records = lines.flatMap((l) => parseLogLine(l)!.records());
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
      expect(records.slice(0, 4).every((r) => r.hash === records[0]!.hash)).toBe(true);
      expect(records[4]!.previousHash).toBe(records[0]!.hash);
      expect((await verifyAuditLog(path)).ok).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
