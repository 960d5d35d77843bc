// The results of governed reads on ONE sandbox session, keyed by the compiled SQL and its bound values.
// A session sees the warehouse as it was when it opened, so its results stay true for its whole life:
// the GovernedReader keeps one cache per session and drops it with the session (after a run). Reads of
// the same key at once share one statement. Bounded by the rows it holds; the oldest key goes first.

/** What is held: a read's rows and whatever else it returned (frozen when held). */
interface Result {
  rows: readonly object[];
}

export interface ReadResultCacheOptions {
  /** Rows held over all results; default 50,000. */
  maxRows?: number;
  /** A result with more rows is never held; default 1,000. */
  maxRowsPerRead?: number;
}

export class ReadResultCache<T extends Result> {
  private readonly results = new Map<string, Promise<T>>();
  private readonly sizes = new Map<string, number>();
  private rows = 0;
  private readonly maxRows: number;
  private readonly maxRowsPerRead: number;

  constructor(options: ReadResultCacheOptions = {}) {
    this.maxRows = options.maxRows ?? 50_000;
    this.maxRowsPerRead = Math.min(options.maxRowsPerRead ?? 1_000, this.maxRows);
  }

  /** The held result of `key`, else `read()` once (concurrent callers of one key share it). */
  get(key: string, read: () => Promise<T>): Promise<T> {
    const held = this.results.get(key);
    if (held) return held;
    const reading = read().then((result) => this.keep(key, result));
    this.results.set(key, reading);
    // a failed read is not held: the next request tries again
    reading.catch(() => this.forget(key, reading));
    return reading;
  }

  private keep(key: string, result: T): T {
    // callers share what is held: nobody may change it
    for (const row of result.rows) Object.freeze(row);
    for (const value of Object.values(result)) if (Array.isArray(value)) Object.freeze(value);
    const frozen = Object.freeze(result);
    if (frozen.rows.length > this.maxRowsPerRead) {
      this.results.delete(key);
      return frozen;
    }
    this.sizes.set(key, frozen.rows.length);
    this.rows += frozen.rows.length;
    for (const oldest of this.sizes.keys()) {
      if (this.rows <= this.maxRows) break;
      this.forget(oldest);
    }
    return frozen;
  }

  private forget(key: string, only?: Promise<T>): void {
    if (only !== undefined && this.results.get(key) !== only) return;
    this.results.delete(key);
    this.rows -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }
}

/** The key of a read: its parameters, each with its type (a date and its text bind differently), and SQL. */
export function readResultKey(sql: string, parameters: readonly unknown[]): string {
  const values = parameters.map((p) => {
    if (p instanceof Date) return `date:${p.toISOString()}`;
    if (typeof p === 'object' && p !== null) return `object:${JSON.stringify(p)}`;
    return `${typeof p}:${String(p)}`;
  });
  return `${JSON.stringify(values)}\n${sql}`;
}
