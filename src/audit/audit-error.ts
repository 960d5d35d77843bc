/** A problem with the audit log or its input; `code` is a stable GGM-A1xx code. */
export class AuditError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AuditError';
  }
}
