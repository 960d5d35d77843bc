// The Logboek Dataverwerkingen record (Logius standard, see docs/governance.md): one per processing of
// personal data, and one per denied request. Plain serializable data; the log adds the chain fields.

/** 0 unset (no server error, includes 4xx), 1 ok, 2 error (5xx). */
export type LdvStatusCode = 0 | 1 | 2;

export interface LdvDataSubject {
  /** The subject's id pseudonymised with the audit key (hex HMAC-SHA256), never the clear BSN. */
  id: string;
  type: 'BSN';
}

/** What a caller hands to AuditLog.append. */
export interface LdvRecordInput {
  /** 16 bytes / 8 bytes, lowercase hex (W3C Trace Context). */
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  /** The action, e.g. `GET /api/v1/klassen/Client/gegevens`. */
  name: string;
  /** Milliseconds since the epoch. */
  startTime: number;
  endTime: number;
  statusCode: LdvStatusCode;
  /** URI into the municipality's register of processing activities; absent for a denied request without one. */
  processingActivityId?: string;
  dataSubjects: readonly LdvDataSubject[];
  /** Who acted and how it ended: role, user (subject claim or API key name), purpose id, outcome. */
  actor: { user: string; roles: readonly string[] };
  outcome: 'allowed' | 'denied';
  /** Why a request was denied (a GGM-… code and text), or what was read. */
  detail?: string;
  foreignOperation?: { traceId: string; spanId: string; entity: string };
}

/** A record as stored: the input plus its place in the hash chain. */
export interface LdvRecord extends LdvRecordInput {
  /** 0-based position in the log. */
  sequence: number;
  /**
   * The previous line's `hash`; 64 zeros for the first. A record read from a grouped line (an operation
   * with its subjects, operation-records.ts) carries its line's `previousHash` and `hash`.
   */
  previousHash: string;
  /** sha256 (hex) over previousHash and the canonical JSON of the line without `hash`. */
  hash: string;
}
