// The canonical JSON of a checked record, written field by field in sorted key order: the same text as
// `canonicalJson` (record-json.test.ts holds them together) without sorting keys or walking objects, so
// the writer can chain thousands of records a second. Only for records `checkRecordInput` built: any
// other field would be left out (verification reads records back with the generic `canonicalJson`).
import type { LdvRecord } from './ldv-record.js';

type Unhashed = Omit<LdvRecord, 'hash'>;

const str = JSON.stringify;

/**
 * The canonical JSON of a record around its `hash` key: `head` (the keys before `hash`, from `{`) and
 * `tail` (the keys after it, to `}`). `subjects`, when given, is the text of a grouped line's
 * `"subjects":[…]` member, written in its place (between `statusCode` and `traceId`) instead of
 * `dataSubjects` (see operation-records.ts).
 */
export function recordJsonParts(
  record: Omit<Unhashed, 'dataSubjects'> & { dataSubjects?: Unhashed['dataSubjects'] },
  subjects?: string,
): { head: string; tail: string } {
  let head = `{"actor":{"roles":[${record.actor.roles.map((r) => str(r)).join(',')}],"user":${str(record.actor.user)}}`;
  if (subjects === undefined) {
    const list = (record.dataSubjects ?? []).map((s) => `{"id":${str(s.id)},"type":${str(s.type)}}`);
    head += `,"dataSubjects":[${list.join(',')}]`;
  }
  if (record.detail !== undefined) head += `,"detail":${str(record.detail)}`;
  head += `,"endTime":${record.endTime}`;
  const foreign = record.foreignOperation;
  if (foreign !== undefined)
    head += `,"foreignOperation":{"entity":${str(foreign.entity)},"spanId":${str(foreign.spanId)},"traceId":${str(foreign.traceId)}}`;
  let tail = `"name":${str(record.name)},"outcome":${str(record.outcome)}`;
  if (record.parentSpanId !== undefined) tail += `,"parentSpanId":${str(record.parentSpanId)}`;
  tail += `,"previousHash":${str(record.previousHash)}`;
  if (record.processingActivityId !== undefined)
    tail += `,"processingActivityId":${str(record.processingActivityId)}`;
  tail += `,"sequence":${record.sequence},"spanId":${str(record.spanId)},"startTime":${record.startTime}`;
  tail += `,"statusCode":${record.statusCode}`;
  if (subjects !== undefined) tail += `,${subjects}`;
  tail += `,"traceId":${str(record.traceId)}}`;
  return { head, tail };
}

/** `{…}` without `hash` (what the hash covers) and with it (the line stored), from one pass. */
export function recordJsonPair(record: Unhashed): {
  unhashed: string;
  withHash: (hash: string) => string;
} {
  const { head, tail } = recordJsonParts(record);
  return {
    unhashed: `${head},${tail}`,
    withHash: (hash) => `${head},"hash":${str(hash)},${tail}`,
  };
}
