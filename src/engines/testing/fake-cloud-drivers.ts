import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Fakes of the vendors' Node.js drivers, shaped as their documentation describes the calls and the
 * results: they record every statement and answer from a script, so tests prove what the engines send
 * and how they read the answers. They are not the platforms: nothing here runs SQL.
 */
export interface Sent {
  sql: string;
  params?: unknown[];
  options?: Record<string, unknown>;
  /** The content of a local file a PUT uploads, read when it is sent. */
  uploaded?: string;
}

/** Answers a statement with result rows (and, for Snowflake, the rows it changed). */
export type Answer = (sql: string, params: unknown[]) => { rows?: object[]; changed?: number } | undefined;

/** What a local file PUT names (`PUT '/tmp/x.csv' INTO …`, `PUT 'file:///tmp/x.csv' @stage`). */
function uploadedFile(sql: string): string | undefined {
  const m = /^\s*PUT\s+'(?:file:\/\/)?([^']+)'/i.exec(sql);
  return m ? readFileSync(m[1]!, 'utf8') : undefined;
}

/** `@databricks/sql`: `new DBSQLClient()`, `connect`, `openSession`, `executeStatement`, `fetchAll`. */
export function fakeDatabricksDriver(answer: Answer = () => undefined) {
  const sent: Sent[] = [];
  const connects: Record<string, unknown>[] = [];
  const sessions: Record<string, unknown>[] = [];
  /** The maxRows of every fetchChunk call. */
  const chunks: number[] = [];
  let open = 0;
  class DBSQLClient {
    async connect(options: Record<string, unknown>) {
      connects.push(options);
      return this;
    }
    async openSession(request: Record<string, unknown> = {}) {
      sessions.push(request);
      open++;
      return {
        async executeStatement(statement: string, options: Record<string, unknown> = {}) {
          const params = (options['ordinalParameters'] as unknown[] | undefined) ?? [];
          const uploaded = uploadedFile(statement);
          sent.push({ sql: statement, params, options, ...(uploaded !== undefined ? { uploaded } : {}) });
          const result = answer(statement, params);
          // DML answers with one row of counts, as Databricks SQL does
          const rows =
            result?.changed !== undefined
              ? [{ num_affected_rows: result.changed, num_inserted_rows: result.changed }]
              : (result?.rows ?? []);
          let next = 0;
          return {
            fetchAll: async () => rows.slice(next),
            // documented chunked fetch: at most maxRows per call, hasMoreRows until the end
            fetchChunk: async ({ maxRows }: { maxRows: number }) => {
              chunks.push(maxRows);
              const chunk = rows.slice(next, next + maxRows);
              next += chunk.length;
              return chunk;
            },
            hasMoreRows: async () => next < rows.length,
            close: async () => undefined,
          };
        },
        async close() {
          open--;
        },
      };
    }
    async close() {}
  }
  return { module: { DBSQLClient }, sent, connects, sessions, chunks, openSessions: () => open };
}

/** `snowflake-sdk`: `createConnection`, `connect(callback)`, `execute({sqlText, binds, complete})`. */
export function fakeSnowflakeDriver(answer: Answer = () => undefined) {
  const sent: Sent[] = [];
  const connections: Record<string, unknown>[] = [];
  let open = 0;
  const module = {
    createConnection(options: Record<string, unknown>) {
      connections.push(options);
      return {
        connect(callback: (error: Error | undefined, connection: unknown) => void) {
          open++;
          setImmediate(() => callback(undefined, this));
        },
        execute(options: {
          sqlText: string;
          binds?: unknown[];
          streamResult?: boolean;
          complete: (error: Error | undefined, statement: unknown, rows: object[] | undefined) => void;
        }) {
          const params = options.binds ?? [];
          const uploaded = uploadedFile(options.sqlText);
          sent.push({
            sql: options.sqlText,
            params,
            ...(options.streamResult ? { options: { streamResult: true } } : {}),
            ...(uploaded !== undefined ? { uploaded } : {}),
          });
          let result: ReturnType<Answer>;
          try {
            result = answer(options.sqlText, params);
          } catch (error) {
            setImmediate(() =>
              options.complete(error as Error, { getNumUpdatedRows: () => undefined }, undefined),
            );
            return {};
          }
          const rows = result?.rows ?? [];
          const statement = {
            getNumUpdatedRows: () => result?.changed,
            getSqlText: () => options.sqlText,
            // documented: with streamResult the rows come from streamRows(), an object-mode Readable
            streamRows: () => Readable.from(rows),
          };
          // with streamResult, complete gets no rows: they are read from the stream
          setImmediate(() => options.complete(undefined, statement, options.streamResult ? undefined : rows));
          return statement;
        },
        destroy(callback: (error: Error | undefined, connection: unknown) => void) {
          open--;
          setImmediate(() => callback(undefined, this));
        },
      };
    },
  };
  return { module, sent, connections, openConnections: () => open };
}

