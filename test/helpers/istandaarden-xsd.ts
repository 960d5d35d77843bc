import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { SHARED_DIR } from './releases.js';

/** The official iWmo 3.2 / iJw 3.2 schemas beside the repository (never copied into it). */
export const XSD_DIR = join(SHARED_DIR, 'istandaarden-xsd');

export function hasIstandaardenXsds(): boolean {
  return (
    existsSync(join(XSD_DIR, 'iwmo-3.2', 'WMO301.xsd')) && existsSync(join(XSD_DIR, 'ijw-3.2', 'JW301.xsd'))
  );
}

/** The XSD of one message, or undefined when the shared folder does not hold it (e.g. WMO302). */
export function xsdPath(standard: 'iWmo' | 'iJw', number: string): string | undefined {
  const file =
    standard === 'iWmo'
      ? join(XSD_DIR, 'iwmo-3.2', `WMO${number}.xsd`)
      : join(XSD_DIR, 'ijw-3.2', `JW${number}.xsd`);
  return existsSync(file) ? file : undefined;
}

/** An element as an XSD declares it: `ns` says which schema declared it (elementFormDefault qualified). */
export interface XsdElement {
  name: string;
  minOccurs: number;
  maxOccurs: number | 'unbounded';
  ns: 'message' | 'base';
  /** Child elements when the type is complex; undefined for a simple type. */
  children?: XsdElement[];
  /** For a simple type: its facets, base restrictions included. */
  facets?: Facets;
}

export interface Facets {
  base?: string;
  minLength?: number;
  maxLength?: number;
  minInclusive?: number;
  maxInclusive?: number;
  patterns: string[];
  enumeration?: string[];
}

interface RawSimple {
  base?: string;
  facets: { name: string; value: string }[];
}

interface RawElement {
  name: string;
  type?: string;
  /** An inline `xs:simpleType` restriction. */
  inline?: RawSimple;
  minOccurs: number;
  maxOccurs: number | 'unbounded';
}

/** Complex and named simple types of one schema file. */
function readTypes(file: string): { complex: Map<string, RawElement[]>; simple: Map<string, RawSimple> } {
  const complex = new Map<string, RawElement[]>();
  const simple = new Map<string, RawSimple>();
  const parser = new SaxesParser();
  let current: RawElement[] | undefined;
  let depthInType = 0;
  let elementDepth = 0;
  let restriction: RawSimple | undefined;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'xs:simpleType') {
      restriction = { facets: [] };
      if (attrs.name !== undefined) simple.set(attrs.name, restriction);
      else if (current && elementDepth === 1) current[current.length - 1]!.inline = restriction;
    } else if (tag.name === 'xs:restriction' && restriction) {
      if (attrs.base !== undefined) restriction.base = attrs.base;
    } else if (restriction && attrs.value !== undefined) {
      restriction.facets.push({ name: tag.name.replace('xs:', ''), value: attrs.value });
    }
    if (tag.name === 'xs:complexType' && attrs.name !== undefined) {
      current = [];
      complex.set(attrs.name, current);
      depthInType = 0;
      elementDepth = 0;
    }
    if (!current) return;
    depthInType++;
    if (tag.name === 'xs:element') {
      elementDepth++;
      if (elementDepth === 1) {
        const max = attrs.maxOccurs ?? '1';
        current.push({
          name: attrs.name!,
          ...(attrs.type !== undefined ? { type: attrs.type } : {}),
          minOccurs: Number(attrs.minOccurs ?? '1'),
          maxOccurs: max === 'unbounded' ? 'unbounded' : Number(max),
        });
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'xs:simpleType') restriction = undefined;
    if (!current) return;
    if (tag.name === 'xs:element') elementDepth--;
    depthInType--;
    if (tag.name === 'xs:complexType' && depthInType === 0) current = undefined;
  });
  parser.write(readFileSync(file, 'utf8')).close();
  return { complex, simple };
}

/** The facets of a restriction, through the named base types it restricts. */
function facetsOf(raw: RawSimple, simple: Map<string, RawSimple>): Facets {
  const local = raw.base?.split(':')[1];
  const inherited: Facets =
    raw.base && !raw.base.startsWith('xs:') && simple.has(local!)
      ? facetsOf(simple.get(local!)!, simple)
      : { ...(raw.base ? { base: raw.base } : {}), patterns: [] };
  const f: Facets = { ...inherited, patterns: [...inherited.patterns] };
  const enumeration: string[] = [];
  for (const { name, value } of raw.facets) {
    if (name === 'pattern') f.patterns.push(value);
    else if (name === 'enumeration') enumeration.push(value);
    else if (
      name === 'minLength' ||
      name === 'maxLength' ||
      name === 'minInclusive' ||
      name === 'maxInclusive'
    )
      f[name] = Number(value);
  }
  if (enumeration.length > 0) f.enumeration = enumeration;
  return f;
}

/** The element tree under `Bericht` of one message XSD, with the namespace of every element. */
export function readXsdTree(file: string): XsdElement[] {
  const own = readTypes(file);
  const base = readTypes(join(file, '..', 'basisschema.xsd'));
  const resolve = (raws: RawElement[], ns: 'message' | 'base', seen: string[]): XsdElement[] =>
    raws.map((r) => {
      const el: XsdElement = { name: r.name, minOccurs: r.minOccurs, maxOccurs: r.maxOccurs, ns };
      if (r.inline) el.facets = facetsOf(r.inline, base.simple);
      const [prefix, local] = r.type?.split(':') ?? [];
      if (local === undefined || seen.includes(local)) return el;
      const types = prefix === 'iwmo' || prefix === 'ijw' ? base : own;
      if (types.complex.has(local))
        el.children = resolve(types.complex.get(local)!, types === own ? 'message' : 'base', [
          ...seen,
          local,
        ]);
      else if (types.simple.has(local)) el.facets = facetsOf(types.simple.get(local)!, base.simple);
      return el;
    });
  return resolve(own.complex.get('Root')!, 'message', ['Root']);
}
