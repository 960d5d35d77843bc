// One record per data subject (LDV: "a record refers to 0 or 1 subjects"): the operation's own record
// without subjects, and per subject a child record with its own span id whose parent span is the
// operation's. They share the trace, name, times, purpose, actor and outcome. (The writer chains the
// same records without building them, as one grouped line: AuditLog.appendOperation, operation-records.ts.)
import type { LdvDataSubject, LdvRecordInput } from './ldv-record.js';
import { childRecord, newSpanIds } from './operation-records.js';

/**
 * The records of one operation on personal data: `[operation (0 subjects), child per subject…]`. The
 * operation's `dataSubjects` is ignored; `subjects` are the pseudonymised subjects, each once.
 */
export function perSubjectRecords(
  operation: Omit<LdvRecordInput, 'dataSubjects'>,
  subjects: readonly LdvDataSubject[],
): LdvRecordInput[] {
  const parent: LdvRecordInput = { ...operation, dataSubjects: [] };
  const ids = newSpanIds(subjects.length);
  const children = subjects.map((subject, i): LdvRecordInput => {
    const child = childRecord(parent, subject.id, ids[i]!);
    child.dataSubjects = [{ id: subject.id, type: subject.type }];
    return child;
  });
  return [parent, ...children];
}
