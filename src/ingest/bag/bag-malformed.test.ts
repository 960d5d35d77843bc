import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBag, readBagXml } from './bag-reader.js';
import {
  chunked,
  collect,
  DOESBURG_DIR,
  HAS_DOESBURG,
  extractXml,
  pandXml,
  recordObject,
} from './bag-test-support.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-bag-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** 1-based lines of the `<Objecten:Pand>` start tags. */
const pandLines = (xml: string): number[] =>
  xml.split('\n').flatMap((l, i) => (l === '<Objecten:Pand>' ? [i + 1] : []));

const read = (xml: string | Buffer, chunk = 4096) => collect(readBagXml(chunked(xml, chunk), 'test.xml'));

describe('bad input becomes quarantine items; the good records stay', () => {
  it.skipIf(!HAS_DOESBURG)('a truncated real file: the records before the cut, then its line', async () => {
    const text = await readFile(join(DOESBURG_DIR, '0221PND15092020-000001.xml'), 'utf8');
    // Cut inside the fourth object (bagObject on line 146; its history starts at line 166).
    const lines = text.split('\n');
    const cut = lines.slice(0, 166).join('\n');
    const file = join(dir, '0221PND15092020-000009.xml');
    await writeFile(file, cut);
    const { records, quarantine } = await collect(readBag(file));
    expect(records.map((r) => recordObject(r).voorkomenidentificatie)).toEqual(['1', '2', '3']);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({
      code: 'GGM-I705',
      file: '0221PND15092020-000009.xml',
      line: 146,
      index: 4,
    });
    expect(quarantine[0]!.reason).toContain('ends inside bagObject 4');
    expect(quarantine[0]!.excerpt).toContain('<sl-bag-extract:bagObject>');
  });

  it('a malformed object is quarantined with its line; the objects after it are read', async () => {
    const broken = pandXml('0221100000000002').replace('</Objecten:status>', '</Objecten:statuz>');
    const xml = extractXml([pandXml('0221100000000001'), broken, pandXml('0221100000000003')]);
    const { records, quarantine } = await read(xml);
    expect(records.map((r) => r.values[0])).toEqual(['0221100000000001', '0221100000000003']);
    expect(quarantine).toHaveLength(1);
    const brokenLine = xml.split('\n').findIndex((l) => l.includes('</Objecten:statuz>')) + 1;
    expect(quarantine[0]).toMatchObject({ code: 'GGM-I701', line: brokenLine, index: 2, objectType: 'PND' });
    expect(quarantine[0]!.reason).toMatch(/closing tag|close tag/);
  });

  it('an object without identificatie is quarantined; the rest continues', async () => {
    const xml = extractXml([pandXml('0221100000000001'), pandXml(undefined), pandXml('0221100000000003')]);
    const { records, quarantine } = await read(xml);
    expect(records).toHaveLength(2);
    expect(quarantine).toMatchObject([{ code: 'GGM-I702', index: 2, reason: 'object has no identificatie' }]);
    expect(quarantine[0]!.line).toBe(pandLines(xml)[1]);
  });

  it('a geometry that cannot be converted is quarantined with the reason', async () => {
    const xml = extractXml([
      pandXml('0221100000000001', { posList: '0 0 10 0 10' }),
      pandXml('0221100000000002'),
    ]);
    const { records, quarantine } = await read(xml);
    expect(records).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ code: 'GGM-I704' });
    expect(quarantine[0]!.reason).toContain('5 numbers, not a multiple of dimension 2');
  });

  it('an unknown object element is quarantined with the nearest known name', async () => {
    const xml = extractXml([
      '<Objecten:Pandd><Objecten:identificatie>1</Objecten:identificatie></Objecten:Pandd>',
    ]);
    const { records, quarantine } = await read(xml);
    expect(records).toEqual([]);
    expect(quarantine[0]).toMatchObject({ code: 'GGM-I703' });
    expect(quarantine[0]!.reason).toContain('did you mean Pand');
  });

  it('unknown elements are kept in overigeGegevens and warned about once', async () => {
    const extra = '<Objecten:kleur>rood</Objecten:kleur><Objecten:kleur>blauw</Objecten:kleur>';
    const xml = extractXml([pandXml('1', { extra }), pandXml('2', { extra })]);
    const { records, warnings } = await read(xml);
    expect(records.map((r) => recordObject(r).overigeGegevens)).toEqual([
      '{"kleur":"rood|blauw"}',
      '{"kleur":"rood|blauw"}',
    ]);
    expect(warnings.map((w) => w.diagnostic.code)).toEqual(['GGM-I706']);
  });

  it('broken XML outside the objects is reported once, with its line', async () => {
    const xml = extractXml([pandXml('1')]).replace('</sl:standBestand>', '</sl:standBestandX>');
    const { records, quarantine } = await read(xml);
    expect(records).toHaveLength(1);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ code: 'GGM-I701', index: 0 });
    expect(quarantine[0]!.line).toBe(xml.split('\n').indexOf('</sl:standBestandX>') + 1);
  });

  it('a file that stops between objects is reported as malformed (root not closed)', async () => {
    const xml = extractXml([pandXml('1'), pandXml('2')]);
    const { records, quarantine } = await read(xml.slice(0, xml.indexOf('</sl:standBestand>')));
    expect(records).toHaveLength(2);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]!.reason).toMatch(/unclosed tag/);
  });

  it('invalid UTF-8 stops the file with a quarantine item after the records read so far', async () => {
    const good = extractXml([pandXml('1')]);
    const bytes = Buffer.concat([
      Buffer.from(good.slice(0, good.indexOf('</sl:standBestand>'))),
      Buffer.from([0xff, 0xfe]),
    ]);
    const { records, quarantine } = await read(bytes);
    expect(records).toHaveLength(1);
    expect(quarantine).toMatchObject([{ code: 'GGM-I707' }]);
  });

  it('a missing file is one quarantine item, not a crash', async () => {
    const { records, quarantine } = await collect(readBag(join(dir, 'nope.xml')));
    expect(records).toEqual([]);
    expect(quarantine).toMatchObject([{ code: 'GGM-I708' }]);
  });

  it('gives the same records and lines whatever the chunk size (tags and UTF-8 split over chunks)', async () => {
    const xml = extractXml([
      pandXml('0221100000000001'),
      pandXml('0221100000000002', { extra: '<Objecten:naam>Café “De Zwaan”</Objecten:naam>' }),
    ]);
    const whole = await read(xml, 1 << 20);
    for (const size of [1, 3, 7, 64]) {
      const parts = await read(xml, size);
      expect(parts.records).toEqual(whole.records);
    }
    expect(whole.records.map((r) => r.line)).toEqual(pandLines(xml));
    expect(recordObject(whole.records[1]!).overigeGegevens).toBe('{"naam":"Café “De Zwaan”"}');
  });
});
