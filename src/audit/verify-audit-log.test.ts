import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, readHead } from './audit-log.js';
import { sampleInput } from './audit-test-support.js';
import { canonicalJson } from './canonical-json.js';
import type { LdvRecord } from './ldv-record.js';
import { chainRecord, computeRecordHash } from './record-chain.js';
import { verifyAuditLog } from './verify-audit-log.js';

let dir: string;
let path: string;
let lines: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-verify-'));
  path = join(dir, 'ldv.jsonl');
  const log = await AuditLog.open(path);
  await Promise.all(Array.from({ length: 10 }, (_, i) => log.append(sampleInput(i, ['111222333']))));
  await log.close();
  lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (ls: string[]) => writeFile(path, ls.map((l) => `${l}\n`).join(''));
const parse = (line: string) => JSON.parse(line) as LdvRecord;
/** [code, line, sequence] of every problem. */
const found = async (options?: Parameters<typeof verifyAuditLog>[1]) =>
  (await verifyAuditLog(path, options)).problems.map((p) => [p.code, p.at?.line, p.sequence]);

describe('verifyAuditLog', () => {
  it('passes an untouched log and checks it against the head anchor', async () => {
    const result = await verifyAuditLog(path);
    expect(result).toMatchObject({ ok: true, lines: 10, problems: [], last: { sequence: 9 } });
    expect(result.anchor).toEqual(await readHead(path));
  });

  it('finds a changed field (GGM-A001) at its line and sequence', async () => {
    const changed = [...lines];
    changed[4] = changed[4]!.replace('medewerker-1', 'medewerker-2');
    await write(changed);
    expect(await found()).toEqual([['GGM-A001', 5, 4]]);
  });

  it('finds a changed record whose hash was recomputed: the next record no longer links (GGM-A005)', async () => {
    const changed = [...lines];
    const r = parse(changed[4]!);
    const forged = { ...r, outcome: 'denied' as const };
    changed[4] = canonicalJson({ ...forged, hash: computeRecordHash(forged) });
    await write(changed);
    expect(await found()).toEqual([['GGM-A005', 6, 5]]);
  });

  it('finds a removed record (GGM-A003) in the middle and at the start', async () => {
    await write([...lines.slice(0, 3), ...lines.slice(4)]);
    expect(await found()).toEqual([['GGM-A003', 4, 3]]);
    await write(lines.slice(2));
    expect(await found()).toEqual([['GGM-A003', 1, 0]]);
  });

  it('finds records removed from the end only against the head anchor (GGM-A008)', async () => {
    await write(lines.slice(0, 7));
    expect(await found()).toEqual([['GGM-A008', 7, 7]]);
    expect(await found({ anchor: 'none' })).toEqual([]);
    expect(await found({ anchor: { sequence: 8, hash: parse(lines[8]!).hash } })).toEqual([
      ['GGM-A008', 7, 7],
    ]);
  });

  it('finds swapped records (GGM-A004) and a record moved to the end', async () => {
    await write([...lines.slice(0, 3), lines[4]!, lines[3]!, ...lines.slice(5)]);
    expect(await found()).toEqual([['GGM-A004', 5, 3]]);
    await write([...lines.slice(0, 2), ...lines.slice(3), lines[2]!]);
    const problems = await found();
    expect(problems).toContainEqual(['GGM-A004', 10, 2]);
  });

  it('finds an inserted or duplicated record (GGM-A006) and a well-forged insertion (GGM-A006)', async () => {
    await write([...lines.slice(0, 5), lines[2]!, ...lines.slice(5)]);
    expect(await found()).toEqual([['GGM-A006', 6, 2]]);
    const forged = chainRecord(sampleInput(99), 5, parse(lines[4]!).hash);
    await write([...lines.slice(0, 5), canonicalJson(forged), ...lines.slice(5)]);
    expect(await found()).toEqual([['GGM-A006', 6, 5]]);
  });

  it('finds a rewritten chain (every hash recomputed after an insertion) against the head (GGM-A009)', async () => {
    const records = lines.map(parse);
    const { sequence: _s, previousHash: _p, hash: _h, ...input } = sampleInput(42) as unknown as LdvRecord;
    const inputs = [...records.slice(0, 5), input, ...records.slice(5)].map((r) => {
      const { sequence: _a, previousHash: _b, hash: _c, ...rest } = r as LdvRecord;
      return rest;
    });
    let previous = '0'.repeat(64);
    const rewritten = inputs.map((input, i) => {
      const r = chainRecord(input, i, previous);
      previous = r.hash;
      return canonicalJson(r);
    });
    await write(rewritten);
    expect(await found({ anchor: 'none' })).toEqual([]);
    expect(await found()).toEqual([['GGM-A009', 11, 9]]);
  });

  it('finds an unreadable line (GGM-A002) without also calling its record removed, and a cut-off tail (GGM-A007)', async () => {
    const damaged = [...lines];
    damaged[3] = damaged[3]!.slice(0, 40);
    await write(damaged);
    expect(await found()).toEqual([['GGM-A002', 4, undefined]]);
    await writeFile(path, `${lines.join('\n')}\n${lines[0]!.slice(0, 20)}`);
    expect(await found()).toEqual([['GGM-A007', 11, undefined]]);
    // with a writer at work the cut-off line may be the one being written: a warning
    await writeFile(`${path}.lock`, 'held');
    const live = await verifyAuditLog(path);
    expect(live.problems.map((p) => [p.code, p.severity])).toEqual([['GGM-A007', 'warning']]);
    expect(live.ok).toBe(true);
  });

  it('an absent log is GGM-A116', async () => {
    await expect(verifyAuditLog(join(dir, 'none.jsonl'))).rejects.toMatchObject({ code: 'GGM-A116' });
  });
});
