import type { Row, SqlParam } from '../engine.js';
import { firstKeyword } from '../sandbox-sql.js';
import { CloudEngineError, type CloudConnection } from './cloud-platform.js';

const DDL = new Set(['create', 'drop', 'alter']);
/** Statements that only read: they need no open transaction (every platform here reads committed data). */
const READS = new Set(['select', 'with', 'values', 'show', 'describe', 'explain']);

/** Whether a statement defines objects (and so commits an open transaction on some platforms). */
export function isDdl(sql: string): boolean {
  return DDL.has(firstKeyword(sql));
}

/**
 * The statements of one transaction on one connection. With transactional DDL they run in order between
 * BEGIN and COMMIT. Without (Snowflake commits an open transaction before any DDL), BEGIN waits for the
 * first change (reads before it see committed data either way), so the DDL before it (stage tables, `IF NOT EXISTS` tables) runs on
 * its own; a `DROP` after it waits for the COMMIT; any other DDL after it is refused (GGM-R102), because
 * it would commit half the work.
 */
export class TransactionStatements {
  private begun = false;
  private readonly afterCommit: string[] = [];

  constructor(
    private readonly connection: CloudConnection,
    private readonly sql: { begin: string; commit: string; rollback: string },
    private readonly transactionalDdl: boolean,
  ) {}

  async execute(sql: string, params: readonly SqlParam[]): Promise<number> {
    return (await this.run(sql, params)).changed;
  }

  async query(sql: string, params: readonly SqlParam[]): Promise<Row[]> {
    return (await this.run(sql, params)).rows;
  }

  /** Opens the transaction when it is not open yet. */
  async begin(): Promise<void> {
    if (this.begun) return;
    await this.connection.run(this.sql.begin);
    this.begun = true;
  }

  async commit(): Promise<void> {
    if (this.begun) await this.connection.run(this.sql.commit);
    this.begun = false;
    for (const drop of this.afterCommit.splice(0)) await this.connection.run(drop);
  }

  async rollback(): Promise<void> {
    this.afterCommit.length = 0;
    if (this.begun) await this.connection.run(this.sql.rollback);
    this.begun = false;
  }

  private async run(sql: string, params: readonly SqlParam[]) {
    if (!this.transactionalDdl && isDdl(sql)) {
      if (!this.begun) return this.connection.run(sql, params);
      if (firstKeyword(sql) === 'drop') {
        this.afterCommit.push(sql);
        return { rows: [], changed: 0 };
      }
      throw new CloudEngineError(
        'GGM-R102',
        `DDL after the first change of a transaction would commit it implicitly: ${sql.trim().split('\n')[0]}`,
      );
    }
    if (this.begun || this.transactionalDdl || !READS.has(firstKeyword(sql))) await this.begin();
    return this.connection.run(sql, params);
  }

  /** Whether a read may run without opening the transaction (so DDL may still follow it). */
  readsOutside(): boolean {
    return !this.begun && !this.transactionalDdl;
  }
}
