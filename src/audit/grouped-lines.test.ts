// Grouped lines (an operation with its data subjects in one line, operation-records.ts) in a log that
// also holds lines of one record each, as logs written before grouping do: every reader sees the same
// LDV records, and verification finds any change to a group or inside it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { sampleInput, TEST_AUDIT_KEY } from './audit-test-support.js';
import { canonicalJson } from './canonical-json.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { parseLogLine, readLogEntries } from './log-records.js';
import { toOtlpJson } from './otlp-export.js';
import { readRecentRecords } from './recent-records.js';
import { computeRecordHash } from './record-chain.js';
import { findSubjectRecords, pseudonymiseSubject } from './subject.js';
import { perSubjectRecords } from './subject-records.js';
import { verifyAuditLog } from './verify-audit-log.js';

const [p1, p2, p3, p4] = ['111222333', '123456782', '999999990', '100000009'].map((bsn) =>
  pseudonymiseSubject(bsn, TEST_AUDIT_KEY),
) as [string, string, string, string];

function operationOf(input: LdvRecordInput): Omit<LdvRecordInput, 'dataSubjects'> {
  const { dataSubjects: _none, ...operation } = input;
  return operation;
}

let dir: string;
let path: string;
let lines: string[];
/** Line number (1-based) → [first, last] sequence, of the log as written. */
const layout = [
  [0, 0], // one record
  [1, 1], // an operation as written before grouping: its record, then one line per subject
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 8], // grouped: p1, p2, p3
  [9, 9],
  [10, 12], // grouped: p2, p4
  [13, 16], // grouped: p3, p1, p4
];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-grouped-'));
  path = join(dir, 'ldv.jsonl');
  const log = await AuditLog.open(path);
  await log.append(sampleInput(0));
  const s = (id: string) => ({ id, type: 'BSN' as const });
  await log.appendAll(perSubjectRecords(operationOf(sampleInput(1)), [s(p1), s(p2), s(p3)]));
  await log.appendOperation(operationOf(sampleInput(2)), [p1, p2, p3]);
  await log.append(sampleInput(3));
  await log.appendOperation(operationOf(sampleInput(4)), [p2, p4]);
  await log.appendOperation(operationOf(sampleInput(5)), [p3, p1, p4]);
  await log.close();
  lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (ls: string[]) => writeFile(path, ls.map((l) => `${l}\n`).join(''));
const found = async (options?: Parameters<typeof verifyAuditLog>[1]) =>
  (await verifyAuditLog(path, options)).problems.map((p) => [p.code, p.at?.line, p.sequence]);
type Stored = LdvRecord & { subjects: [string, string][] };
const parse = (line: string) => JSON.parse(line) as Stored;
/** The line with its subjects changed by `edit`, its hash recomputed (or not). */
function editSubjects(line: string, edit: (s: [string, string][]) => [string, string][], rehash = true) {
  const value = parse(line);
  const edited = { ...value, subjects: edit([...value.subjects]) };
  return canonicalJson(rehash ? { ...edited, hash: computeRecordHash(edited) } : edited);
}

describe('a log of one-record and grouped lines', () => {
  it('is written as laid out, verifies, and the writer continues after a grouped last line', async () => {
    const entries: [number, number][] = [];
    for await (const { entry } of readLogEntries(path)) entries.push([entry!.first, entry!.last]);
    expect(entries).toEqual(layout);
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 9, last: { sequence: 16 } });
    const log = await AuditLog.open(path);
    expect(log.head).toEqual({ sequence: 16, hash: parse(lines[8]!).hash });
    await log.append(sampleInput(6));
    await log.appendOperation(operationOf(sampleInput(7)), [p4]);
    await log.close();
    const more = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    expect(parseLogLine(more[9]!)).toMatchObject({
      first: 17,
      last: 17,
      previousHash: parse(lines[8]!).hash,
    });
    expect(parseLogLine(more[10]!)).toMatchObject({ first: 18, last: 19 });
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 11, last: { sequence: 19 } });
  });

  it('reads back as the same LDV records, whichever layout stored them', async () => {
    const all = lines.flatMap((l) => parseLogLine(l)!.records());
    expect(all.map((r) => r.sequence)).toEqual(Array.from({ length: 17 }, (_, i) => i));
    // the operation written one record per line (1-4) and the grouped one (5-8): the same records but
    // for their ids, times, names and chain links
    const shape = (r: LdvRecord) => ({
      parent: r.parentSpanId === undefined ? 'none' : 'operation',
      dataSubjects: r.dataSubjects,
      processingActivityId: r.processingActivityId,
      outcome: r.outcome,
      keys: Object.keys(r).filter((k) => k !== 'detail'),
      hasDetail: r.detail !== undefined,
    });
    expect(all.slice(5, 9).map(shape)).toEqual(all.slice(1, 5).map(shape));
    for (const child of all.slice(6, 9)) {
      expect(child).toMatchObject({
        parentSpanId: all[5]!.spanId,
        traceId: all[5]!.traceId,
        name: all[5]!.name,
      });
    }
    expect(new Set(all.map((r) => r.spanId)).size).toBe(17);

    // the privacy officer's lookup: p1's records from both layouts, in log order
    const p1Records = await findSubjectRecords(path, p1);
    expect(p1Records.map((r) => r.sequence)).toEqual([2, 6, 15]);
    expect(p1Records).toEqual([all[2], all[6], all[15]]);
    expect((await findSubjectRecords(path, [p4, p2])).map((r) => r.sequence)).toEqual([3, 7, 11, 12, 16]);

    // the newest first, a page at a time, across a group's boundary
    const recent = await readRecentRecords(path, { offset: 2, limit: 5 });
    expect(recent).toMatchObject({ total: 17, unreadable: 0 });
    expect(recent.records).toEqual([all[14], all[13], all[12], all[11], all[10]]);

    // OTLP: the grouped operation is its span and a child span per subject, as before
    const spans = toOtlpJson(all.slice(5, 9), { serviceName: 't' }).resourceSpans[0]!.scopeSpans[0]!.spans;
    expect(spans.map((s) => [s.spanId, s.parentSpanId])).toEqual([
      [all[5]!.spanId, undefined],
      ...all.slice(6, 9).map((r) => [r.spanId, all[5]!.spanId]),
    ]);
  });
});

