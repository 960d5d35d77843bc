import pg from 'pg';
import {
  SandboxError,
  type ReadOnlySession,
  type Row,
  type SandboxSession,
  type SqlParam,
} from '../engine.js';
import { firstLine, requireQuery } from '../sandbox-sql.js';
import { toPgParam } from './postgres-types.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';

/** The NOLOGIN role user SQL runs as when the connecting role may read server files (a superuser). */
export const SANDBOX_ROLE = 'ggm_reader';

const QUERY_KEYWORDS = ['select', 'with', 'values', 'table'];

/**
 * Functions user SQL may not name, even inside a string: they change the session's role or settings
 * (`set_config('role', …)` would undo `SET LOCAL ROLE`, since the session user is still the superuser)
 * or run a query given as text, which could call them out of sight.
 */
const FORBIDDEN_FUNCTIONS = /\b(set_config|query_to_xml\w*|cursor_to_xml\w*|dblink\w*)\b/i;

/** insufficient_privilege, read_only_sql_transaction: what the sandbox turns into GGM-E001. */
const REFUSAL_CODES = new Set(['42501', '25006']);

/** Whether the connecting role can read or write server files or run programs: then it needs the sandbox role. */
const PRIVILEGED_SQL = `SELECT r.rolsuper
    OR pg_has_role(current_user, 'pg_read_server_files', 'MEMBER')
    OR pg_has_role(current_user, 'pg_write_server_files', 'MEMBER')
    OR pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER') AS privileged
  FROM pg_roles r WHERE r.rolname = current_user`;

/**
 * Makes sure `ggm_reader` exists (NOLOGIN, no privileges of its own) and may read every table and view
 * of the database's own schemas, as they are now. Runs before the sandbox's transaction, committed, so
 * tables created since the last time are readable too. Returns the role to switch to, or undefined
 * when the connecting role is unprivileged (then it runs user SQL itself, read-only).
 */
export async function prepareSandboxRole(client: pg.PoolClient): Promise<string | undefined> {
  const { rows } = await client.query<{ privileged: boolean }>(PRIVILEGED_SQL);
  if (!rows[0]?.privileged) return undefined;
  try {
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SANDBOX_ROLE}') THEN
           CREATE ROLE ${SANDBOX_ROLE} NOLOGIN NOSUPERUSER NOINHERIT NOCREATEDB NOCREATEROLE;
         END IF;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
       END $$`,
    );
    // Only what is missing is granted: repeated GRANTs from parallel runs would contend for the catalog.
    const schemas = await client.query<{ name: string; usage: boolean; select: boolean }>(
      `SELECT n.nspname AS name,
              NOT has_schema_privilege('${SANDBOX_ROLE}', n.oid, 'USAGE') AS usage,
              EXISTS (SELECT FROM pg_class c
                       WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
                         AND NOT has_table_privilege('${SANDBOX_ROLE}', c.oid, 'SELECT')) AS select
         FROM pg_namespace n
        WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
        ORDER BY n.nspname`,
    );
    for (const { name, usage, select } of schemas.rows) {
      const schema = pg.escapeIdentifier(name);
      if (usage) await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${SANDBOX_ROLE}`);
      if (select) await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${SANDBOX_ROLE}`);
    }
  } catch (error) {
    throw new SandboxError(
      'GGM-E002',
      `the connecting role may read server files, and the sandbox role ${SANDBOX_ROLE} cannot be prepared (${firstLine(error)}); ` +
        `as a superuser run: CREATE ROLE ${SANDBOX_ROLE} NOLOGIN; GRANT ${SANDBOX_ROLE} TO <role>; and grant it SELECT on the warehouse schemas`,
    );
  }
  return SANDBOX_ROLE;
}

/**
 * User SQL on a client inside the sandbox's READ ONLY transaction: one statement per call (the
 * extended protocol refuses several), queries only, never a role or settings change; each statement in
 * a savepoint, so a refused one does not end the transaction for the next.
 */
export class PostgresSandboxSession implements ReadOnlySession {
  readonly kind = 'postgres' as const;
  private savepoints = 0;
  constructor(
    private readonly client: pg.PoolClient,
    readonly dialect: SqlDialect,
  ) {}

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    requireQuery(sql, QUERY_KEYWORDS);
    const forbidden = FORBIDDEN_FUNCTIONS.exec(sql)?.[1];
    if (forbidden) throw new SandboxError('GGM-E001', `the sandbox does not run ${forbidden}()`);
    const savepoint = `ggm_sandbox_${++this.savepoints}`;
    await this.client.query(`SAVEPOINT ${savepoint}`);
    try {
      const result = await this.client.query({
        text: sql,
        values: params.map(toPgParam),
        queryMode: 'extended',
      } as pg.QueryConfig);
      await this.client.query(`RELEASE SAVEPOINT ${savepoint}`);
      return result.rows as T[];
    } catch (error) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      const code = (error as { code?: string }).code;
      if (code && REFUSAL_CODES.has(code))
        throw new SandboxError('GGM-E001', `the sandbox refused the statement: ${firstLine(error)}`);
      throw error;
    }
  }
}

/**
 * A long-lived sandbox on one dedicated connection: every query runs alone in its own READ ONLY
 * transaction (always rolled back) as the sandbox role when needed, so it sees committed data and can
 * change nothing; queries on the session run one after another. The connection is never pooled again.
 */
export class PostgresLongSandboxSession implements SandboxSession {
  readonly kind = 'postgres' as const;
  closed = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: pg.PoolClient,
    readonly dialect: SqlDialect,
    private readonly role: string | undefined,
  ) {
    client.on('error', () => {
      this.closed = true;
    });
  }

  async query<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    requireQuery(sql, QUERY_KEYWORDS);
    const forbidden = FORBIDDEN_FUNCTIONS.exec(sql)?.[1];
    if (forbidden) throw new SandboxError('GGM-E001', `the sandbox does not run ${forbidden}()`);
    if (this.closed) throw new SandboxError('GGM-E002', 'the sandbox session is closed');
    const run = this.queue.then(() => this.run<T>(sql, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<T extends Row>(sql: string, params: readonly SqlParam[]): Promise<T[]> {
    await this.client.query(
      `BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ ONLY${this.role ? `; SET LOCAL ROLE ${this.role}` : ''}`,
    );
    try {
      const result = await this.client.query({
        text: sql,
        values: params.map(toPgParam),
        queryMode: 'extended',
      } as pg.QueryConfig);
      return result.rows as T[];
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && REFUSAL_CODES.has(code))
        throw new SandboxError('GGM-E001', `the sandbox refused the statement: ${firstLine(error)}`);
      throw error;
    } finally {
      await this.client.query('ROLLBACK').catch(() => {
        this.closed = true;
      });
    }
  }

  private released = false;

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    if (this.released) return;
    this.released = true;
    // the connection user SQL ran on is closed, never handed to the pool again
    this.client.release(true);
  }
}
