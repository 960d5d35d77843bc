// What the routes share: the project, its warehouse, the policy (who may read what) and the audit log.
import type { LdvRecordInput } from '../audit/ldv-record.js';
import type { Row } from '../engines/engine.js';
import type { Engine } from '../engines/engine.js';
import type {
  Classification,
  GovernedRead,
  GovernedReadRequest,
  PolicyDenial,
} from '../governance/governed-read.js';
import type { OpenedProject, ProjectService } from '../pipeline/project-service.js';

/** The warehouse's own records a policy grants by name (governance.yaml `tables:`). */
export type ResourceName = 'kwaliteit' | 'quarantaine' | 'runs' | 'logboek';

/** The policy as the server uses it. */
export interface DataAccess {
  /** A request for rows → the compiled read, or why not (default deny). */
  compile(request: GovernedReadRequest): GovernedRead | PolicyDenial;
  /**
   * Runs a compiled read on a sandboxed session: the rows, and the pseudonymised subject per row. With
   * `cache: true` the result may be a shared, frozen one of the same read on the same warehouse state.
   */
  read(
    read: GovernedRead,
    options?: { cache?: boolean },
  ): Promise<{ rows: Row[]; subjects: readonly string[] }>;
  /** The purpose under which one of the roles is granted the resource, or undefined (not granted). */
  resourcePurpose(roles: readonly string[], resource: ResourceName): string | undefined;
  /** What a silver column holds, as the policy classifies it. */
  classify(table: string, column: string): Classification;
  /** The policy's purposes (ids), to suggest the nearest name for an unknown one. */
  purposes(): readonly string[];
  /** The policy's roles with their purposes (for the demo users of development mode). */
  roles?(): readonly { name: string; description?: string; purposes: readonly string[] }[];
}

/**
 * Where audit records go; `append` resolves only once the record is durable. A list (one operation's
 * records: the request and one per data subject) goes in one group commit.
 */
export interface AuditSink {
  append(records: LdvRecordInput | readonly LdvRecordInput[]): Promise<unknown>;
  /**
   * An operation on personal data and one record per data subject (pseudonyms, each once), durable in
   * one group commit: the records `append(perSubjectRecords(operation, subjects))` writes.
   */
  appendOperation(
    operation: Omit<LdvRecordInput, 'dataSubjects'>,
    subjects: readonly string[],
  ): Promise<unknown>;
  /** The newest records, for the privacy officer; undefined when the log cannot be read here. */
  read?(options: { offset: number; limit: number }): Promise<{ records: unknown[]; total: number }>;
}

export interface ServerContext {
  service: ProjectService;
  project: OpenedProject;
  warehouse: Engine;
  access: DataAccess;
  audit: AuditSink;
}

/** Nothing granted, nothing read: the policy when none is configured. */
export const DENY_ALL: DataAccess = {
  compile: () => ({
    denied: true,
    status: 403,
    code: 'GGM-G000',
    reason: 'Er is geen beleid geconfigureerd; niets is toegestaan.',
  }),
  read: async () => ({ rows: [], subjects: [] }),
  resourcePurpose: () => undefined,
  classify: () => 'none',
  purposes: () => [],
};
