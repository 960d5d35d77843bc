import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasIstandaardenXsds, xsdPath } from '../../../test/helpers/istandaarden-xsd.js';
import { decodePayload } from './envelope-payload.js';
import { generateCorpus } from './generator/corpus-generator.js';
import { generateInvalidCases } from './generator/invalid-cases.js';
import { MESSAGES, messageName, parseMessageNamespace } from './message-catalog.js';
import { parseMessagesFromString, type ParsedMessage } from './message-reader.js';
import { RULES } from './rules/rule-catalog.js';

/**
 * The official XSDs as oracle: every generated message (valid corpus, invalid cases, envelopes unpacked)
 * is checked by xmllint against its message XSD, and our structure layer (the reader's findings) must
 * reach the same verdict, naming an element xmllint names for an invalid one.
 */

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

interface Sample {
  /** Where it came from, for messages. */
  label: string;
  /** The case's rule for an invalid case. */
  rule?: string;
  xml: string;
  parsed: ParsedMessage | undefined;
  xsd: string | undefined;
  file?: string;
}

/** The message payload(s) of a file: envelope data decoded, each `Bericht` cut out. */
function payloads(content: string): string[] {
  const data = /<(?:[\w-]+:)?Data(?:\s[^>]*)?>([^<]*)</.exec(content);
  let xml = content;
  if (data) {
    const decoded = decodePayload(data[1]!);
    if (!('xml' in decoded)) return [];
    xml = decoded.xml;
  }
  const berichten = [...xml.matchAll(/<(\w+):Bericht[\s>][\s\S]*?<\/\1:Bericht>/g)].map((m) => m[0]);
  if (berichten.length === 0) return [xml];
  return berichten.map((b) => {
    const decl = /^<\w+:Bericht[^>]*>/.exec(b)![0];
    return `<?xml version="1.0" encoding="UTF-8"?>\n${decl}${b.slice(decl.length)}\n`;
  });
}

function xsdFor(xml: string): string | undefined {
  const root = /<(?:(\w+):)?Bericht\s[^>]*>/.exec(xml);
  const uri = root
    ? new RegExp(`xmlns${root[1] ? `:${root[1]}` : ''}="([^"]+)"`).exec(root[0])?.[1]
    : undefined;
  const info = uri ? parseMessageNamespace(uri) : undefined;
  // not a 3.2 message: any message XSD rejects it
  if (!info || info.version !== '3.2' || !['iWmo', 'iJw'].includes(info.standard))
    return xsdPath('iWmo', '301');
  return xsdPath(info.standard, info.number);
}

interface Verdict {
  valid: boolean;
  /** Local names of the elements xmllint's errors name (the element and what it expected). */
  elements: Set<string>;
  errors: string[];
}

