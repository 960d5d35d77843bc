// The hash chain: each record carries its sequence, the previous record's hash and its own hash over
// both and its content, so changing, removing, inserting or reordering a record breaks the chain.
import { createHash, hash as sha256OneShot } from 'node:crypto';
import { AuditError } from './audit-error.js';
import { canonicalJson } from './canonical-json.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { recordJsonPair } from './record-json.js';
import { isSpanId, isTraceId } from './trace-context.js';

/** The previousHash of record 0. */
export const GENESIS_HASH = '0'.repeat(64);

/** The name of the record a writer appends after truncating a torn last line (see docs/audit.md). */
export const REPAIR_RECORD_NAME = 'ggm.audit.repair';

function sha256Hex(text: string): string {
  return sha256OneShot('sha256', text, 'hex');
}

/** sha256(previousHash + canonical JSON of the record without `hash`), hex. */
export function computeRecordHash(record: Omit<LdvRecord, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = record;
  return createHash('sha256').update(record.previousHash).update(canonicalJson(rest)).digest('hex');
}

export function chainRecord(input: LdvRecordInput, sequence: number, previousHash: string): LdvRecord {
  const unhashed = { ...input, sequence, previousHash };
  return { ...unhashed, hash: computeRecordHash(unhashed) };
}

/**
 * The writer's fast path for a record `checkRecordInput` built: the chained record and its stored line
 * (canonical JSON with the hash, no newline), from one serialisation.
 */
export function chainCheckedRecord(
  input: LdvRecordInput,
  sequence: number,
  previousHash: string,
): { record: LdvRecord; line: string } {
  // one object, its hash filled in once known (the JSON of the rest does not read it); built field by
  // field, not spread: a spread of records of mixed shapes (request, subject) is several times slower,
  // and so is reading the result
  const record: LdvRecord = {
    traceId: input.traceId,
    spanId: input.spanId,
    name: input.name,
    startTime: input.startTime,
    endTime: input.endTime,
    statusCode: input.statusCode,
    dataSubjects: input.dataSubjects,
    actor: input.actor,
    outcome: input.outcome,
    sequence,
    previousHash,
    hash: '',
  };
  if (input.parentSpanId !== undefined) record.parentSpanId = input.parentSpanId;
  if (input.processingActivityId !== undefined) record.processingActivityId = input.processingActivityId;
  if (input.detail !== undefined) record.detail = input.detail;
  if (input.foreignOperation !== undefined) record.foreignOperation = input.foreignOperation;
  const json = recordJsonPair(record);
  // one-shot sha256 of the same bytes computeRecordHash hashes in two updates
  record.hash = sha256Hex(previousHash + json.unhashed);
  return { record, line: json.withHash(record.hash) };
}

/**
 * A checked copy of the caller's input with only the contract's fields (so a caller cannot smuggle in a
 * `hash` or `sequence`). Throws GGM-A110 naming the first wrong field; a clear BSN is refused outright.
 */
