// The one place a stored line becomes LDV records. A line is either one record (canonical JSON with its
// chain fields) or a grouped line: an operation and its data subjects (see operation-records.ts), which
// reads back as the operation's record and one child record per subject, the records a log of one
// record per line held before grouped lines were written. Logs may mix both.
import type { LdvRecord } from './ldv-record.js';
import { readLogLines, type LogLine } from './log-lines.js';
import { isPseudonym, storedChildRecord } from './operation-records.js';
import { computeRecordHash, isLdvRecord } from './record-chain.js';
import { isSpanId } from './trace-context.js';

/** The records of one line and its link in the hash chain. */
export interface LogEntry {
  /** The sequence of the line's first record (an operation's own) and of its last. */
  readonly first: number;
  readonly last: number;
  readonly previousHash: string;
  readonly hash: string;
  /** Records the line holds: 1, or 1 + the subjects of a grouped line. */
  readonly count: number;
  /** True for a grouped line (an operation with its subjects). */
  readonly grouped: boolean;
  /** Record `index` of the line (0: the line's own record), built on demand. */
  record(index: number): LdvRecord;
  /** All of the line's records, in sequence order. */
  records(): LdvRecord[];
  /** The pseudonymised subject ids the line names, in its records' order. */
  subjectIds(): readonly string[];
  /** Whether the line's content matches its hash. */
  intact(): boolean;
}

type GroupedLine = Omit<LdvRecord, 'dataSubjects'> & { subjects: [string, string][] };

class SingleEntry implements LogEntry {
  readonly count = 1;
  readonly grouped = false;
  constructor(private readonly value: LdvRecord) {}
  get first(): number {
    return this.value.sequence;
  }
  get last(): number {
    return this.value.sequence;
  }
  get previousHash(): string {
    return this.value.previousHash;
  }
  get hash(): string {
    return this.value.hash;
  }
  record(): LdvRecord {
    return this.value;
  }
  records(): LdvRecord[] {
    return [this.value];
  }
  subjectIds(): readonly string[] {
    return this.value.dataSubjects.map((s) => s.id);
  }
  intact(): boolean {
    return computeRecordHash(this.value) === this.value.hash;
  }
}

class GroupedEntry implements LogEntry {
  readonly grouped = true;
  private own: LdvRecord | undefined;
  constructor(private readonly value: GroupedLine) {}
  get first(): number {
    return this.value.sequence;
  }
  get last(): number {
    return this.value.sequence + this.value.subjects.length;
  }
  get count(): number {
    return 1 + this.value.subjects.length;
  }
  get previousHash(): string {
    return this.value.previousHash;
  }
  get hash(): string {
    return this.value.hash;
  }
  record(index: number): LdvRecord {
    if (this.own === undefined) {
      // the operation's record: the line without `subjects`, with its empty dataSubjects in key order
      const { subjects: _subjects, actor, ...rest } = this.value;
      this.own = { actor, dataSubjects: [], ...rest };
    }
    if (index === 0) return this.own;
    const [id, spanId] = this.value.subjects[index - 1]!;
    return storedChildRecord(this.own, id, spanId, index - 1);
  }
  records(): LdvRecord[] {
    return Array.from({ length: this.count }, (_, i) => this.record(i));
  }
  subjectIds(): readonly string[] {
    return this.value.subjects.map(([id]) => id);
  }
  intact(): boolean {
    return computeRecordHash(this.value as unknown as LdvRecord) === this.value.hash;
  }
}

function isGroupedLine(value: unknown): value is GroupedLine {
  const v = value as Partial<GroupedLine> & { dataSubjects?: unknown };
  if (typeof v !== 'object' || v === null || !Array.isArray(v.subjects) || v.subjects.length === 0)
    return false;
  if (v.dataSubjects !== undefined || !isLdvRecord({ ...v, dataSubjects: [] })) return false;
  return v.subjects.every(
    (s: unknown) => Array.isArray(s) && s.length === 2 && isPseudonym(s[0]) && isSpanId(s[1]),
  );
}

/** The entry a stored line holds, or undefined when it is not one (unreadable, or fields missing). */
export function parseLogLine(text: string): LogEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isGroupedLine(value)) return new GroupedEntry(value);
  const record = value as { subjects?: unknown };
  // a line with `subjects` that is not a well-formed group is not a record either
  if (isLdvRecord(value) && record.subjects === undefined) return new SingleEntry(value);
  return undefined;
}

/** The log's lines as a stream, each with its entry (absent for a cut-off or unreadable line). */
export async function* readLogEntries(path: string): AsyncGenerator<{ line: LogLine; entry?: LogEntry }> {
  for await (const line of readLogLines(path)) {
    const entry = line.complete ? parseLogLine(line.text) : undefined;
    yield entry ? { line, entry } : { line };
  }
}
