import { constants } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuditLog,
  canonicalJson,
  newSpanId,
  newTraceId,
  pseudonymiseSubject,
  verifyAuditLog,
  type LdvRecord,
  type LdvRecordInput,
} from '../audit/index.js';
import { chainRecord, GENESIS_HASH } from '../audit/record-chain.js';
import { resultLine, round, trackPeakMemory } from './bench-util.js';

const KEY = Buffer.alloc(32, 1);

function input(i: number): LdvRecordInput {
  const now = Date.now();
  return {
    traceId: newTraceId(),
    spanId: newSpanId(),
    name: `GET /api/v1/klassen/Client/${i}/gegevens`,
    startTime: now,
    endTime: now,
    statusCode: 0,
    processingActivityId: 'https://register.voorbeeld.nl/verwerkingen/wmo-toewijzing/v3',
    dataSubjects: [{ id: pseudonymiseSubject(String(100000000 + (i % 5000)), KEY), type: 'BSN' }],
    actor: { user: `medewerker-${i % 40}`, roles: ['wmo-consulent'] },
    outcome: 'allowed',
  };
}

/** `callers` loops appending until `total` records are in; returns appends/s and latency percentiles. */
async function drive(
  append: (record: LdvRecordInput) => Promise<unknown>,
  total: number,
  callers: number,
): Promise<{ perSecond: number; p50: number; p99: number }> {
  let next = 0;
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < total) {
        const record = input(next++);
        const t = performance.now();
        await append(record);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
  return { perSecond: total / seconds, p50: at(0.5), p99: at(0.99) };
}

/** The same chained records written one at a time, each with its own write (and fsync when `durable`). */
async function oneByOne(
  path: string,
  durable: boolean,
): Promise<{ append: (record: LdvRecordInput) => Promise<LdvRecord>; close: () => Promise<void> }> {
  const file = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600);
  let sequence = -1;
  let previous = GENESIS_HASH;
  let tail = Promise.resolve();
  const append = (record: LdvRecordInput) => {
    const chained = chainRecord(record, ++sequence, previous);
    previous = chained.hash;
    // one writer: each append waits for the one before it, as a file without group commit must
    const done = tail.then(async () => {
      await file.write(`${canonicalJson(chained)}\n`);
      if (durable) await file.datasync();
    });
    tail = done;
    return done.then(() => chained);
  };
  return { append, close: () => tail.then(() => file.close()) };
}

/** Drives one baseline writer and closes its file. */
async function baseline(path: string, durable: boolean, total: number, callers: number) {
  const writer = await oneByOne(path, durable);
  const result = await drive(writer.append, total, callers);
  await writer.close();
  return result;
}

/**
 * `npm run bench -- audit [records] [callers]` (logs under GGM_BENCH_DIR or the temp folder): durable appends per second at 64 concurrent callers with
 * group commit, next to the same records appended durably one by one (one write and fsync each) and,
 * as a ceiling, one by one without fsync. Ratios are ours / baseline, higher is better.
 */
export async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 20_000);
  const callers = Number(args[1] ?? 64);
  // where the logs go matters: fsync costs what the file system makes it cost (GGM_BENCH_DIR, else tmp)
  const dir = await mkdtemp(join(process.env['GGM_BENCH_DIR'] ?? tmpdir(), 'ggm-audit-bench-'));
  console.log(`logs in ${dir}`);
  const memory = trackPeakMemory();
  try {
    const log = await AuditLog.open(join(dir, 'group.jsonl'));
    const ours = await drive((r) => log.append(r), total, callers);
    const { commits, records } = log.stats;
    await log.close();
    const verifyStart = performance.now();
    const verdict = await verifyAuditLog(join(dir, 'group.jsonl'));
    const verifyPerSecond = total / ((performance.now() - verifyStart) / 1000);
    if (!verdict.ok) throw new Error('the benchmark log does not verify');
    const slowTotal = Math.max(200, Math.floor(total / 10));
    const fsyncEach = await baseline(join(dir, 'fsync-each.jsonl'), true, slowTotal, callers);
    const noFsync = await baseline(join(dir, 'no-fsync.jsonl'), false, total, callers);
    const peakMb = round(memory.stop() / 1e6);
    console.log(
      `group commit: ${round(ours.perSecond, 0)} appends/s (${records} records in ${commits} fsyncs, ` +
        `${round(records / commits, 1)} per fsync), latency p50 ${ours.p50} ms p99 ${ours.p99} ms`,
    );
    console.log(
      `one fsync per append: ${round(fsyncEach.perSecond, 0)} appends/s (${slowTotal} records), p99 ${fsyncEach.p99} ms`,
    );
    console.log(`verify: ${round(verifyPerSecond, 0)} records/s`);
    console.log(`no fsync at all (not durable): ${round(noFsync.perSecond, 0)} appends/s`);
    console.log(
      resultLine(
        'audit',
        'durable_appends_per_s',
        ours.perSecond,
        fsyncEach.perSecond,
        {
          callers,
          records: total,
          per_fsync: round(records / commits, 1),
          p99_ms: ours.p99,
          no_fsync_per_s: round(noFsync.perSecond, 0),
          vs_no_fsync: round(ours.perSecond / noFsync.perSecond, 3),
          verify_per_s: round(verifyPerSecond, 0),
          peak_mb: peakMb,
        },
        'higher-is-better',
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
