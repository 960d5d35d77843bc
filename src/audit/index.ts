// The audit layer: the Logboek Dataverwerkingen (see docs/audit.md) and the project's secret keys.
export type { LdvDataSubject, LdvRecord, LdvRecordInput, LdvStatusCode } from './ldv-record.js';
export { AuditError } from './audit-error.js';
export {
  AuditLog,
  defaultAuditLogPath,
  headPathOf,
  readHead,
  type AuditLogOptions,
  type ChainHead,
  type TornTailRepair,
} from './audit-log.js';
export { canonicalJson } from './canonical-json.js';
export {
  keyEnvName,
  keyFilePath,
  KeyStoreError,
  MIN_KEY_BYTES,
  resolveKey,
  type KeyMode,
  type ResolveKeyOptions,
} from './key-store.js';
export { readLogLines, type LogLine } from './log-lines.js';
export { parseLogLine, readLogEntries, type LogEntry } from './log-records.js';
export { computeRecordHash, GENESIS_HASH, REPAIR_RECORD_NAME } from './record-chain.js';
export {
  toOtlpJson,
  OTLP_SCOPE,
  type OtlpExportOptions,
  type OtlpResource,
  type OtlpSpan,
  type OtlpTraceRequest,
} from './otlp-export.js';
export {
  findSubjectRecords,
  isValidBsn,
  looksLikeBsn,
  pseudonymiseSubject,
  type FindSubjectOptions,
} from './subject.js';
export {
  formatTraceparent,
  isSpanId,
  isTraceId,
  newSpanId,
  newTraceId,
  parseTraceparent,
  type TraceParent,
} from './trace-context.js';
export {
  verifyAuditLog,
  type AuditProblem,
  type VerifyOptions,
  type VerifyResult,
} from './verify-audit-log.js';
export { readRecentRecords, type RecentRecords } from './recent-records.js';
export { perSubjectRecords } from './subject-records.js';
