// One operation on personal data as the writer chains it: the operation's record and one child record
// per data subject (the records `perSubjectRecords` describes), stored as ONE grouped line of the chain.
//
// A grouped line is the operation's record in canonical JSON (record-json.ts) with, instead of its empty
// `dataSubjects`, the member `"subjects":[["<pseudonym>","<spanId>"],…]` (between `statusCode` and
// `traceId`): each subject once, in order, with its child record's span id. The line's `sequence` is the
// operation's; the children take sequence+1 … sequence+n in the order listed, so the next line starts at
// sequence+n+1. Its `hash` is sha256(previousHash + the line's canonical JSON without `hash`), as for a
// one-record line: one hash covers the operation and every subject, so changing, removing, adding or
// reordering a subject breaks it. Every other child field is the operation's (see `childRecord`), so a
// reader expands the line back into the same LDV records (log-records.ts). An operation without subjects
// is an ordinary one-record line. A read of 50 rows was 51 lines, 51 hashes and ~28 KB; now one line of
// ~5 KB and one hash.
import { hash as sha256OneShot } from 'node:crypto';
import { AuditError } from './audit-error.js';
import { LineBuffer } from './line-buffer.js';
import { randomHex } from './random-hex.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { chainCheckedRecord, checkRecordInput } from './record-chain.js';
import { recordJsonParts } from './record-json.js';
import { isSpanId } from './trace-context.js';

/** An operation and its pseudonymised data subjects (each once), checked and ready to chain. */
export interface CheckedOperation {
  /** The operation's own record (no subjects), as `checkRecordInput` built it. */
  operation: LdvRecordInput;
  subjects: readonly string[];
  /** One fresh span id per subject. */
  spanIds: readonly string[];
}

