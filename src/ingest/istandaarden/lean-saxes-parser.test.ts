import { SaxesParser, type SaxesOptions } from 'saxes';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generator/corpus-generator.js';
import { generateInvalidCases } from './generator/invalid-cases.js';
import { createLeanParser } from './lean-saxes-parser.js';

type NsOptions = SaxesOptions & { xmlns: true; position: true };

/** Every event and error with the parser's position at it, as plain data. */
function events(parser: SaxesParser<NsOptions>, xml: string, chunk = Infinity): unknown[] {
  const out: unknown[] = [];
  const at = () => [parser.line, parser.column];
  parser.on('opentagstart', (t) => out.push(['start', t.name, at()]));
  parser.on('opentag', (t) =>
    out.push([
      'open',
      t.name,
      t.prefix,
      t.local,
      t.uri,
      t.isSelfClosing,
      { ...t.ns },
      Object.entries(t.attributes).map(([k, a]) => [k, a.name, a.prefix, a.local, a.uri, a.value]),
      at(),
    ]),
  );
  parser.on('closetag', (t) => out.push(['close', t.name, t.local, t.uri, at()]));
  parser.on('text', (t) => out.push(['text', t, at()]));
  parser.on('cdata', (t) => out.push(['cdata', t, at()]));
  parser.on('error', (e) => out.push(['error', e.message, at()]));
  for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
  parser.close();
  return out;
}

function compare(xml: string, chunk?: number): void {
  const options: NsOptions = { xmlns: true, position: true, fileName: 'f.xml' };
  const expected = events(new SaxesParser(options), xml, chunk);
  const actual = events(createLeanParser(options), xml, chunk);
  expect(actual).toEqual(expected);
}

/** Namespace declarations, attributes and the errors saxes reports for them. */
const TRICKY = [
  '<a xmlns="urn:x"><b/><c xmlns:p="urn:p"><p:d p:e="1" f="2"/></c><p:g/></a>',
  '<a><b xmlns="urn:1"><c xmlns="urn:2"><d/></c><e/></b><f/></a>',
  '<p:a xmlns:p="urn:p"><p:b xmlns:p="urn:q"/><p:c/></p:a>',
  '<a x="1" y=\'2\'><b x="3"/><c/></a>',
  '<a x="1" x="2"/>',
  '<a xmlns:p="urn:p" p:x="1" xmlns:q="urn:p" q:x="2"/>',
  '<q:a/>',
  '<q:a><q:b><q:c/></q:b></q:a>',
  '<xmlns:a><xmlns:b/></xmlns:a>',
  '<p:a xmlns:p="p"><p:b/></p:a>',
  '<p:a xmlns:p="urn:p"><p:b><p:/><p:c:d/><:e/><p:f xmlns:p="urn:f"><p:g/></p:f><p:h x="1"/><r:i xmlns:r="urn:r"><r:j/><p:k/></r:i></p:b></p:a>',
  '<a q:x="1"/>',
  '<xmlns:a xmlns:xmlns="urn:x"/>',
  '<a xmlns:xml="urn:wrong"/>',
  '<a xmlns:p="http://www.w3.org/2000/xmlns/"/>',
  '<a xmlns="http://www.w3.org/XML/1998/namespace"/>',
  '<a xmlns:p=""/>',
  '<a xmlns=""><b/></a>',
  '<a:b:c xmlns:a="urn:a"/>',
  '<a/ >',
  '<a$b/>',
  '<a\tx="1"\n/>',
  '<a></a><b/>',
  '<a><b></a>',
  '<a><![CDATA[x<y]]> text &amp; <b xmlns:p="urn:p"/>\n</a>',
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:a" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:a a.xsd"><b/></a>',
  '<a>',
  '<',
];

describe('the lean saxes parser', () => {
  it('gives the same events, errors and positions as saxes on namespace and attribute edge cases', () => {
    for (const xml of TRICKY) {
      compare(xml);
      compare(xml, 1); // every character its own chunk: tag names cut at every point
    }
  });

  it('gives the same events as saxes on generated messages (envelopes too) and every invalid case', () => {
    const files = [...generateCorpus({ seed: 11, clients: 60 })];
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      compare(f.content);
      compare(f.content, 997);
    }
    for (const c of generateInvalidCases().cases) compare(c.content, 61);
  });

  it('keeps each tag its own attributes and namespace declarations', () => {
    const opened: { name: string; attributes: object; ns: object }[] = [];
    const parser = createLeanParser({ xmlns: true, position: true });
    parser.on('opentag', (t) => opened.push({ name: t.name, attributes: t.attributes, ns: t.ns }));
    parser.write('<a xmlns="urn:a" k="v"><b/><c m="n"/></a>').close();
    expect(opened.map((t) => [t.name, Object.keys(t.attributes), { ...t.ns }])).toEqual([
      ['a', ['xmlns', 'k'], { '': 'urn:a' }],
      ['b', [], {}],
      ['c', ['m'], {}],
    ]);
    expect(opened[0]!.attributes).not.toBe(opened[1]!.attributes);
  });
});
