// A sandboxed session over several sandboxed connections, for a server with many reads at once: each
// query takes an idle member (waiting in order when all are busy), so no member ever runs two statements
// at once. DuckDB: connections of ONE read-only instance (DuckDB runs queries on separate connections of
// an instance in parallel); PostgreSQL: a few sandboxed connections. Closing drains the members first.
import type { SqlDialect } from '../dialects/sql-dialect.js';
import { SandboxError, type EngineKind, type Row, type SandboxSession, type SqlParam } from './engine.js';

export class SandboxPool implements SandboxSession {
  readonly kind: EngineKind;
  readonly dialect: SqlDialect;
  private readonly idle: SandboxSession[];
  private readonly waiting: ((member: SandboxSession) => void)[] = [];
  private inFlight = 0;
  private closing: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  constructor(
    private readonly members: readonly SandboxSession[],
    /** Runs after every member is closed (DuckDB: closes the instance). */
    private readonly onClosed: () => void = () => undefined,
  ) {
    if (members.length === 0) throw new Error('a sandbox pool needs at least one session');
    this.kind = members[0]!.kind;
    this.dialect = members[0]!.dialect;
    this.idle = [...members];
  }

  /** Closed when closing, or when every member is lost (open a new session then). */
  get closed(): boolean {
    return this.closing !== undefined || this.members.every((m) => m.closed);
  }

  /** Whether the members still see the warehouse as it is (when they can tell). */
  unchanged?: () => Promise<boolean>;

  /** How many statements run at once at most. */
  get size(): number {
    return this.members.length;
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    if (this.closing) throw new SandboxError('GGM-E002', 'the sandbox session is closed');
    this.inFlight++;
    try {
      const member = await this.acquire();
      try {
        return await member.query<T>(sql, params);
      } finally {
        this.release(member);
      }
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  private acquire(): Promise<SandboxSession> {
    while (this.idle.length > 0) {
      const member = this.idle.pop()!;
      if (!member.closed) return Promise.resolve(member);
    }
    if (this.members.every((m) => m.closed))
      return Promise.reject(new SandboxError('GGM-E002', 'the sandbox session is closed'));
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(member: SandboxSession): void {
    if (member.closed) {
      // A lost member: let the waiters fail rather than wait for it when none is left.
      if (this.members.every((m) => m.closed)) {
        for (const w of this.waiting.splice(0)) w(member);
      }
      return;
    }
    const next = this.waiting.shift();
    if (next) next(member);
    else this.idle.push(member);
  }

  /** Waits for the statements running or waiting, then closes every member. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      for (const m of this.members) await m.close().catch(() => undefined);
      this.onClosed();
    })();
    return this.closing;
  }
}
