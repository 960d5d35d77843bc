import { randomBytes } from 'node:crypto';
import type { LdvRecordInput } from './ldv-record.js';
import { pseudonymiseSubject } from './subject.js';
import { newSpanId, newTraceId } from './trace-context.js';

export const TEST_AUDIT_KEY = Buffer.alloc(32, 7);

/** A record about the given BSNs (pseudonymised with TEST_AUDIT_KEY), or about nobody. */
export function sampleInput(i: number, bsns: readonly string[] = [], key = TEST_AUDIT_KEY): LdvRecordInput {
  return {
    traceId: newTraceId(),
    spanId: newSpanId(),
    name: `GET /api/v1/klassen/Client/${i}`,
    startTime: 1_796_000_000_000 + i,
    endTime: 1_796_000_000_005 + i,
    statusCode: 0,
    processingActivityId: 'https://register.example.nl/verwerkingen/wmo-toewijzing/v1',
    dataSubjects: bsns.map((bsn) => ({ id: pseudonymiseSubject(bsn, key), type: 'BSN' as const })),
    actor: { user: `medewerker-${i % 3}`, roles: ['wmo-consulent'] },
    outcome: 'allowed',
    detail: `read ${randomBytes(4).toString('hex')}`,
  };
}
