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
}

interface RawElement {
  name: string;
  type?: string;
  minOccurs: number;
  maxOccurs: number | 'unbounded';
}

/** Complex types of one schema file: name → its sequence. */
function readComplexTypes(file: string): Map<string, RawElement[]> {
  const types = new Map<string, RawElement[]>();
  const parser = new SaxesParser();
  let current: RawElement[] | undefined;
  let depthInType = 0;
  let elementDepth = 0;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'xs:complexType' && attrs.name !== undefined) {
      current = [];
      types.set(attrs.name, current);
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
    if (!current) return;
    if (tag.name === 'xs:element') elementDepth--;
    depthInType--;
    if (tag.name === 'xs:complexType' && depthInType === 0) current = undefined;
  });
  parser.write(readFileSync(file, 'utf8')).close();
  return types;
}

/** The element tree under `Bericht` of one message XSD, with the namespace of every element. */
export function readXsdTree(file: string): XsdElement[] {
  const own = readComplexTypes(file);
  const base = readComplexTypes(join(file, '..', 'basisschema.xsd'));
  const resolve = (raws: RawElement[], ns: 'message' | 'base', seen: string[]): XsdElement[] =>
    raws.map((r) => {
      const el: XsdElement = { name: r.name, minOccurs: r.minOccurs, maxOccurs: r.maxOccurs, ns };
      const local = r.type?.split(':')[1];
      if (local === undefined || seen.includes(local)) return el;
      const ownType = r.type!.startsWith('iwmo:') || r.type!.startsWith('ijw:') ? undefined : own.get(local);
      if (ownType) el.children = resolve(ownType, 'message', [...seen, local]);
      else if (base.has(local)) el.children = resolve(base.get(local)!, 'base', [...seen, local]);
      return el;
    });
  return resolve(own.get('Root')!, 'message', ['Root']);
}
