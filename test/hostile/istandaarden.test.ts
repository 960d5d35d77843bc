import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/ingest/istandaarden/generator/corpus-generator.js';
import { runCli } from '../helpers/run-cli.js';

/** One hostile iWmo file, built from a valid WMO301 message, and the finding validation must give. */
interface MessageCase {
  id: string;
  bytes: (valid: string) => Buffer;
  /** A finding of the (first) message matches: `<rule> … <message>` with its line. */
  expect: RegExp;
}

const STACK = /\n\s+at .+:\d+:\d+/;
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const firstName = (xml: string, name: string) =>
  xml.replace(/<iwmo:Voornamen>[^<]*/, `<iwmo:Voornamen>${name}`);
const insertAfterHeader = (xml: string, inner: string) =>
  xml.replace('</wmo301:Header>', `</wmo301:Header>${inner}`);

const CASES: MessageCase[] = [
  {
    id: 'invalid_utf8_in_name',
    bytes: (x) => {
      const [a, b] = x.split('<iwmo:Voornamen>');
      return Buffer.concat([
        utf8(`${a}<iwmo:Voornamen>`),
        Buffer.from([0x4c, 0xfc, 0x6b]),
        utf8(b!.slice(4)),
      ]);
    },
    expect: /XML.*not valid UTF-8/,
  },
  {
    id: 'invalid_utf8_lone_continuation',
    bytes: (x) => Buffer.concat([utf8(x.slice(0, 200)), Buffer.from([0x80]), utf8(x.slice(200))]),
    expect: /XML.*not valid UTF-8/,
  },
  {
    id: 'truncated_utf8_at_end',
    bytes: (x) => Buffer.concat([utf8(x), Buffer.from([0xe2, 0x82])]),
    expect: /XML.*not valid UTF-8/,
  },
  {
    id: 'cp1252_declared_utf8',
    bytes: (x) => Buffer.from(firstName(x, 'Loïc'), 'latin1'),
    expect: /XML.*not valid UTF-8/,
  },
  {
    id: 'nested_200000',
    bytes: (x) => utf8(insertAfterHeader(x, `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`)),
    expect: /XML.*nested deeper than 100 levels/,
  },
  {
    id: 'nested_200000_unclosed',
    bytes: (x) => utf8(insertAfterHeader(x, '<a>'.repeat(200_000))),
    expect: /XML.*nested deeper than 100 levels/,
  },
  {
    id: 'nested_outside_message',
    bytes: () => utf8(`<?xml version="1.0"?>${'<e>'.repeat(50_000)}${'</e>'.repeat(50_000)}`),
    expect: /XML.*nested deeper than 100 levels/,
  },
  {
    id: 'nested_in_known_element',
    bytes: (x) => utf8(x.replace('<wmo301:Client>', `<wmo301:Client>${'<wmo301:Client>'.repeat(1000)}`)),
    expect: /XML.*nested deeper|XSD-element/,
  },
  { id: 'not_xml', bytes: () => utf8('Bsn;Naam\n1;x\n'), expect: /XML.*malformed XML|XSD-root/ },
  { id: 'empty_file', bytes: () => Buffer.alloc(0), expect: /XSD-root|XML/ },
  { id: 'cut_in_half', bytes: (x) => utf8(x.slice(0, x.length >> 1)), expect: /XML.*malformed XML/ },
  {
    id: 'doctype_entity_expansion',
    bytes: (x) =>
      utf8(
        x
          .replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
          )
          .replace(/<iwmo:Voornamen>[^<]*/, '<iwmo:Voornamen>&b;'),
      ),
    expect: /XML.*malformed XML/,
  },
  {
    id: 'nul_character',
    bytes: (x) => utf8(firstName(x, 'Lu\u0000uk')),
    expect: /XML.*malformed XML/,
  },
  {
    id: 'wrong_namespace_version',
    bytes: (x) => utf8(x.replaceAll('3_2', '3_1')),
    expect: /XSD-namespace.*not an iWmo\/iJw 3.2 message/,
  },
];

describe('hostile iWmo/iJw files: ggm istandaarden validate gives a finding, fast', () => {
  let dir: string;
  let valid = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-ist-'));
    for (const f of generateCorpus({ seed: 7, clients: 2, envelopes: false })) {
      if (f.content.includes('wmo301:Bericht')) {
        valid = f.content;
        break;
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the base message is valid', async () => {
    writeFileSync(join(dir, 'base.xml'), valid);
    const r = await runCli(['istandaarden', 'validate', join(dir, 'base.xml'), '--json']);
    expect(r.code, r.stdout).toBe(0);
  });

  it.each(CASES.map((c) => [c.id, c] as [string, MessageCase]))('%s', async (id, c) => {
    const file = join(dir, `${id}.xml`);
    writeFileSync(file, c.bytes(valid));
    const started = Date.now();
    const r = await runCli(['istandaarden', 'validate', file, '--json', '--no-history']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const reports = JSON.parse(r.stdout) as {
      valid: boolean;
      findings: { rule: string; message: string; line?: number }[];
    }[];
    const text = reports
      .flatMap((m) => m.findings.map((f) => `${f.rule} line ${f.line ?? '?'}: ${f.message}`))
      .join('\n');
    expect(reports.some((m) => !m.valid)).toBe(true);
    expect(text).toMatch(c.expect);
    expect(r.stderr).not.toMatch(STACK);
  });
});
