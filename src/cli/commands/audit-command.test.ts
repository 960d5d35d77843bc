// `ggm audit …` through the built CLI in a child process, so BSNs really come on standard input.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, defaultAuditLogPath, type LdvRecord, type OtlpTraceRequest } from '../../audit/index.js';
import { sampleInput } from '../../audit/audit-test-support.js';
import { perSubjectRecords } from '../../audit/subject-records.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const GGM = join(ROOT, 'bin', 'ggm.js');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'commands', 'audit-command.js'));
const KEY = randomBytes(32);
const PERSON = '111222333';
const OTHER = '123456782';

function ggm(
  args: string[],
  stdin = '',
  env: Record<string, string | undefined> = { GGM_KEY_AUDIT: KEY.toString('hex') },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const { GGM_KEY_AUDIT: _drop, ...base } = process.env;
    const child = spawn(process.execPath, [GGM, ...args], { env: { ...base, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe.skipIf(!BUILT)('ggm audit (built CLI)', () => {
  let root: string;
  let dir: string;
  let log: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ggm-cli-audit-'));
    dir = join(root, 'gemeente');
    expect((await ggm(['init', dir])).code).toBe(0);
    log = defaultAuditLogPath(dir);
    const writer = await AuditLog.open(log);
    // as the server writes them: per operation its record, then one child record per data subject;
    // stored one line per record (as before grouped lines, even operations) or as one grouped line (odd)
    for (let i = 0; i < 12; i++) {
      const { dataSubjects: _none, ...operation } = sampleInput(i, [], KEY);
      const about = i % 4 === 0 ? [PERSON, OTHER] : i % 2 === 0 ? [PERSON] : [OTHER];
      const subjects = sampleInput(i, about, KEY).dataSubjects;
      if (i % 2 === 0) await writer.appendAll(perSubjectRecords(operation, subjects));
      else
        await writer.appendOperation(
          operation,
          subjects.map((s) => s.id),
        );
    }
    await writer.append({
      ...sampleInput(12, [PERSON], KEY),
      outcome: 'denied',
      detail: 'GGM-G201 no purpose',
    });
    await writer.close();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('verify: an intact log exits 0', async () => {
    const r = await ggm(['audit', 'verify', '-p', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('up to record 27, checked against head 27: intact');
    const head = /head (27:[0-9a-f]{64})/.exec(r.stdout)![1]!;
    const expected = await ggm(['audit', 'verify', '-p', dir, '--expect', head]);
    expect(expected.code).toBe(0);
    const wrongHead = await ggm(['audit', 'verify', '-p', dir, '--expect', `28:${'a'.repeat(64)}`]);
    expect(wrongHead.code).toBe(1);
    expect(wrongHead.stderr).toContain('GGM-A008');
  });

  it('subject: lists exactly that person’s processings, never printing the BSN', async () => {
    const r = await ggm(['audit', 'subject', '-p', dir], `${PERSON}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Verwerkingen voor BSN ******333: 7');
    expect(r.stdout).toContain('geweigerd');
    expect(r.stdout).toContain('wmo-consulent');
    expect(r.stdout + r.stderr).not.toContain(PERSON);
    const json = await ggm(['audit', 'subject', '-p', dir, '--json'], `${PERSON}\n1234.56.782\n`);
    expect(json.code).toBe(0);
    const answer = JSON.parse(json.stdout) as {
      intact: boolean;
      subjects: { bsn: string; records: LdvRecord[] }[];
    };
    expect(answer.intact).toBe(true);
    // the child records (operations 0–11 take 2 or 3 records each; 27 is the refused one)
    expect(answer.subjects.map((s) => s.records.map((r) => r.sequence))).toEqual([
      [1, 6, 10, 15, 19, 24, 27],
      [2, 4, 8, 11, 13, 17, 20, 22, 26],
    ]);
    const children = answer.subjects[0]!.records.slice(0, -1);
    expect(children.every((r) => r.dataSubjects.length === 1 && r.parentSpanId !== undefined)).toBe(true);
  });

  it('subject: refuses a BSN in argv and a wrong BSN on stdin without repeating them', async () => {
    const argv = await ggm(['audit', 'subject', '-p', dir, PERSON]);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toContain('never accepted on the command line');
    expect(argv.stderr).not.toContain(PERSON);
    const asOption = await ggm(['audit', 'subject', '-p', '111.222.333']);
    expect(asOption.code).toBe(2);
    expect(asOption.stderr).toContain('never accepted on the command line');
    const wrong = await ggm(['audit', 'subject', '-p', dir], `${PERSON}\n123456789\n`);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('line 2 of standard input is not a valid BSN');
    expect(wrong.stderr).not.toContain('123456789');
    const none = await ggm(['audit', 'subject', '-p', dir], '\n');
    expect(none.code).toBe(2);
  });

  it('subject in production without the audit key is GGM-A102', async () => {
    // `ggm init` writes a development governance.yaml (keys generated on demand): production is asked for
    const r = await ggm(['audit', 'subject', '-p', dir, '--mode', 'production'], `${PERSON}\n`, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-A102');
    expect(r.stderr).toContain('GGM_KEY_AUDIT');
  });

  it('subject takes the key name and mode from governance.yaml', async () => {
    await writeFile(join(dir, 'governance.yaml'), 'mode: development\naudit_key: inzage\n');
    try {
      const named = await ggm(['audit', 'subject', '-p', dir, '--json'], `${PERSON}\n`, {
        GGM_KEY_INZAGE: KEY.toString('base64'),
      });
      expect(named.stderr).toBe('');
      expect(
        (JSON.parse(named.stdout) as { subjects: { records: unknown[] }[] }).subjects[0]!.records,
      ).toHaveLength(7);
      // development: a missing key is generated (so nothing matches), never an error
      const fresh = await ggm(['audit', 'subject', '-p', dir], `${PERSON}\n`, {});
      expect(fresh.code).toBe(0);
      expect(fresh.stdout).toContain('Verwerkingen voor BSN ******333: 0');
      expect(existsSync(join(dir, '.ggm', 'keys', 'inzage.key'))).toBe(true);
      const forced = await ggm(['audit', 'subject', '-p', dir, '--mode', 'production'], `${PERSON}\n`, {});
      expect(forced.code).toBe(0);
    } finally {
      await rm(join(dir, 'governance.yaml'));
    }
  });

  it('export: OTLP/JSON lines, the operation span with a child span per data subject', async () => {
    const out = join(root, 'ldv.otlp.jsonl');
    const r = await ggm(['audit', 'export', '-p', dir, '--out', out, '--batch', '5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('exported 28 record(s)');
    const requests = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OtlpTraceRequest);
    expect(requests).toHaveLength(6);
    const spans = requests.flatMap((q) => q.resourceSpans[0]!.scopeSpans[0]!.spans);
    expect(spans).toHaveLength(28); // one span per record: 12 operations, 15 children, 1 refusal
    const [operation, first, second] = spans;
    expect([first!.parentSpanId, second!.parentSpanId]).toEqual([operation!.spanId, operation!.spanId]);
    const subjectOf = (s: (typeof spans)[number] | undefined) =>
      s!.attributes.filter((a) => a.key === 'dpl.core.data_subject_id').length;
    expect([operation, first, second].map(subjectOf)).toEqual([0, 1, 1]);
    expect(spans.every((s) => !s.attributes.some((a) => a.key === 'ggm.actor.user'))).toBe(true);
  });

  it('verify: a changed record exits 1 naming line and code', async () => {
    const text = await readFile(log, 'utf8');
    await writeFile(log, text.replace('medewerker-2', 'medewerker-0'));
    const r = await ggm(['audit', 'verify', '-p', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error GGM-A001 at .*ldv\.jsonl, line 5: record 5 was changed/);
    expect(r.stdout).toContain('NOT intact');
    await writeFile(log, text);
  });
});