/** What a Fabric `COPY INTO … FROM 'https://…/<file>'` reads: the file under the stage folder, if there. */
function stagedFile(sql: string, stageDir: string | undefined): string | undefined {
  const m = /^\s*COPY INTO[\s\S]*?FROM\s+'[^']*\/([^'/]+)'/i.exec(sql);
  if (!m || !stageDir) return undefined;
  try {
    return readFileSync(`${stageDir}/${m[1]}`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `mssql`: `new ConnectionPool(config).connect()`, `pool.request()`, `input(name, value)`,
 * `query(text)` → `{ recordset, recordsets, rowsAffected }`, or with `stream = true` 'row', 'done' and
 * 'error' events. `stageDir` lets it read the file a COPY INTO names while it still exists.
 */
export function fakeMssqlDriver(answer: Answer = () => undefined, stageDir?: string | (() => string)) {
  const sent: Sent[] = [];
  const configs: Record<string, unknown>[] = [];
  let open = 0;
  let cancelled = 0;
  class ConnectionPool {
    constructor(readonly config: Record<string, unknown>) {}
    async connect() {
      configs.push(this.config);
      open++;
      return {
        request() {
          const inputs: Record<string, unknown> = {};
          const listeners: Record<string, ((arg?: unknown) => void)[]> = {};
          const emit = (event: string, arg?: unknown) => listeners[event]?.forEach((l) => l(arg));
          let paused = false;
          let cancelledHere = false;
          let pump: (() => void) | undefined;
          const req = {
            stream: false,
            input(name: string, value: unknown) {
              inputs[name] = value;
              return req;
            },
            on(event: string, listener: (arg?: unknown) => void) {
              (listeners[event] ??= []).push(listener);
              return req;
            },
            // documented: pause() stops the 'row' events until resume()
            pause: () => {
              paused = true;
              return true;
            },
            resume: () => {
              paused = false;
              setImmediate(() => pump?.());
              return true;
            },
            cancel: () => {
              cancelled++;
              cancelledHere = true;
            },
            async query(text: string) {
              const params = Object.keys(inputs).map((k) => inputs[k]);
              const uploaded = stagedFile(text, typeof stageDir === 'function' ? stageDir() : stageDir);
              sent.push({
                sql: text,
                params,
                options: { inputs: { ...inputs }, ...(req.stream ? { stream: true } : {}) },
                ...(uploaded !== undefined ? { uploaded } : {}),
              });
              let result: ReturnType<Answer>;
              try {
                result = answer(text, params);
              } catch (error) {
                if (!req.stream) throw error;
                setImmediate(() => emit('error', error));
                return { recordsets: [], rowsAffected: [] };
              }
              const rows = result?.rows ?? [];
              const rowsAffected = [result?.changed ?? 0];
              if (req.stream) {
                // documented: streamed rows come as events, then 'done'
                let next = 0;
                pump = () => {
                  while (!paused && next < rows.length) emit('row', rows[next++]);
                  if (!paused && next === rows.length && !cancelledHere) emit('done', { rowsAffected });
                };
                setImmediate(pump);
                return { recordsets: [], rowsAffected };
              }
              return { recordset: rows, recordsets: [rows], rowsAffected };
            },
          };
          return req;
        },
        async close() {
          open--;
        },
      };
    }
  }
  return { module: { ConnectionPool }, sent, configs, openPools: () => open, cancelled: () => cancelled };
}
