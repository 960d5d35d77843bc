// One operation on personal data as the writer chains it: the operation's record and one child record
// per data subject (the records `perSubjectRecords` describes, byte for byte the same lines), without a
// record object per subject. The children share every field but their subject, span id, sequence and
// chain fields, so their canonical JSON is written from a few pieces fixed per operation: a read of 50
// rows chains 51 records, and building, checking and serialising them one by one was most of a
// governed request's CPU.
import { hash as sha256OneShot } from 'node:crypto';
import { AuditError } from './audit-error.js';
import { LineBuffer } from './line-buffer.js';
import { randomHex } from './random-hex.js';
import type { LdvRecordInput } from './ldv-record.js';
import { chainCheckedRecord, checkRecordInput } from './record-chain.js';

/** An operation and its pseudonymised data subjects (each once), checked and ready to chain. */
export interface CheckedOperation {
  /** The operation's own record (no subjects), as `checkRecordInput` built it. */
  operation: LdvRecordInput;
  subjects: readonly string[];
  /** One fresh span id per subject. */
  spanIds: readonly string[];
}

/** 64 lowercase hex digits: what `checkRecordInput` asks of a subject id (and never a clear BSN). */
function isPseudonym(id: unknown): boolean {
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
 * Checks an operation and its subjects as `checkRecordInput` checks each of its records (GGM-A110, the
 * same message for the first wrong field): the operation once, then each subject id.
 */
export function checkOperation(
  operation: Omit<LdvRecordInput, 'dataSubjects'>,
  subjects: readonly string[],
  spanIds: readonly string[] = newSpanIds(subjects.length),
): CheckedOperation {
  const checked = checkRecordInput({ ...operation, dataSubjects: [] });
  if (subjects.length > 0) {
    // the first child says what every child lacks (a missing register entry), the rest only their id
    checkRecordInput(childRecord(checked, subjects[0]!, spanIds[0]!));
    for (let i = 1; i < subjects.length; i++) {
      if (!isPseudonym(subjects[i])) checkRecordInput(childRecord(checked, subjects[i]!, spanIds[i]!));
    }
  }
  if (spanIds.length !== subjects.length)
    throw new AuditError('GGM-A110', 'audit record field spanId is missing for a data subject');
  return { operation: checked, subjects: [...subjects], spanIds: [...spanIds] };
}

const str = JSON.stringify;
const SPAN = Buffer.from(',"spanId":"', 'latin1');
const NEWLINE = Buffer.from('\n', 'latin1');

/** Where a child record is laid out to be hashed: its previous hash, then its canonical JSON. */
const scratch = new LineBuffer(4096);

/**
 * Chains the operation's records from `sequence` after `previousHash`: their stored lines (each ending
 * in a newline) written to `out`, and the last sequence and hash. The children's lines are the
 * canonical JSON `recordJsonPair` writes for them, put together from byte pieces fixed per operation
 * (record-json.ts has the key order; operation-records.test.ts holds the two together).
 */
export function chainOperation(
  checked: CheckedOperation,
  sequence: number,
  previousHash: string,
  out: LineBuffer,
): { sequence: number; hash: string } {
  const { operation, subjects, spanIds } = checked;
  const parent = chainCheckedRecord(operation, ++sequence, previousHash);
  let hash = parent.record.hash;
  out.text(parent.line);
  out.bytes(NEWLINE);
  if (subjects.length === 0) return { sequence, hash };
  // A child's JSON is [subject part][,"hash":"…"][rest]; its hash covers previous hash + subject part
  // + rest, which the scratch buffer holds in a row.
  const roles = operation.actor.roles.map((r) => str(r)).join(',');
  const subjectStart = Buffer.from(
    `{"actor":{"roles":[${roles}],"user":${str(operation.actor.user)}},"dataSubjects":[{"id":"`,
    'utf8',
  );
  const subjectEnd = Buffer.from(`","type":"BSN"}],"endTime":${operation.endTime}`, 'utf8');
  const toPrevious = Buffer.from(
    `,"name":${str(operation.name)},"outcome":${str(operation.outcome)},` +
      `"parentSpanId":${str(operation.spanId)},"previousHash":"`,
    'utf8',
  );
  const activity = operation.processingActivityId;
  const toSequence = Buffer.from(
    activity === undefined ? '","sequence":' : `","processingActivityId":${str(activity)},"sequence":`,
    'utf8',
  );
  const end = Buffer.from(
    `","startTime":${operation.startTime},"statusCode":${operation.statusCode},"traceId":${str(operation.traceId)}}`,
    'utf8',
  );
  for (let i = 0; i < subjects.length; i++) {
    scratch.reset();
    scratch.ascii(hash);
    scratch.bytes(subjectStart);
    scratch.ascii(subjects[i]!); // checked: 64 hex digits
    scratch.bytes(subjectEnd);
    const rest = scratch.length;
    scratch.bytes(toPrevious);
    scratch.ascii(hash);
    scratch.bytes(toSequence);
    scratch.ascii(String(++sequence));
    scratch.bytes(SPAN);
    scratch.ascii(spanIds[i]!);
    scratch.bytes(end);
    hash = sha256OneShot('sha256', scratch.view(), 'hex');
    out.copyFrom(scratch, 64, rest);
    out.ascii(`,"hash":"${hash}"`);
    out.copyFrom(scratch, rest, scratch.length);
    out.bytes(NEWLINE);
  }
  return { sequence, hash };
}
