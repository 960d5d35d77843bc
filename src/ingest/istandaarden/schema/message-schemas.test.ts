import { describe, expect, it } from 'vitest';
import {
  hasIstandaardenXsds,
  readXsdTree,
  xsdPath,
  type XsdElement,
} from '../../../../test/helpers/istandaarden-xsd.js';
import { MESSAGES, messageName, type Standard } from '../message-catalog.js';
import { getMessageSchema } from './message-schemas.js';
import type { ElementDef, Occurs } from './schema-nodes.js';

function occursOf(x: XsdElement): Occurs {
  const many = x.maxOccurs === 'unbounded';
  if (x.minOccurs === 0) return many ? '*' : '?';
  return many ? '+' : '1';
}

/** Every difference between our element table and the XSD: names, order, occurrence, namespace. */
function compare(path: string, ours: readonly ElementDef[], xsd: readonly XsdElement[], out: string[]): void {
  const n = Math.max(ours.length, xsd.length);
  for (let i = 0; i < n; i++) {
    const o = ours[i];
    const x = xsd[i];
    if (!o || !x || o.name !== x.name) {
      out.push(`${path}[${i}]: ours ${o?.name ?? '-'}, XSD ${x?.name ?? '-'}`);
      return;
    }
    const at = `${path}/${o.name}`;
    if (o.occurs !== occursOf(x)) out.push(`${at}: occurs ${o.occurs}, XSD ${occursOf(x)}`);
    if (o.ns !== x.ns) out.push(`${at}: namespace ${o.ns}, XSD ${x.ns}`);
    const isGroup = o.node.kind === 'group';
    if (isGroup !== (x.children !== undefined)) out.push(`${at}: ${isGroup ? 'group' : 'leaf'} in ours only`);
    else if (o.node.kind === 'group') compare(at, o.node.children, x.children!, out);
  }
}

const cases = (['iWmo', 'iJw'] as Standard[]).flatMap((std) =>
  MESSAGES.map((m) => ({ std, number: m.number, name: messageName(std, m.number) })),
);

describe.skipIf(!hasIstandaardenXsds())('the element tables follow the official 3.2 XSDs', () => {
  it.each(cases)('$name', ({ std, number }) => {
    const file = xsdPath(std, number);
    if (!file) return; // not in the shared folder (the iWmo retours and WMO325)
    const diffs: string[] = [];
    compare('/Bericht', getMessageSchema(std, number).root.children, readXsdTree(file), diffs);
    expect(diffs).toEqual([]);
  });
});
