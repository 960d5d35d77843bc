// A writer in a child process is killed (SIGKILL) while 64 callers append: every append it confirmed
// must be on disk, and the log must verify and reopen. Runs the built code (dist/, `npm run build`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import type { LdvRecord } from './ldv-record.js';
import { sampleInput } from './audit-test-support.js';
import { verifyAuditLog } from './verify-audit-log.js';

const DIST_AUDIT = resolve(import.meta.dirname, '..', '..', 'dist', 'audit', 'index.js');

const WRITER = `
import { randomBytes } from 'node:crypto';
const { AuditLog } = await import(process.argv[2]);
const log = await AuditLog.open(process.argv[3]);
process.stdout.write('open\\n');
let n = 0;
const input = () => {
  const i = n++;
  return {
    traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex'),
    name: 'GET /api/v1/klassen/Client/' + i, startTime: Date.now(), endTime: Date.now(), statusCode: 0,
    processingActivityId: 'https://register.example.nl/verwerkingen/1',
    dataSubjects: [{ id: randomBytes(32).toString('hex'), type: 'BSN' }],
    actor: { user: 'u', roles: ['r'] }, outcome: 'allowed',
  };
};
const worker = async () => {
  for (;;) {
    const r = await log.append(input());
    process.stdout.write('ack ' + r.sequence + ' ' + r.hash + '\\n');
  }
};
for (let w = 0; w < 64; w++) void worker();
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the writer, kills it after `acks` confirmed appends, and returns what it confirmed. */
function killWriterAfter(
  path: string,
  acks: number,
  whileWriting?: (pid: number) => Promise<void>,
): Promise<Map<number, string>> {
  return new Promise((done, fail) => {
    const script = join(dir, 'writer.mjs');
    const confirmed = new Map<number, string>();
    void writeFile(script, WRITER).then(() => {
      const child = spawn(process.execPath, [script, pathToFileURL(DIST_AUDIT).href, path], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let buffered = '';
      let errors = '';
      let during: Promise<void> | undefined;
      child.stderr.on('data', (b: Buffer) => (errors += b.toString()));
      child.stdout.on('data', (b: Buffer) => {
        buffered += b.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          const [word, sequence, hash] = line.split(' ');
          if (word === 'ack') confirmed.set(Number(sequence), hash!);
          if (word === 'open' && whileWriting) during = whileWriting(child.pid!);
        }
        if (confirmed.size >= acks) void (during ?? Promise.resolve()).finally(() => child.kill('SIGKILL'));
      });
      child.on('close', (_code, signal) => {
        if (signal !== 'SIGKILL') fail(new Error(`the writer ended without being killed: ${errors}`));
        else void (during ?? Promise.resolve()).then(() => done(confirmed), fail);
      });
    }, fail);
  });
}

describe.skipIf(!existsSync(DIST_AUDIT))('audit log durability (built code, child process)', () => {
  it('a second writer is refused; every confirmed append survives SIGKILL; the log verifies; the next writer takes over the stale lock', async () => {
    const path = join(dir, 'audit', 'ldv.jsonl');
    // while the child writes, a second writer (this process) is refused, naming the child
    let refused = false;
    const refusal = async (pid: number) => {
      const error = (await AuditLog.open(path).catch((e: unknown) => e)) as Error & { code?: string };
      expect(error.code).toBe('GGM-A111');
      expect(error.message).toContain(`process ${pid} on`);
      refused = true;
    };
    const confirmed = await killWriterAfter(path, 1500, refusal);
    expect(refused).toBe(true);
    expect(confirmed.size).toBeGreaterThanOrEqual(1500);
    const onDisk = new Map(
      (await readFile(path, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LdvRecord)
        .map((r) => [r.sequence, r.hash]),
    );
    for (const [sequence, hash] of confirmed) expect(onDisk.get(sequence)).toBe(hash);
    expect(onDisk.size).toBeGreaterThanOrEqual(confirmed.size);
    expect(existsSync(`${path}.lock`)).toBe(true);
    const verdict = await verifyAuditLog(path);
    expect(verdict.problems.filter((p) => p.severity === 'error')).toEqual([]);

    // a kill inside a write leaves a cut-off line: simulate one, then reopen
    const sizeBefore = (await stat(path)).size;
    await appendFile(path, '{"actor":{"roles":["r"],"user":"u"},"da');
    expect((await verifyAuditLog(path)).problems.map((p) => p.code)).toContain('GGM-A007');
    const log = await AuditLog.open(path);
    expect(log.repairedTornTail).toMatchObject({ offset: sizeBefore });
    const next = await log.append(sampleInput(0));
    await log.close();
    expect(next.sequence).toBe(Math.max(...onDisk.keys()) + 2);
    const after = await verifyAuditLog(path);
    expect(after.ok).toBe(true);
    expect(after.problems.map((p) => p.code)).toEqual(['GGM-A010']);
  });
});
