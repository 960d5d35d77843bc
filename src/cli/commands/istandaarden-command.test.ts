import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { Io } from '../output.js';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function run(...args: string[]) {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('ggm istandaarden', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-istd-cli-'));
    const g = await run('istandaarden', 'generate', '--out', dir, '--seed', '42', '--clients', '120');
    expect(g.code).toBe(0);
    expect(g.out).toMatch(/wrote \d+ messages/);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generate is deterministic for a seed', async () => {
    const other = await mkdtemp(join(tmpdir(), 'ggm-istd-cli2-'));
    try {
      await run(
        'istandaarden',
        'generate',
        '--out',
        other,
        '--seed',
        '42',
        '--clients',
        '120',
        '--no-invalid',
      );
      const names = (await readdir(join(dir, 'valid'))).sort();
      expect((await readdir(join(other, 'valid'))).sort()).toEqual(names);
      for (const name of names.slice(0, 20)) {
        expect(await readFile(join(other, 'valid', name), 'utf8')).toBe(
          await readFile(join(dir, 'valid', name), 'utf8'),
        );
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('validate on the valid corpus (folder = history) exits 0 with no findings', async () => {
    const r = await run('istandaarden', 'validate', join(dir, 'valid'), '--json');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as {
      file: string;
      messageType: string;
      standard: string;
      valid: boolean;
      findings: unknown[];
    }[];
    expect(reports.length).toBeGreaterThan(500);
    for (const rep of reports) {
      expect(Object.keys(rep).sort()).toEqual(['file', 'findings', 'messageType', 'standard', 'valid']);
      expect(rep.findings).toEqual([]);
    }
  });

  it('validate on the invalid cases exits 1 and reports each manifest rule for its file', async () => {
    const r = await run('istandaarden', 'validate', join(dir, 'invalid'), '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/message\(s\) invalid/);
    const reports = JSON.parse(r.out) as {
      file: string;
      findings: { rule: string; severity: string; path: string; message: string }[];
    }[];
    const manifest = JSON.parse(await readFile(join(dir, 'invalid', 'manifest.json'), 'utf8')) as {
      cases: { rule: string; file: string }[];
    };
    for (const c of manifest.cases) {
      const rules = reports
        .filter((x) => x.file.endsWith(`/${c.file}`))
        .flatMap((x) => x.findings.map((f) => f.rule));
      expect(rules, c.file).toContain(c.rule);
    }
  });

  it('validate takes several files and folders in one call; together they form the history', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'invalid', 'manifest.json'), 'utf8')) as {
      context: string[];
      cases: { rule: string; file: string; history: boolean }[];
    };
    const c = manifest.cases.find((x) => x.rule === 'TR357')!;
    const alone = await run('istandaarden', 'validate', join(dir, 'invalid', c.file), '--json');
    expect(JSON.parse(alone.out)).toMatchObject([{ valid: true }]);
    const r = await run(
      'istandaarden',
      'validate',
      join(dir, 'invalid', c.file),
      join(dir, 'invalid', 'context'),
      join(dir, 'invalid', manifest.context[0]!),
      '--json',
    );
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as { file: string; findings: { rule: string }[] }[];
    expect(reports.length).toBe(1 + manifest.context.length);
    const own = reports.find((x) => x.file.endsWith(`/${c.file}`))!;
    expect(own.findings.map((f) => f.rule)).toContain('TR357');
  });

  it('validate prints readable findings with a line for malformed XML, exit 1', async () => {
    const file = join(dir, 'broken.xml');
    await writeFile(file, '<?xml version="1.0"?>\n<a>\n<b></a>\n');
    const r = await run('istandaarden', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error XML \/: malformed XML: .*\(line 3:\d+\)/);
  });

  it('parse --json prints the typed record', async () => {
    const name = (await readdir(join(dir, 'valid'))).find((f) => f.includes('WMO301'))!;
    const r = await run('istandaarden', 'parse', join(dir, 'valid', name), '--json');
    expect(r.code).toBe(0);
    const record = JSON.parse(r.out) as {
      messageType: string;
      standard: string;
      name: string;
      Header: { BerichtCode: number };
    };
    expect(record).toMatchObject({
      messageType: '301',
      standard: 'iWmo',
      name: 'WMO301',
      Header: { BerichtCode: 414 },
    });
  });

  it('exits 2 for a path that does not exist', async () => {
    const r = await run('istandaarden', 'validate', join(dir, 'nope'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no such file/);
  });

  it('lists the rules', async () => {
    const r = await run('istandaarden', 'rules', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { id: string }[]).map((x) => x.id)).toContain('TR369');
  });
});
