// The Logboek Dataverwerkingen as an append-only, hash-chained JSONL file with group commit: appends
// that arrive while a write is in flight go together in the next write and fsync, and each promise
// resolves only once its record is on disk.
import { constants, existsSync } from 'node:fs';
import { mkdir, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AuditError } from './audit-error.js';
import type { LdvRecord, LdvRecordInput } from './ldv-record.js';
import { LineBuffer } from './line-buffer.js';
import { readFully, readLogTail } from './log-lines.js';
import { chainOperation, checkOperation, type CheckedOperation } from './operation-records.js';
import { parseLogLine } from './log-records.js';
import { chainCheckedRecord, checkRecordInput, GENESIS_HASH, REPAIR_RECORD_NAME } from './record-chain.js';
import { newSpanId, newTraceId } from './trace-context.js';
import { acquireWriterLock } from './writer-lock.js';

/** `<project>/.ggm/audit/ldv.jsonl`: outside the warehouse, next to the project's keys. */
export function defaultAuditLogPath(projectDir: string): string {
  return join(projectDir, '.ggm', 'audit', 'ldv.jsonl');
}

/** The head anchor next to a log: the last committed sequence and hash (see docs/audit.md). */
export function headPathOf(logPath: string): string {
  return `${logPath}.head`;
}

export interface ChainHead {
  /** -1 for an empty log. */
  sequence: number;
  hash: string;
}

/** What open did about a last line that a crash cut off. */
export interface TornTailRepair {
  /** Where the cut-off line started, and its length in bytes. */
  offset: number;
  bytes: number;
  /** The removed bytes, kept for inspection. */
  savedTo: string;
  /** The repair record appended to say so. */
  record: LdvRecord;
}

export interface AuditLogOptions {
  /** At most this many records per write and fsync (default 4096; one larger append still goes whole). */
  maxBatch?: number;
}

/** The records of one append: they go into the same write and fsync. */
type Pending = {
  /** Records in this append. */
  size: number;
  reject: (error: Error) => void;
} & (
  | { inputs: LdvRecordInput[]; resolve: (records: LdvRecord[]) => void }
  | { operation: CheckedOperation; resolve: (range: AppendedRange) => void }
);

/** The sequences an operation's records took: `first` is the operation's own record. */
export interface AppendedRange {
  first: number;
  last: number;
}

const HEAD_BYTES = 160;