describe('verifying grouped lines', () => {
  it('finds a changed subject inside a group (GGM-A001) and a changed shared field', async () => {
    const changed = [...lines];
    changed[5] = changed[5]!.replace(p2, p4);
    await write(changed);
    expect(await found()).toEqual([['GGM-A001', 6, 5]]);
    changed[5] = lines[5]!.replace('"statusCode":0', '"statusCode":1');
    await write(changed);
    expect(await found()).toEqual([['GGM-A001', 6, 5]]);
    const span = parse(lines[5]!).subjects[1]![1];
    changed[5] = lines[5]!.replace(span, 'abcdef0123456789');
    await write(changed);
    expect(await found()).toEqual([['GGM-A001', 6, 5]]);
  });

  it('finds a removed subject inside a group, with or without its hash recomputed', async () => {
    const changed = [...lines];
    changed[5] = editSubjects(lines[5]!, (s) => [s[0]!, s[2]!], false);
    await write(changed);
    expect(await found()).toEqual([
      ['GGM-A001', 6, 5],
      ['GGM-A003', 7, 8],
    ]);
    changed[5] = editSubjects(lines[5]!, (s) => [s[0]!, s[2]!]);
    await write(changed);
    expect(await found()).toEqual([['GGM-A003', 7, 8]]);
  });

  it('finds an added subject inside a group, with or without its hash recomputed', async () => {
    const changed = [...lines];
    const extra: [string, string] = [p4, 'abcdef0123456789'];
    changed[5] = editSubjects(lines[5]!, (s) => [...s, extra], false);
    await write(changed);
    expect((await found()).map((p) => p[0])).toContain('GGM-A001');
    changed[5] = editSubjects(lines[5]!, (s) => [...s, extra]);
    await write(changed);
    // the line after it claims a sequence the group now holds, and it links to the group's old hash
    expect(await found()).toEqual([
      ['GGM-A006', 7, 9],
      ['GGM-A005', 8, 10],
    ]);
  });

  it('finds reordered subjects inside a group: the hash (GGM-A001), or if recomputed the next link (GGM-A005)', async () => {
    const changed = [...lines];
    changed[5] = editSubjects(lines[5]!, (s) => [s[1]!, s[0]!, s[2]!], false);
    await write(changed);
    expect(await found()).toEqual([['GGM-A001', 6, 5]]);
    changed[5] = editSubjects(lines[5]!, (s) => [s[1]!, s[0]!, s[2]!]);
    await write(changed);
    expect(await found()).toEqual([['GGM-A005', 7, 9]]);
  });

  it('finds a removed group (GGM-A003 for all its records), swapped groups (GGM-A004), a duplicated group (GGM-A006)', async () => {
    await write([...lines.slice(0, 7), lines[8]!]);
    expect(await found()).toEqual([['GGM-A003', 8, 10]]);
    expect((await verifyAuditLog(path)).problems[0]!.message).toBe('records 10 to 12 are missing');
    await write([...lines.slice(0, 5), lines[6]!, lines[5]!, ...lines.slice(7)]);
    expect(await found()).toEqual([['GGM-A004', 7, 5]]);
    await write([...lines.slice(0, 8), lines[7]!, lines[8]!]);
    expect(await found()).toEqual([['GGM-A006', 9, 10]]);
  });

  it('finds a removed last group against the head anchor (GGM-A008), and a writer refuses a damaged grouped last line', async () => {
    await write(lines.slice(0, 8));
    expect(await found()).toEqual([['GGM-A008', 8, 13]]);
    expect(await found({ anchor: 'none' })).toEqual([]);
    await write([...lines.slice(0, 8), lines[8]!.replace(p1, p2)]);
    await expect(AuditLog.open(path)).rejects.toMatchObject({ code: 'GGM-A112' });
  });

  it('finds a well-forged grouped line inserted before a group (GGM-A006 on the insertion)', async () => {
    const before = parse(lines[6]!);
    const forged = {
      ...parse(lines[7]!),
      previousHash: before.hash,
      detail: 'forged',
      subjects: [[p1, 'abcdef0123456789']] as [string, string][],
    };
    await write([
      ...lines.slice(0, 7),
      canonicalJson({ ...forged, hash: computeRecordHash(forged) }),
      ...lines.slice(7),
    ]);
    const problems = (await verifyAuditLog(path)).problems;
    expect(problems.map((p) => [p.code, p.at?.line, p.sequence])).toEqual([['GGM-A006', 8, 10]]);
    expect(problems[0]!.message).toMatch(/at line 8 claims sequence 10 .* it was inserted/);
  });

  it('reads an unreadable grouped line as one unreadable line (GGM-A002), not as records missing', async () => {
    const damaged = [...lines];
    damaged[5] = damaged[5]!.replace('"subjects":[[', '"subjects":[[1,');
    await write(damaged);
    expect(await found()).toEqual([['GGM-A002', 6, undefined]]);
    expect((await readRecentRecords(path, { offset: 0, limit: 1 })).unreadable).toBe(1);
    damaged[5] = lines[5]!.slice(0, 300);
    await write(damaged);
    expect(await found()).toEqual([['GGM-A002', 6, undefined]]);
  });
});
