import { readFileSync } from 'node:fs';

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
          return { fetchAll: async () => rows, close: async () => undefined };
        },
        async close() {
          open--;
        },
      };
    }
    async close() {}
  }
  return { module: { DBSQLClient }, sent, connects, sessions, openSessions: () => open };
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
          complete: (error: Error | undefined, statement: unknown, rows: object[] | undefined) => void;
        }) {
          const params = options.binds ?? [];
          const uploaded = uploadedFile(options.sqlText);
          sent.push({ sql: options.sqlText, params, ...(uploaded !== undefined ? { uploaded } : {}) });
          let result: ReturnType<Answer>;
          try {
            result = answer(options.sqlText, params);
          } catch (error) {
            setImmediate(() =>
              options.complete(error as Error, { getNumUpdatedRows: () => undefined }, undefined),
            );
            return {};
          }
          const statement = { getNumUpdatedRows: () => result?.changed, getSqlText: () => options.sqlText };
          setImmediate(() => options.complete(undefined, statement, result?.rows ?? []));
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