export class AuditLog {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private failure: AuditError | undefined;
  private closed = false;
  private tornTailRepair: TornTailRepair | undefined;
  private commits = 0;
  private committed = 0;
  /** The bytes of the batch being written (reused: one batch at a time). */
  private readonly lines = new LineBuffer();

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    private readonly headFile: FileHandle,
    private readonly release: () => Promise<void>,
    private last: ChainHead,
    private readonly maxBatch: number,
  ) {}

  /**
   * Opens (or creates) the log for appending: takes the writer lock (GGM-A111 if another process has
   * it), finds the chain's tail from the end of the file, and repairs a torn last line (see
   * `repairedTornTail`). Refuses a log whose last record is damaged (GGM-A112) or that is shorter than
   * its head anchor (GGM-A113).
   */
  static async open(logPath: string, options: AuditLogOptions = {}): Promise<AuditLog> {
    const path = resolve(logPath);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const release = await acquireWriterLock(`${path}.lock`, path);
    let file: FileHandle | undefined;
    let headFile: FileHandle | undefined;
    try {
      const created = !existsSync(path);
      file = await open(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT, 0o600);
      // a new file's name is only durable once its folder is synced
      if (created) await syncFolder(dirname(path));
      const size = (await file.stat()).size;
      const tail = await readLogTail(file, size);
      const last = lastRecordOf(path, tail.lastLine);
      await checkAgainstHead(path, last);
      let torn: { offset: number; bytes: number; savedTo: string } | undefined;
      if (tail.end < size) torn = await cutTornTail(path, file, tail.end, size);
      headFile = await open(headPathOf(path), constants.O_RDWR | constants.O_CREAT, 0o600);
      const log = new AuditLog(path, file, headFile, release, last, options.maxBatch ?? 4096);
      if (torn) {
        const record = await log.append(repairInput(torn));
        log.tornTailRepair = { ...torn, record };
      }
      return log;
    } catch (error) {
      await file?.close().catch(() => undefined);
      await headFile?.close().catch(() => undefined);
      await release();
      throw error;
    }
  }

  /** The last committed record's sequence and hash. */
  get head(): ChainHead {
    return { ...this.last };
  }

  /** Writes-with-fsync done and records they carried since open: records / commits is the batching. */
  get stats(): { commits: number; records: number } {
    return { commits: this.commits, records: this.committed };
  }

  /** Set when open found a cut-off last line, truncated it and appended a repair record. */
  get repairedTornTail(): TornTailRepair | undefined {
    return this.tornTailRepair;
  }

  /**
   * Chains the record and resolves once it is written and fsynced (with whatever else arrived
   * meanwhile). Rejects with GGM-A110 for bad input, GGM-A114 once a write has failed (the log then
   * refuses everything: a caller must not send personal data it could not log), GGM-A115 after close.
   */
  append(input: LdvRecordInput): Promise<LdvRecord> {
    return this.appendAll([input]).then((records) => records[0]!);
  }

  /**
   * Appends the records of one operation (e.g. a request and a record per data subject) in order, in one
   * write and fsync, and resolves once all are durable. All or nothing: one bad input (GGM-A110) refuses
   * them all.
   */
  appendAll(inputs: readonly LdvRecordInput[]): Promise<LdvRecord[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed)
      return Promise.reject(new AuditError('GGM-A115', `the audit log ${this.path} is closed`));
    let checked: LdvRecordInput[];
    try {
      checked = inputs.map(checkRecordInput);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (checked.length === 0) return Promise.resolve([]);
    return new Promise<LdvRecord[]>((resolve, reject) => {
      this.enqueue({ inputs: checked, size: checked.length, resolve, reject });
    });
  }

  /**
   * Appends an operation on personal data and one child record per data subject (pseudonyms, each
   * once): the records `appendAll(perSubjectRecords(operation, subjects))` appends, stored as one
   * grouped line with one hash (operation-records.ts; readers expand it, log-records.ts), without a
   * record object per subject (the server's path: a page of 50 rows is 51 records in one line).
   * Resolves with their sequences once durable (written and fsynced); all or nothing (GGM-A110).
   */
  appendOperation(
    operation: Omit<LdvRecordInput, 'dataSubjects'>,
    subjects: readonly string[],
  ): Promise<AppendedRange> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed)
      return Promise.reject(new AuditError('GGM-A115', `the audit log ${this.path} is closed`));
    let checked: CheckedOperation;
    try {
      checked = checkOperation(operation, subjects);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return new Promise<AppendedRange>((resolve, reject) => {
      this.enqueue({ operation: checked, size: 1 + checked.subjects.length, resolve, reject });
    });
  }

  private enqueue(pending: Pending): void {
    this.queue.push(pending);
    // wait for this turn of the event loop, so appends made together share one write
    this.flushing ??= new Promise<void>((done) => setImmediate(done)).then(() => this.flush());
  }

  /** Waits for pending appends, then releases the file and the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    await this.file.close();
    await this.headFile.close();
    await this.release();
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.failure) {
        const batch = this.takeBatch();
        let { sequence, hash } = this.last;
        this.lines.reset();
        const lines = this.lines;
        const results = batch.map((item): LdvRecord[] | AppendedRange => {
          if ('operation' in item) {
            const first = sequence + 1;
            ({ sequence, hash } = chainOperation(item.operation, sequence, hash, lines));
            return { first, last: sequence };
          }
          return item.inputs.map((input) => {
            const chained = chainCheckedRecord(input, ++sequence, hash);
            hash = chained.record.hash;
            lines.text(`${chained.line}\n`);
            return chained.record;
          });
        });
        try {
          await writeAll(this.file, lines.view());
          await this.file.datasync();
        } catch (error) {
          this.fail(error as Error, batch);
          return;
        }
        this.last = { sequence, hash };
        this.commits++;
        this.committed += batch.reduce((n, item) => n + item.size, 0);
        // durable now: answer before the head anchor's write (never synced; it may lag the log)
        batch.forEach((item, i) => (item.resolve as (value: unknown) => void)(results[i]));
        try {
          await this.writeHead();
        } catch (error) {
          // the batch is durable; only the anchor is behind, so later appends are refused, not these
          this.fail(error as Error, []);
        }
      }
    } finally {
      this.flushing = undefined;
      if (this.queue.length > 0 && !this.failure) this.flushing = this.flush();
    }
  }

  /** Whole appends from the queue, up to maxBatch records (at least one append, however large). */
  private takeBatch(): Pending[] {
    let records = 0;
    let count = 0;
    while (count < this.queue.length) {
      const size = this.queue[count]!.size;
      if (count > 0 && records + size > this.maxBatch) break;
      records += size;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private fail(error: Error, batch: Pending[]): void {
    this.failure = new AuditError(
      'GGM-A114',
      `the audit log ${this.path} could not be written (${error.message}); it refuses further appends until reopened`,
    );
    for (const item of [...batch, ...this.queue.splice(0)]) item.reject(this.failure);
  }

  /** A fixed-size line written in place: one small write, never a half-old half-new anchor. */
  private async writeHead(): Promise<void> {
    const text = JSON.stringify(this.last).padEnd(HEAD_BYTES - 1, ' ') + '\n';
    await this.headFile.write(Buffer.from(text, 'utf8'), 0, HEAD_BYTES, 0);
  }
}

async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(file: FileHandle, buffer: Buffer): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesWritten } = await file.write(buffer, done, buffer.length - done, null);
    done += bytesWritten;
  }
}