/** 64 lowercase hex digits: what `checkRecordInput` asks of a subject id (and never a clear BSN). */
export function isPseudonym(id: unknown): boolean {
  if (typeof id !== 'string' || id.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** The child record of one subject, as `perSubjectRecords` builds it. */
export function childRecord(operation: LdvRecordInput, subject: string, spanId: string): LdvRecordInput {
  const child: LdvRecordInput = {
    traceId: operation.traceId,
    spanId,
    parentSpanId: operation.spanId,
    name: operation.name,
    startTime: operation.startTime,
    endTime: operation.endTime,
    statusCode: operation.statusCode,
    dataSubjects: [{ id: subject, type: 'BSN' }],
    actor: operation.actor,
    outcome: operation.outcome,
  };
  if (operation.processingActivityId !== undefined)
    child.processingActivityId = operation.processingActivityId;
  return child;
}

/**
 * The stored child record `index` (0-based) of a grouped line's operation record `operation` (chain
 * fields included): its sequence follows the operation's; its `previousHash` and `hash` are the line's
 * (one link covers the group). Keys in canonical order, as a one-record line reads back.
 */
export function storedChildRecord(
  operation: LdvRecord,
  subject: string,
  spanId: string,
  index: number,
): LdvRecord {
  const o = operation;
  const dataSubjects = [{ id: subject, type: 'BSN' as const }];
  const sequence = o.sequence + 1 + index;
  // the optional key spread in its place, not added later: the object's keys stay in canonical order
  return {
    actor: o.actor,
    dataSubjects,
    endTime: o.endTime,
    hash: o.hash,
    name: o.name,
    outcome: o.outcome,
    parentSpanId: o.spanId,
    previousHash: o.previousHash,
    ...(o.processingActivityId === undefined ? {} : { processingActivityId: o.processingActivityId }),
    sequence,
    spanId,
    startTime: o.startTime,
    statusCode: o.statusCode,
    traceId: o.traceId,
  };
}

/** `count` random span ids (16 hex digits, never all zeros) from one draw of random bytes. */
export function newSpanIds(count: number): string[] {
  const hex = randomHex(8 * count);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = hex.slice(16 * i, 16 * i + 16);
    ids.push(id === '0000000000000000' ? '0000000000000001' : id);
  }
  return ids;
}

/**
 * Frozen subject lists whose ids were all found to be pseudonyms: a list a result cache holds answers
 * many requests, and a frozen list cannot have changed since.
 */
const checkedLists = new WeakSet<readonly string[]>();

/**
 * Checks an operation and its subjects as `checkRecordInput` checks each of its records (GGM-A110, the
 * same message for the first wrong field): the operation once, then each subject id.
 */
export function checkOperation(
  operation: Omit<LdvRecordInput, 'dataSubjects'>,
  subjects: readonly string[],
  spanIds?: readonly string[],
): CheckedOperation {
  const checked = checkRecordInput({ ...operation, dataSubjects: [] });
  const n = subjects.length;
  // what checkRecordInput would say of the children, in its order, without building them: a wrong id
  // (the full check of that child names it), then a missing register entry (the first child's check
  // would name it after its id), then the other ids
  const wrongId = (i: number): never => {
    checkRecordInput(childRecord(checked, subjects[i] as string, '1'.repeat(16)));
    throw new AuditError('GGM-A110', `audit record field dataSubjects[0].id is not a pseudonym`);
  };
  if (n > 0) {
    if (!isPseudonym(subjects[0])) wrongId(0);
    if (checked.outcome === 'allowed' && checked.processingActivityId === undefined)
      checkRecordInput(childRecord(checked, subjects[0]!, '1'.repeat(16)));
    if (!checkedLists.has(subjects)) {
      for (let i = 1; i < n; i++) if (!isPseudonym(subjects[i])) wrongId(i);
      if (Object.isFrozen(subjects)) checkedLists.add(subjects);
    }
  }
  // a frozen list cannot change under the writer: no copy needed
  const list = Object.isFrozen(subjects) ? subjects : [...subjects];
  if (spanIds === undefined) return { operation: checked, subjects: list, spanIds: newSpanIds(n) };
  if (spanIds.length !== n || !spanIds.every(isSpanId))
    throw new AuditError('GGM-A110', 'audit record field spanId is missing or wrong for a data subject');
  return { operation: checked, subjects: list, spanIds: [...spanIds] };
}

const NEWLINE = Buffer.from('\n', 'latin1');

/** Where a grouped line is laid out to be hashed (reused: the writer chains one line at a time). */
const scratch = new LineBuffer(16 * 1024);

/**
 * Chains the operation from `sequence` after `previousHash`: its stored line (one grouped line, or an
 * ordinary record's line when it has no subjects; ending in a newline) written to `out`, and the last
 * sequence the line takes and its hash.
 */
export function chainOperation(
  checked: CheckedOperation,
  sequence: number,
  previousHash: string,
  out: LineBuffer,
): { sequence: number; hash: string } {
  const { operation, subjects, spanIds } = checked;
  if (subjects.length === 0) {
    const single = chainCheckedRecord(operation, sequence + 1, previousHash);
    out.text(single.line);
    out.bytes(NEWLINE);
    return { sequence: sequence + 1, hash: single.record.hash };
  }
  // ids and span ids are checked hex: no escaping
  let list = '"subjects":[';
  for (let i = 0; i < subjects.length; i++)
    list += `${i === 0 ? '' : ','}["${subjects[i]!}","${spanIds[i]!}"]`;
  list += ']';
  const { head, tail } = recordJsonParts({ ...operation, sequence: sequence + 1, previousHash }, list);
  // encoded once: the hashed bytes (previous hash, head, `,` tail) in the scratch buffer, then copied
  // into the line around its hash
  scratch.reset();
  scratch.ascii(previousHash);
  scratch.text(head);
  const split = scratch.length;
  scratch.ascii(',');
  scratch.text(tail);
  const hash = sha256OneShot('sha256', scratch.view(), 'hex');
  out.copyFrom(scratch, previousHash.length, split);
  out.ascii(`,"hash":"${hash}"`);
  out.copyFrom(scratch, split, scratch.length);
  out.bytes(NEWLINE);
  return { sequence: sequence + 1 + subjects.length, hash };
}
