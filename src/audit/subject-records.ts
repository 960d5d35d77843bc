// One record per data subject (LDV: "a record refers to 0 or 1 subjects"): the operation's own record
// without subjects, and per subject a child record with its own span id whose parent span is the
// operation's. They share the trace, name, times, purpose, actor and outcome.
import { randomBytes } from 'node:crypto';
import type { LdvDataSubject, LdvRecordInput } from './ldv-record.js';

/** `count` random span ids (16 hex digits, never all zeros) from one draw of random bytes. */
function spanIds(count: number): string[] {
  const hex = randomBytes(8 * count).toString('hex');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = hex.slice(16 * i, 16 * i + 16);
    ids.push(id === '0000000000000000' ? '0000000000000001' : id);
  }
  return ids;
}

/**
 * The records of one operation on personal data: `[operation (0 subjects), child per subject…]`. The
 * operation's `dataSubjects` is ignored; `subjects` are the pseudonymised subjects, each once.
 */
export function perSubjectRecords(
  operation: Omit<LdvRecordInput, 'dataSubjects'>,
  subjects: readonly LdvDataSubject[],
): LdvRecordInput[] {
  const parent: LdvRecordInput = { ...operation, dataSubjects: [] };
  const ids = spanIds(subjects.length);
  const children = subjects.map((subject, i): LdvRecordInput => {
    const child: LdvRecordInput = {
      traceId: operation.traceId,
      spanId: ids[i]!,
      parentSpanId: operation.spanId,
      name: operation.name,
      startTime: operation.startTime,
      endTime: operation.endTime,
      statusCode: operation.statusCode,
      dataSubjects: [{ id: subject.id, type: subject.type }],
      actor: operation.actor,
      outcome: operation.outcome,
    };
    if (operation.processingActivityId !== undefined)
      child.processingActivityId = operation.processingActivityId;
    return child;
  });
  return [parent, ...children];
}
