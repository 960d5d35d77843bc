import type { Engine, Row, SandboxOptions, SandboxSession, SqlParam } from '../../engines/engine.js';
import { isKeyParameter } from '../../governance/column-treatments.js';
import type { GovernedRead } from '../../governance/governed-read.js';
import { keyBlocks, type KeyBlocks, type KeyResolver } from './key-blocks.js';
import { ReadResultCache, readResultKey, type ReadResultCacheOptions } from './read-result-cache.js';

export interface GovernedReaderOptions {
  /**
   * A session older than this is replaced by a new one for the next read, so reads see later runs
   * (DuckDB's read-only instance sees the file as it was when opened). Default 5 s.
   */
  maxSessionAgeMs?: number;
  sandbox?: SandboxOptions;
  /**
   * Keep the results of reads asked with `{ cache: true }` for the life of the session they ran on (a
   * new session, after a run changed the warehouse, starts empty). Off by default.
   */
  resultCache?: ReadResultCacheOptions;
}

export interface GovernedRows {
  /** The rows, without the subject column. */
  rows: Row[];
  /** The pseudonymised data subjects of the rows (audit key), each once, in order of first appearance. */
  subjects: string[];
}

interface Held {
  session: SandboxSession;
  openedAt: number;
  inFlight: number;
  retired: boolean;
  /** This session's results, when the reader caches them. */
  results?: ReadResultCache<GovernedRows>;
}

/**
 * Runs GovernedReads on a long-lived sandboxed, read-only session (never an instance per read), binding
 * the pseudonymisation keys the read names. Nothing else is run: the SQL is the policy compiler's.
 */
export class GovernedReader {
  private held: Held | undefined;
  private opening: Promise<Held> | undefined;
  private readonly blocks = new Map<string, Promise<KeyBlocks>>();
  private closed = false;
  /** `refresh` asked for a new session: open one even when the old one still sees the same data. */
  private forced = false;

  constructor(
    private readonly engine: Engine,
    private readonly keys: KeyResolver,
    private readonly options: GovernedReaderOptions = {},
  ) {}

  /**
   * Runs the read. `cache: true` (with the `resultCache` option) answers from the session's held result
   * of the same SQL and values; such a result is shared and frozen, so it must not be changed.
   */
  async read(read: GovernedRead, options: { cache?: boolean } = {}): Promise<GovernedRows> {
    const params = await this.bind(read.parameters);
    const held = await this.session();
    if (options.cache !== true || !held.results) return this.run(held, read, params);
    return held.results.get(readResultKey(read.sql, read.parameters), () => this.run(held, read, params));
  }

  /** Counts as in flight from its first step, so the session is not closed under it. */
  private async run(held: Held, read: GovernedRead, params: SqlParam[]): Promise<GovernedRows> {
    held.inFlight++;
    let rows: Row[];
    try {
      rows = await held.session.query(read.sql, params);
    } finally {
      held.inFlight--;
      if (held.retired && held.inFlight === 0) await held.session.close();
    }
    if (!read.subjectColumn) return { rows, subjects: [] };
    const column = read.subjectColumn;
    const subjects = new Set<string>();
    for (const row of rows) {
      const subject = row[column];
      if (typeof subject === 'string') subjects.add(subject);
    }
    return { rows: withoutColumn(rows, column), subjects: [...subjects] };
  }

  /** The parameters with every key placeholder replaced by its block (hex text). */
  private async bind(parameters: readonly unknown[]): Promise<SqlParam[]> {
    const out: SqlParam[] = [];
    for (const p of parameters) {
      if (isKeyParameter(p)) {
        let blocks = this.blocks.get(p.key);
        if (!blocks) {
          blocks = this.keys(p.key).then(keyBlocks);
          this.blocks.set(p.key, blocks);
          blocks.catch(() => this.blocks.delete(p.key));
        }
        out.push((await blocks)[p.part]);
      } else out.push(p as SqlParam);
    }
    return out;
  }

  private async session(): Promise<Held> {
    if (this.closed) throw new Error('the governed reader is closed');
    const maxAge = this.options.maxSessionAgeMs ?? 5000;
    const held = this.held;
    if (held && !held.session.closed && Date.now() - held.openedAt <= maxAge) return held;
    if (!this.opening && !this.forced && held && !held.session.closed && held.session.unchanged) {
      // Nothing written since it opened: keep the session (no new instance, no close on the loop).
      const checking = held.session.unchanged().catch(() => false);
      this.opening = checking.then((same) => {
        this.opening = undefined;
        if (!same || held.session.closed || this.held !== held) {
          this.forced = true;
          return this.session();
        }
        held.openedAt = Date.now();
        return held;
      });
      return this.opening;
    }
    if (!this.opening) {
      this.forced = false;
      this.opening = this.engine
        .openSandbox(this.options.sandbox)
        .then((session) => {
          const fresh: Held = { session, openedAt: Date.now(), inFlight: 0, retired: false };
          if (this.options.resultCache) fresh.results = new ReadResultCache(this.options.resultCache);
          const old = this.held;
          this.held = fresh;
          if (old) {
            old.retired = true;
            if (old.inFlight === 0) void old.session.close();
          }
          return fresh;
        })
        .finally(() => {
          this.opening = undefined;
        });
    }
    return this.opening;
  }

  /** Replaces the session now (after a run, so the next read sees it). */
  async refresh(): Promise<void> {
    await this.opening?.catch(() => undefined);
    if (this.held) this.held.openedAt = 0;
    this.forced = true;
    await this.session();
  }

  /**
   * Opens the sandboxed session ahead of the first read (a server warms it before it listens), and runs
   * `statements` on it with their results dropped: counts over the tables the first pages read, so the
   * session's first reads do not also load those tables. Never a statement that returns rows of data.
   */
  async warm(statements: readonly string[] = []): Promise<void> {
    const held = await this.session();
    await Promise.all(statements.map((sql) => held.session.query(sql).catch(() => undefined)));
  }

  async close(): Promise<void> {
    this.closed = true;
    // A session still opening is closed too, once open, rather than left behind.
    await this.opening?.catch(() => undefined);
    const held = this.held;
    this.held = undefined;
    if (held) await held.session.close();
  }
}

/**
 * The rows without one column, rebuilt by plain assignment over the shared key list (cheaper than a rest
 * spread per row); a `__proto__` key, which assignment would not keep, goes the defining way.
 */
function withoutColumn(rows: readonly Row[], column: string): Row[] {
  if (rows.length === 0) return [];
  const keys = Object.keys(rows[0]!).filter((k) => k !== column);
  if (keys.includes('__proto__'))
    return rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])) as Row);
  return rows.map((row) => {
    const out: Row = {};
    for (const k of keys) out[k] = row[k]!;
    return out;
  });
}
