// Checks an audit log's hash chain as a stream and names every changed, removed, inserted, reordered
// or cut-off record with a GGM-A0xx code, its line and its sequence. The chain links lines: a line holds
// one record or an operation with its subjects (sequences first … last, see operation-records.ts), and
// the next line starts at last + 1 and links to the line's hash.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { AuditError } from './audit-error.js';
import { readHead, type ChainHead } from './audit-log.js';
import { readLogEntries } from './log-records.js';
import { GENESIS_HASH, REPAIR_RECORD_NAME } from './record-chain.js';

export interface AuditProblem extends Diagnostic {
  /** The sequence the problem is about, when known. */
  sequence?: number;
}

export interface VerifyResult {
  /** No error found (warnings, such as a repaired torn tail, do not count). */
  ok: boolean;
  /** Lines read, including unreadable ones. */
  lines: number;
  /** The last record in the chain as read, if any. */
  last?: ChainHead;
  /** The anchor checked against (the head file or the one given), if any. */
  anchor?: ChainHead;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  /**
   * What the log must reach: by default the head anchor next to the log (`<log>.head`), if present.
   * Without an anchor, records removed from the end cannot be told from a log that ends there.
   */
  anchor?: ChainHead | 'head-file' | 'none';
}

/** Sequences reported one by one before a gap is reported as a single range. */
const MAX_TRACKED_MISSING = 10_000;

