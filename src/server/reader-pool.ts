// Reads for many concurrent requests: one GovernedReader on a long-lived sandboxed session that is a pool
// of sandboxed connections (DuckDB: connections of ONE read-only instance, run in parallel; PostgreSQL: a
// few sandboxed connections). Each connection runs one statement at a time (two at once on one DuckDB
// connection crash the process); renewal drains the old pool before closing it.
import { availableParallelism } from 'node:os';
import type { Engine, Row } from '../engines/engine.js';
import type { GovernedRead } from '../governance/governed-read.js';
import { GovernedReader } from '../pipeline/governance/governed-reader.js';
import type { KeyResolver } from '../pipeline/governance/key-blocks.js';
import type { ReadResultCacheOptions } from '../pipeline/governance/read-result-cache.js';

/** Connections of the sandbox: about twice the cores, at least 2, at most 16. */
export function defaultReadConnections(): number {
  return Math.min(16, Math.max(2, availableParallelism() * 2));
}

export class ReaderPool {
  private readonly reader: GovernedReader;

  constructor(
    engine: Engine,
    keys: KeyResolver,
    connections = defaultReadConnections(),
    /** Keep results per session for reads asked with `{ cache: true }` (see GovernedReader). */
    resultCache?: ReadResultCacheOptions,
  ) {
    this.reader = new GovernedReader(engine, keys, {
      sandbox: { allowedDirectories: [], connections: Math.max(1, connections) },
      ...(resultCache ? { resultCache } : {}),
    });
  }

  read(read: GovernedRead, options: { cache?: boolean } = {}): Promise<{ rows: Row[]; subjects: string[] }> {
    return this.reader.read(read, options);
  }

  /** A new session for the next read (and an empty result cache): after a run changed the warehouse. */
  refresh(): Promise<void> {
    return this.reader.refresh();
  }

  /** Opens the sandbox before the first request needs it. */
  warm(statements: readonly string[] = []): Promise<void> {
    return this.reader.warm(statements);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
