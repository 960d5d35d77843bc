// The project's audit log as the server's AuditSink: appends resolve when durable; the privacy officer
// reads the newest records first (streamed, a page at a time).
import { AuditLog } from '../audit/audit-log.js';
import type { LdvRecordInput } from '../audit/ldv-record.js';
import { readRecentRecords } from '../audit/recent-records.js';
import type { AuditSink } from './server-context.js';

export async function auditSink(path: string): Promise<AuditSink & { close: () => Promise<void> }> {
  const log = await AuditLog.open(path);
  return {
    append: (records) => (isList(records) ? log.appendAll(records) : log.append(records)),
    appendOperation: (operation, subjects) => log.appendOperation(operation, subjects),
    read: async (page) => {
      const { records, total } = await readRecentRecords(log.path, page);
      return { records, total };
    },
    close: () => log.close(),
  };
}

function isList(records: LdvRecordInput | readonly LdvRecordInput[]): records is readonly LdvRecordInput[] {
  return Array.isArray(records);
}
