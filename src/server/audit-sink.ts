// The project's audit log as the server's AuditSink: appends resolve when durable; the privacy officer
// reads the newest records first.
import { existsSync } from 'node:fs';
import { AuditLog } from '../audit/audit-log.js';
import { readLogLines } from '../audit/log-lines.js';
import type { AuditSink } from './server-context.js';

export async function auditSink(path: string): Promise<AuditSink & { close: () => Promise<void> }> {
  const log = await AuditLog.open(path);
  return {
    append: (record) => log.append(record),
    read: async ({ offset, limit }) => {
      // Newest first; the log is read line by line (memory bounded by the page, not the log).
      const window: unknown[] = [];
      let total = 0;
      if (existsSync(path)) {
        for await (const line of readLogLines(path)) {
          if (!line.complete || line.text.trim() === '') continue;
          total++;
          window.push(JSON.parse(line.text));
          if (window.length > offset + limit) window.shift();
        }
      }
      const newestFirst = window.reverse();
      return { records: newestFirst.slice(offset, offset + limit), total };
    },
    close: () => log.close(),
  };
}