export function checkRecordInput(input: LdvRecordInput): LdvRecordInput {
  const wrong = (field: string, why: string): never => {
    throw new AuditError('GGM-A110', `audit record field ${field} ${why}`);
  };
  if (typeof input !== 'object' || input === null) wrong('(record)', 'is not an object');
  if (!isTraceId(input.traceId)) wrong('traceId', 'is not 32 lowercase hex digits (not all zeros)');
  if (!isSpanId(input.spanId)) wrong('spanId', 'is not 16 lowercase hex digits (not all zeros)');
  if (input.parentSpanId !== undefined && !isSpanId(input.parentSpanId)) {
    wrong('parentSpanId', 'is not 16 lowercase hex digits (not all zeros)');
  }
  if (typeof input.name !== 'string' || input.name.trim() === '') wrong('name', 'is empty');
  for (const field of ['startTime', 'endTime'] as const) {
    if (!Number.isSafeInteger(input[field]) || input[field] < 0)
      wrong(field, 'is not milliseconds since the epoch');
  }
  if (input.endTime < input.startTime) wrong('endTime', 'is before startTime');
  if (![0, 1, 2].includes(input.statusCode)) wrong('statusCode', 'is not 0 (unset), 1 (ok) or 2 (error)');
  if (input.outcome !== 'allowed' && input.outcome !== 'denied')
    wrong('outcome', "is not 'allowed' or 'denied'");
  if (!Array.isArray(input.dataSubjects)) wrong('dataSubjects', 'is not an array');
  if (input.dataSubjects.length > 1)
    wrong('dataSubjects', 'names more than one subject: one record per subject (see perSubjectRecords)');
  input.dataSubjects.forEach((s, i) => {
    if (typeof s?.id === 'string' && /^\d{8,9}$/.test(s.id.replace(/[\s.-]/g, ''))) {
      wrong(`dataSubjects[${i}].id`, 'looks like a clear BSN: pass pseudonymiseSubject(bsn, auditKey)');
    }
    if (typeof s?.id !== 'string' || !/^[0-9a-f]{64}$/.test(s.id)) {
      wrong(`dataSubjects[${i}].id`, 'is not a pseudonym (64 lowercase hex digits of HMAC-SHA256)');
    }
    if (s.type !== 'BSN') wrong(`dataSubjects[${i}].type`, "is not 'BSN'");
  });
  const activity = input.processingActivityId;
  if (activity !== undefined && (typeof activity !== 'string' || activity.trim() === '')) {
    wrong('processingActivityId', 'is empty');
  }
  if (input.outcome === 'allowed' && input.dataSubjects.length > 0 && activity === undefined) {
    wrong('processingActivityId', 'is missing: a processing of personal data must name its register entry');
  }
  const actor = input.actor as { user?: unknown; roles?: unknown } | undefined;
  if (typeof actor?.user !== 'string') wrong('actor.user', 'is not a string');
  if (!Array.isArray(actor?.roles) || !actor.roles.every((r) => typeof r === 'string')) {
    wrong('actor.roles', 'is not a list of strings');
  }
  if (input.detail !== undefined && typeof input.detail !== 'string') wrong('detail', 'is not a string');
  const foreign = input.foreignOperation;
  if (foreign !== undefined) {
    if (!isTraceId(foreign.traceId) || !isSpanId(foreign.spanId) || typeof foreign.entity !== 'string') {
      wrong('foreignOperation', 'needs a trace id, a span id and the entity URI');
    }
  }
  // built field by field (optional ones assigned), not with conditional spreads: cheaper, one shape
  const checked: LdvRecordInput = {
    traceId: input.traceId,
    spanId: input.spanId,
    name: input.name,
    startTime: input.startTime,
    endTime: input.endTime,
    statusCode: input.statusCode,
    dataSubjects: input.dataSubjects.map((s) => ({ id: s.id, type: s.type })),
    actor: { user: input.actor.user, roles: [...input.actor.roles] },
    outcome: input.outcome,
  };
  if (input.parentSpanId !== undefined) checked.parentSpanId = input.parentSpanId;
  if (activity !== undefined) checked.processingActivityId = activity;
  if (input.detail !== undefined) checked.detail = input.detail;
  if (foreign !== undefined)
    checked.foreignOperation = { traceId: foreign.traceId, spanId: foreign.spanId, entity: foreign.entity };
  return checked;
}

/** True when `value` has the shape of a stored record (used when reading a log back). */
export function isLdvRecord(value: unknown): value is LdvRecord {
  const r = value as Partial<LdvRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Number.isSafeInteger(r.sequence) &&
    typeof r.previousHash === 'string' &&
    typeof r.hash === 'string' &&
    typeof r.name === 'string' &&
    typeof r.traceId === 'string' &&
    typeof r.spanId === 'string' &&
    Array.isArray(r.dataSubjects) &&
    typeof r.actor === 'object' &&
    r.actor !== null
  );
}