export async function verifyAuditLog(path: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  try {
    await stat(path);
  } catch {
    throw new AuditError('GGM-A116', `there is no audit log at ${path}`);
  }
  const anchorOption = options.anchor ?? 'head-file';
  const anchor =
    anchorOption === 'none' ? undefined : anchorOption === 'head-file' ? await readHead(path) : anchorOption;
  const problems: AuditProblem[] = [];
  const problem = (
    code: string,
    line: number,
    message: string,
    sequence?: number,
    severity: 'error' | 'warning' = 'error',
  ) =>
    problems.push({
      code,
      severity,
      message,
      at: { file: path, line },
      ...(sequence !== undefined ? { sequence } : {}),
    });

  let expected = 0;
  let previousHash = GENESIS_HASH;
  let last: ChainHead | undefined;
  let anchorHashSeen: string | undefined;
  let unreadableRun = 0;
  let lastLine = 0;
  /** The first sequence of the last accepted line. */
  let lastFirst = -1;
  let hashBeforeLast = GENESIS_HASH;
  /** A second line claiming the last accepted line's place: if the chain continues from it, the first was the insertion. */
  let rival:
    { problem: AuditProblem; hash: string; first: number; end: number; acceptedLine: number } | undefined;
  let lines = 0;
  /** Sequences skipped over, with the line where the gap showed: removed, unless they turn up later. */
  const missing = new Map<number, number>();

  for await (const { line, entry } of readLogEntries(path)) {
    lines = line.lineNo;
    if (!line.complete) {
      // with a writer at work this may be the record being written right now: not an error yet
      const writing = existsSync(`${path}.lock`);
      problem(
        'GGM-A007',
        line.lineNo,
        `the last line (${Buffer.byteLength(line.text)} bytes at byte ${line.offset}) is cut off: an append that was never confirmed` +
          (writing
            ? ', or the one being written now (a writer holds the lock); the next writer removes a cut-off line and records a repair'
            : '; the next writer removes it and records a repair'),
        undefined,
        writing ? 'warning' : 'error',
      );
      break;
    }
    if (!entry) {
      problem('GGM-A002', line.lineNo, 'the line is not an audit record (unreadable or fields missing)');
      unreadableRun++;
      continue;
    }
    const s = entry.first;
    const e = entry.last;
    const label = e === s ? `record ${s}` : `the line of records ${s} to ${e}`;
    const intact = entry.intact();
    if (!intact)
      problem('GGM-A001', line.lineNo, `${label} was changed: its content does not match its hash`, s);
    const own = entry.record(0);
    if (own.name === REPAIR_RECORD_NAME && own.actor.user === 'ggm') {
      problem('GGM-A010', line.lineNo, `record ${s} notes a repair: ${own.detail ?? ''}`, s, 'warning');
    }
    if (
      rival &&
      s === rival.end + 1 &&
      entry.previousHash !== previousHash &&
      entry.previousHash === rival.hash
    ) {
      Object.assign(rival.problem, {
        at: { file: path, line: rival.acceptedLine },
        message: `the record at line ${rival.acceptedLine} claims sequence ${rival.first} but the chain continues from the one at line ${rival.problem.at?.line}: it was inserted`,
      });
    } else if (s === expected) {
      if (entry.previousHash !== previousHash && intact && unreadableRun === 0) {
        problem(
          'GGM-A005',
          line.lineNo,
          s === 0
            ? `${e === s ? 'record 0' : label} does not start the chain: records before it were removed or it was replaced`
            : `${label} does not link to record ${s - 1}: one of them was replaced (its hash recomputed)`,
          s,
        );
      }
    } else if (s > expected) {
      const gap = s - expected;
      // unreadable lines just before stood for at least one sequence each (a grouped line for several:
      // how many cannot be read from it); they are reported themselves (GGM-A002)
      const explained = unreadableRun > 0 && gap >= unreadableRun;
      if (!explained) {
        if (missing.size + gap <= MAX_TRACKED_MISSING) {
          for (let m = expected; m < s; m++) missing.set(m, line.lineNo);
        } else {
          problem(
            'GGM-A003',
            line.lineNo,
            `records ${expected} to ${s - 1} are missing before record ${s}`,
            expected,
          );
        }
      }
    } else {
      if (missing.has(s)) {
        for (let m = s; m <= e; m++) missing.delete(m);
        problem(
          'GGM-A004',
          line.lineNo,
          `${label} is out of order: it comes after record ${expected - 1}`,
          s,
        );
      } else {
        const problemCount = problem(
          'GGM-A006',
          line.lineNo,
          e === s
            ? `a record with sequence ${s} appears again after record ${expected - 1}: a record was inserted or duplicated`
            : `records with sequences ${s} to ${e} appear again after record ${expected - 1}: a line was inserted or duplicated`,
          s,
        );
        if (s === lastFirst && entry.previousHash === hashBeforeLast) {
          rival = {
            problem: problems[problemCount - 1]!,
            hash: entry.hash,
            first: s,
            end: e,
            acceptedLine: lastLine,
          };
          unreadableRun = 0;
          continue;
        }
      }
      rival = undefined;
      unreadableRun = 0;
      continue;
    }
    rival = undefined;
    unreadableRun = 0;
    expected = e + 1;
    hashBeforeLast = previousHash;
    previousHash = entry.hash;
    lastLine = line.lineNo;
    lastFirst = s;
    last = { sequence: e, hash: entry.hash };
    // the writer's anchor is always the end of a line
    if (anchor && e === anchor.sequence) anchorHashSeen = entry.hash;
  }

  for (const [from, to, line] of ranges(missing)) {
    problem(
      'GGM-A003',
      line,
      from === to ? `record ${from} is missing` : `records ${from} to ${to} are missing`,
      from,
    );
  }
  if (anchor && anchor.sequence >= 0) {
    const end = last?.sequence ?? -1;
    if (end < anchor.sequence) {
      problem(
        'GGM-A008',
        lines,
        `the log ends at record ${end} but its head anchor records ${anchor.sequence}: the last ${anchor.sequence - end} record(s) were removed`,
        end + 1,
      );
    } else if (anchorHashSeen !== anchor.hash) {
      problem(
        'GGM-A009',
        lines,
        `record ${anchor.sequence} differs from the head anchor: the log was rewritten from there or before`,
        anchor.sequence,
      );
    }
  }
  problems.sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0));
  return {
    ok: problems.every((p) => p.severity !== 'error'),
    lines,
    ...(last ? { last } : {}),
    ...(anchor ? { anchor } : {}),
    problems,
  };
}

/** Consecutive missing sequences as [from, to, line of the gap]. */
function ranges(missing: Map<number, number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const s of [...missing.keys()].sort((a, b) => a - b)) {
    const current = out[out.length - 1];
    if (current && current[1] === s - 1 && current[2] === missing.get(s)) current[1] = s;
    else out.push([s, s, missing.get(s)!]);
  }
  return out;
}