/** Runs xmllint once per XSD over many files. */
function runXmllint(samples: Sample[], dir: string): Map<string, Verdict> {
  const byXsd = new Map<string, string[]>();
  samples.forEach((s, i) => {
    if (!s.xsd) return;
    s.file = join(dir, `m${String(i).padStart(5, '0')}.xml`);
    writeFileSync(s.file, s.xml);
    byXsd.set(s.xsd, [...(byXsd.get(s.xsd) ?? []), s.file]);
  });
  const out = new Map<string, Verdict>();
  for (const [xsd, files] of byXsd) {
    for (let i = 0; i < files.length; i += 200) {
      const chunk = files.slice(i, i + 200);
      const run = spawnSync('xmllint', ['--noout', '--schema', xsd, ...chunk], { encoding: 'utf8' });
      for (const f of chunk) out.set(f, { valid: true, elements: new Set(), errors: [] });
      for (const line of run.stderr.split('\n')) {
        const file = chunk.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f} `));
        if (!file) continue;
        const v = out.get(file)!;
        if (line.endsWith(' validates')) continue;
        v.valid = false;
        if (line.endsWith(' fails to validate')) continue;
        v.errors.push(line.slice(file.length));
        for (const m of line.matchAll(/\{[^}]*\}(\w+)|element (\w+):/g)) v.elements.add((m[1] ?? m[2])!);
      }
    }
  }
  return out;
}

/** Our finding names an element xmllint names (a wrong root: ours at the root, xmllint's "validation root"). */
function sameElement(path: string, v: Verdict): boolean {
  if (path === '/' || path === '/Bericht')
    return v.errors.some((e) => e.includes('validation root')) || v.elements.has('Bericht');
  return v.elements.has(elementOf(path));
}

/** Structure faults in the leaves of a message as the writer lays it out (one element per line). */
function mutations(xml: string): { what: string; xml: string }[] {
  const lines = xml.split('\n');
  const root = /<(\w+):Bericht[\s>]/.exec(xml)![1]!;
  const basePrefix = /xmlns:(\w+)="[^"]*basisschema[^"]*"/.exec(xml)![1]!;
  const out: { what: string; xml: string }[] = [];
  lines.forEach((line, i) => {
    const leaf = /^(\s*)<(\w+):(\w+)>(.*)<\/\2:\3>(\r?)$/.exec(line);
    if (!leaf) return;
    const [, indent, prefix, name, , cr] = leaf as unknown as string[];
    const other = prefix === root ? basePrefix : root;
    const edit = (what: string, replacement: string[]) =>
      out.push({
        what: `${what} ${name} (line ${i + 1})`,
        xml: [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)].join('\n'),
      });
    edit('blank', [`${indent}<${prefix}:${name}> </${prefix}:${name}>${cr}`]);
    edit('namespace', [`${indent}<${other}:${name}>${leaf[4]}</${other}:${name}>${cr}`]);
    edit('drop', []);
    edit('double', [line, line]);
  });
  return out;
}

const elementOf = (path: string) => /([A-Za-z]\w*)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';

describe.skipIf(!hasIstandaardenXsds() || !hasXmllint)('the official XSDs as oracle (xmllint)', () => {
  const samples: Sample[] = [];
  let dir = '';
  let verdicts = new Map<string, Verdict>();
  const structureRules = new Set(
    RULES.filter((r) => r.layer === 'file' || r.layer === 'structure').map((r) => r.id),
  );

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-xsd-oracle-'));
    const add = (label: string, content: string, rule?: string) => {
      const parsed = parseMessagesFromString(content, label);
      payloads(content).forEach((xml, i) =>
        samples.push({
          label: `${label}#${i + 1}`,
          xml,
          parsed: parsed[i],
          xsd: xsdFor(xml),
          ...(rule ? { rule } : {}),
        }),
      );
    };
    for (const f of generateCorpus({ seed: 3, clients: 40 })) add(`valid/${f.name}`, f.content);
    const { context, cases } = generateInvalidCases();
    for (const c of context) add(`invalid/context/${c.name}`, c.content);
    for (const c of cases) add(`invalid/${c.file}`, c.content, c.rule);
    // structure faults xmllint and the reader must agree on: one valid message per type, every leaf
    // blanked, moved to the other namespace, dropped and doubled
    const firstPerType = new Map<string, Sample>();
    for (const s of samples)
      if (s.label.startsWith('valid/') && s.xsd && s.parsed?.envelope === 'none' && s.parsed.messageType)
        if (!firstPerType.has(`${s.parsed.standard}${s.parsed.messageType}`))
          firstPerType.set(`${s.parsed.standard}${s.parsed.messageType}`, s);
    for (const s of firstPerType.values())
      for (const m of mutations(s.xml)) {
        const parsed = parseMessagesFromString(m.xml, `${s.label} ${m.what}`)[0];
        samples.push({ label: `mutated/${s.label} ${m.what}`, xml: m.xml, parsed, xsd: s.xsd });
      }
    verdicts = runXmllint(samples, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every message type with an official XSD, bare and in envelopes', () => {
    const checked = samples.filter((s) => s.file && s.parsed?.messageType);
    const seen = new Set(checked.map((s) => messageName(s.parsed!.standard!, s.parsed!.messageType!)));
    const expected = (['iWmo', 'iJw'] as const).flatMap((std) =>
      MESSAGES.filter((m) => xsdPath(std, m.number)).map((m) => messageName(std, m.number)),
    );
    expect(expected.filter((n) => !seen.has(n))).toEqual([]);
    expect(new Set(checked.map((s) => s.parsed!.envelope))).toEqual(
      new Set(['none', 'vecozo-soap', 'stuf-ggk']),
    );
  });

  it('the valid corpus passes the official XSDs', () => {
    const failing = samples
      .filter((s) => s.label.startsWith('valid/') && s.file && !verdicts.get(s.file)!.valid)
      .map((s) => `${s.label}: ${verdicts.get(s.file!)!.errors[0]}`);
    expect(failing).toEqual([]);
  });

  it('our structure layer gives the verdict xmllint gives, on the same element', () => {
    const differ: string[] = [];
    for (const s of samples) {
      if (!s.file) continue;
      const v = verdicts.get(s.file)!;
      const ours = (s.parsed?.findings ?? []).filter((f) => f.severity === 'error');
      if ((ours.length === 0) !== v.valid) {
        differ.push(
          `${s.label}: ours ${ours.length === 0 ? 'valid' : ours.map((f) => `${f.rule} ${f.path}`).join('; ')}, xmllint ${v.valid ? 'valid' : v.errors[0]}`,
        );
      } else if (!v.valid && v.elements.size > 0 && !ours.some((f) => sameElement(f.path, v))) {
        differ.push(`${s.label}: ours at ${ours.map((f) => f.path).join('; ')}, xmllint ${v.errors[0]}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('generates structure faults in every leaf of one message per type (most of them XSD-invalid)', () => {
    const mutated = samples.filter((s) => s.label.startsWith('mutated/'));
    const invalid = mutated.filter((s) => !verdicts.get(s.file!)!.valid);
    // the verdicts themselves are compared in the test above; here: the faults are real and plenty
    expect(mutated.length).toBeGreaterThan(1000);
    expect(invalid.length).toBeGreaterThan(mutated.length * 0.9);
  });

  it('an invalid case for a rule beyond the structure layer is valid per the XSD', () => {
    const wrong = samples
      .filter((s) => s.rule && !structureRules.has(s.rule) && s.file && !verdicts.get(s.file)!.valid)
      .map((s) => `${s.label} (${s.rule}): ${verdicts.get(s.file!)!.errors[0]}`);
    expect(wrong).toEqual([]);
  });
});
