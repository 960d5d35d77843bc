import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from './generator/corpus-generator.js';
import { batchFile, stufEnvelope, vecozoEnvelope } from './generator/message-factory.js';
import { ref301, ref323 } from './generator/reference-chain.js';
import { MESSAGES } from './message-catalog.js';
import { parseMessagesFromString, readMessages, type ParsedMessage } from './message-reader.js';
import type { IstandaardMessage } from './message-types.js';
import { writeMessage } from './message-writer.js';

describe('reading generated messages', () => {
  const parsed: ParsedMessage[] = [];
  beforeAll(() => {
    for (const f of generateCorpus({ seed: 7, clients: 400 }))
      parsed.push(...parseMessagesFromString(f.content, f.name));
  });

  it('reads every iWmo and iJw message type, heen and retour, without findings', () => {
    const seen = new Set(parsed.map((p) => `${p.standard}${p.messageType}`));
    for (const std of ['iWmo', 'iJw'])
      for (const m of MESSAGES) expect(seen, `${std} ${m.number}`).toContain(`${std}${m.number}`);
    const withFindings = parsed.filter((p) => p.findings.length > 0);
    expect(withFindings.map((p) => [p.file, p.findings[0]])).toEqual([]);
    expect(parsed.every((p) => p.record?.messageType === p.messageType)).toBe(true);
  });

  it('reads envelopes: VECOZO SOAP (zipped, base64) and StUF-GGk', () => {
    const kinds = new Set(parsed.map((p) => p.envelope));
    expect(kinds).toEqual(new Set(['none', 'vecozo-soap', 'stuf-ggk']));
  });

  it('generates every toewijzing variant', () => {
    const products = parsed.flatMap((p) =>
      p.record?.messageType === '301' ? p.record.Client.ToegewezenProducten.ToegewezenProduct : [],
    );
    const variant = (t: (typeof products)[number]) =>
      !t.Product
        ? 'generiek'
        : t.Product.Code === undefined
          ? t.Budget
            ? 'categorie-budget'
            : 'categorie'
          : t.Omvang?.Frequentie === '6' && t.Omvang.Eenheid === '83'
            ? 'traject'
            : ['82', '83'].includes(t.Omvang!.Eenheid)
              ? 'output'
              : 'inspanning';
    expect(new Set(products.map(variant))).toEqual(
      new Set(['generiek', 'categorie-budget', 'categorie', 'traject', 'output', 'inspanning']),
    );
  });

  it('keeps amounts in eurocents with the unit, dates as ISO strings, codes with leading zeros', () => {
    const decl = parsed.find((p) => p.record?.messageType === '323')!.record as Extract<
      IstandaardMessage,
      { messageType: '323' }
    >;
    const p = decl.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
    expect(p.IngediendBedrag.Bedrag).toEqual({ value: expect.any(Number), unit: 'eurocent' });
    expect(Number.isInteger(p.IngediendBedrag.Bedrag.value)).toBe(true);
    expect(p.ProductPeriode.Begindatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.Eenheid).toMatch(/^\d{2}$/);
  });
});

describe('round trip and envelopes', () => {
  it('writes and reads a record back to the same record', () => {
    const record = ref301();
    const [m] = parseMessagesFromString(writeMessage(record));
    expect(m!.findings).toEqual([]);
    expect(m!.record).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it('reads the same record from a bare file, a VECOZO envelope and a StUF-GGk envelope', () => {
    const record = ref323();
    const bare = parseMessagesFromString(writeMessage(record))[0]!;
    const soap = parseMessagesFromString(vecozoEnvelope(record, 'd.xml'))[0]!;
    const stuf = parseMessagesFromString(stufEnvelope(record, '1'))[0]!;
    expect(soap.envelope).toBe('vecozo-soap');
    expect(stuf.envelope).toBe('stuf-ggk');
    expect(soap.record).toEqual(bare.record);
    expect(stuf.record).toEqual(bare.record);
    expect([...soap.findings, ...stuf.findings]).toEqual([]);
  });
});

describe('malformed input', () => {
  it('reports malformed XML with line and column instead of throwing', () => {
    const xml = writeMessage(ref301()).replace('</wmo301:Bsn>', '</wmo301:Bsm>');
    const [m] = parseMessagesFromString(xml, 'bad.xml');
    expect(m!.record).toBeUndefined();
    expect(m!.findings).toHaveLength(1);
    expect(m!.findings[0]).toMatchObject({ rule: 'XML', severity: 'error', line: 19 });
    expect(m!.findings[0]!.col).toBeGreaterThan(0);
  });

  it('reports an empty or non-XML file', () => {
    expect(parseMessagesFromString('', 'e.xml')[0]!.findings[0]!.rule).toBe('XML');
    expect(parseMessagesFromString('hello', 'h.xml')[0]!.findings[0]!.rule).toBe('XML');
    expect(parseMessagesFromString('<a/>', 'a.xml')[0]!.findings[0]!.rule).toBe('XSD-root');
  });

  it('reports structure problems with an XPath-like path', () => {
    const record = ref301();
    record.Client.ToegewezenProducten.ToegewezenProduct[1]!.Budget = { value: 100_000_000, unit: 'eurocent' };
    const [m] = parseMessagesFromString(writeMessage(record));
    expect(m!.findings).toMatchObject([
      { rule: 'XSD-range', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Budget' },
    ]);
  });
});

describe('streaming a file with many messages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-istd-stream-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('yields messages one by one as they complete, in order', async () => {
    const records = [...generateCorpus({ seed: 3, clients: 100, envelopes: false })].map(
      (f) => parseMessagesFromString(f.content)[0]!.record!,
    );
    const file = join(dir, 'batch.xml');
    await writeFile(file, batchFile(records));
    let count = 0;
    for await (const m of readMessages(file)) {
      count++;
      expect(m.index).toBe(count);
      expect(m.findings).toEqual([]);
      expect(m.envelope).toBe('other');
    }
    expect(count).toBe(records.length);
  });

  it('reports a byte order mark as an OP192 warning', async () => {
    const file = join(dir, 'bom.xml');
    await writeFile(file, `\uFEFF${writeMessage(ref301())}`);
    const all = [];
    for await (const m of readMessages(file)) all.push(m);
    expect(all[0]!.findings).toMatchObject([{ rule: 'OP192', severity: 'warning' }]);
    expect(all[0]!.record).toBeDefined();
  });

  it('reads a file given as bytes as it reads it streamed: a BOM, and a byte that is not UTF-8', async () => {
    const message = Buffer.from(writeMessage(ref301()));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), message]);
    const at = message.indexOf('<', 100);
    const bad = Buffer.concat([message.subarray(0, at), Buffer.from([0xff]), message.subarray(at)]);
    for (const [name, bytes] of [
      ['bom.xml', bom],
      ['bad.xml', bad],
    ] as const) {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const streamed = [];
      for await (const m of readMessages(file)) streamed.push(m);
      const whole = [];
      for await (const m of readMessages(file, file, bytes)) whole.push(m);
      expect(whole).toEqual(streamed);
      expect(whole[0]!.findings.length).toBeGreaterThan(0);
    }
  });
});
