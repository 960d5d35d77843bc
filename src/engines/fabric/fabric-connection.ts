import type { CloudConnection, StatementResult } from '../cloud/cloud-platform.js';
import { positionalParams } from '../cloud/sql-code-parts.js';
import type { Row, SqlParam } from '../engine.js';

/** `mssql`'s request, as documented: named inputs, a promise of the result, or rows as events. */
export interface MssqlRequest {
  input(name: string, value: unknown): MssqlRequest;
  query(text: string): Promise<{ recordset?: object[]; rowsAffected?: number[] }>;
  stream?: boolean;
  on(event: 'row', listener: (row: object) => void): MssqlRequest;
  on(event: 'done', listener: () => void): MssqlRequest;
  on(event: 'error', listener: (error: Error) => void): MssqlRequest;
  pause(): boolean;
  resume(): boolean;
  cancel(): void;
}
export interface MssqlPool {
  request(): MssqlRequest;
  close(): Promise<void>;
}

function inputValue(value: SqlParam): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** `$1`, `$2` … become `@p1`, `@p2` …, each bound once by name. */
function request(pool: MssqlPool, sql: string, params: readonly SqlParam[]) {
  const text = positionalParams(sql, params, (n) => `@p${n}`).sql;
  const req = pool.request();
  params.forEach((value, i) => req.input(`p${i + 1}`, inputValue(value)));
  return { req, text };
}

/** One Fabric session: a pool of one connection, so a transaction's statements share it. */
export class FabricConnection implements CloudConnection {
  constructor(private readonly pool: MssqlPool) {}

  async run(sql: string, params: readonly SqlParam[] = []): Promise<StatementResult> {
    const { req, text } = request(this.pool, sql, params);
    const result = await req.query(text);
    const changed = (result.rowsAffected ?? []).reduce((n, k) => n + k, 0);
    return { rows: (result.recordset ?? []) as Row[], changed };
  }

  /** Rows arrive as 'row' events; the request pauses while a full batch waits for its reader. */
  async *stream(sql: string, params: readonly SqlParam[], batchSize: number): AsyncIterable<Row[]> {
    const { req, text } = request(this.pool, sql, params);
    req.stream = true;
    let batch: Row[] = [];
    const ready: Row[][] = [];
    let done = false;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    req.on('row', (row) => {
      batch.push(row as Row);
      if (batch.length >= batchSize) {
        ready.push(batch);
        batch = [];
        req.pause();
        notify();
      }
    });
    req.on('error', (error) => {
      failure = error;
      notify();
    });
    req.on('done', () => {
      if (batch.length > 0) ready.push(batch);
      batch = [];
      done = true;
      notify();
    });
    // streamed results come as events; the promise only says the request ended
    void req.query(text).catch(() => undefined);
    try {
      for (;;) {
        if (failure) throw failure;
        const next = ready.shift();
        if (next) {
          yield next;
          if (!done) req.resume();
          continue;
        }
        if (done) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      // a reader that stops early must not leave the session's request paused
      if (!done && !failure) req.cancel();
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
