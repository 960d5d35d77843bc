import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../formats/source-records.js';
import { writeCorpus } from '../generator/write-corpus.js';
import { ISTANDAARDEN_COLUMNS } from './bronze-layout.js';
import { openIstandaardenFile } from './istandaarden-source.js';

async function readAll(file: string): Promise<SourceRecord[]> {
  const source = await openIstandaardenFile(file);
  const out: SourceRecord[] = [];
  for await (const batch of source.records()) out.push(...batch);
  return out;
}

const col = (r: SourceRecord, name: (typeof ISTANDAARDEN_COLUMNS)[number]) =>
  r.values![ISTANDAARDEN_COLUMNS.indexOf(name)];

/** The message element of a generated file, without the XML declaration. */
const body = (xml: string) => xml.replace(/^<\?xml[^>]*>\s*/, '');

describe('bronze format istandaarden', () => {
  let dir: string;
  let m301: string;
  let m323: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-istandaarden-source-'));
    await writeCorpus(dir, { seed: 5, clients: 2, envelopes: false, invalid: false });
    const files = (await readdir(join(dir, 'valid'))).sort();
    m301 = await readFile(
      join(
        dir,
        'valid',
        files.find((f) => f.includes('WMO301'))!,
      ),
      'utf8',
    );
    m323 = await readFile(
      join(
        dir,
        'valid',
        files.find((f) => f.includes('WMO323'))!,
      ),
      'utf8',
    );
    expect(m323).toBeDefined();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('yields one row per line with the provenance of the message', async () => {
    const file = join(dir, 'one.xml');
    await writeFile(file, m323);
    const records = await readAll(file);
    expect(records.length).toBe((m323.match(/:Prestatie>/g) ?? []).length / 2);
    expect(records.every((r) => r.values && !r.error)).toBe(true);
    const first = records[0]!;
    expect(col(first, 'bestand')).toBe('one.xml');
    expect(col(first, 'bestand_sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(col(first, 'berichttype')).toBe('323');
    expect(col(first, 'regel_soort')).toBe('prestatie');
    expect(col(first, 'identificatie')).toBe(/:Identificatie>(\d+)</.exec(m323)![1]);
    expect(col(first, 'ingediend_bedrag_cent')).toMatch(/^\d+$/);
    expect(JSON.parse(col(first, 'regel_json')!)).toHaveProperty('ProductReferentie');
  });

  it('quarantines an invalid message whole, even when only its second line is wrong, and loads the rest', async () => {
    // a second prestatie (a copy of the first) whose ProductCode is too long: the first line is fine
    const prestatie = /<([a-z0-9]+):Prestatie>[\s\S]*?<\/\1:Prestatie>/.exec(m323)![0];
    const wrong = prestatie.replace(/(:ProductCode>)[^<]+</, '$1TOOLONG<');
    const broken = m323.replace(prestatie, `${prestatie}\n${wrong}`);
    expect(broken).not.toBe(m323);
    const file = join(dir, 'batch.xml');
    await writeFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>\n<Berichten>\n${body(m301)}\n${body(broken)}\n</Berichten>\n`,
    );
    const records = await readAll(file);
    const errors = records.filter((r) => r.error);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toMatch(
      /^invalid WMO323 \S+ \(message 2 of the file\): GGM-W-XSD-length \/Bericht\/Declaratie\/Clienten\/Client\[\d+\]\/Prestaties\/Prestatie\[2\]\/ProductCode/,
    );
    expect(JSON.parse(errors[0]!.raw!).findings[0]).toMatchObject({ rule: 'XSD-length' });
    const rows = records.filter((r) => r.values);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => col(r, 'berichttype')))).toEqual(new Set(['301']));
  });

  it('quarantines a file that is not XML with line and rule', async () => {
    const file = join(dir, 'cut.xml');
    await writeFile(file, m301.slice(0, m301.length / 2));
    const records = await readAll(file);
    expect(records).toHaveLength(1);
    expect(records[0]!.error).toContain('GGM-W-XML');
  });
});