function lastRecordOf(path: string, line: string | undefined): ChainHead {
  if (line === undefined) return { sequence: -1, hash: GENESIS_HASH };
  const entry = parseLogLine(line);
  if (!entry?.intact()) {
    throw new AuditError(
      'GGM-A112',
      `the last record of the audit log ${path} is damaged; nothing is appended to it: run \`ggm audit verify\``,
    );
  }
  // a grouped line ends at its last subject's record
  return { sequence: entry.last, hash: entry.hash };
}

/** The head can lag the log (a crash between the two writes) but never lead it. */
async function checkAgainstHead(path: string, last: ChainHead): Promise<void> {
  const head = await readHead(path);
  if (!head) return;
  if (head.sequence > last.sequence || (head.sequence === last.sequence && head.hash !== last.hash)) {
    throw new AuditError(
      'GGM-A113',
      `the audit log ${path} ends at sequence ${last.sequence} but its head anchor records ${head.sequence}: ` +
        'records were removed or replaced; nothing is appended. Run `ggm audit verify` and restore the log',
    );
  }
}

/** The head anchor of a log, or undefined when there is none (GGM-A011 when it is unreadable). */
export async function readHead(logPath: string): Promise<ChainHead | undefined> {
  let text: string;
  try {
    text = await readFile(headPathOf(logPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as Partial<ChainHead>;
    if (Number.isSafeInteger(value.sequence) && typeof value.hash === 'string') {
      return { sequence: value.sequence!, hash: value.hash };
    }
  } catch {
    // falls through to the error below
  }
  throw new AuditError('GGM-A011', `the head anchor ${headPathOf(logPath)} is unreadable`);
}

async function cutTornTail(
  path: string,
  file: FileHandle,
  end: number,
  size: number,
): Promise<{ offset: number; bytes: number; savedTo: string }> {
  const torn = Buffer.alloc(size - end);
  await readFully(file, torn, end);
  const savedTo = `${path}.torn-${end}-${Date.now()}`;
  await writeFile(savedTo, torn, { mode: 0o600 });
  await file.truncate(end);
  await file.datasync();
  return { offset: end, bytes: torn.length, savedTo };
}

function repairInput(torn: { offset: number; bytes: number; savedTo: string }): LdvRecordInput {
  const now = Date.now();
  return {
    traceId: newTraceId(),
    spanId: newSpanId(),
    name: REPAIR_RECORD_NAME,
    startTime: now,
    endTime: now,
    statusCode: 0,
    dataSubjects: [],
    actor: { user: 'ggm', roles: [] },
    outcome: 'allowed',
    detail:
      `GGM-A010 a cut-off last line of ${torn.bytes} bytes at byte ${torn.offset} was removed on open ` +
      `(an append that was never confirmed); its bytes are kept in ${torn.savedTo}`,
  };
}
