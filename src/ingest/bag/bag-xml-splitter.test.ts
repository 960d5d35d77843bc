import { describe, expect, it } from 'vitest';
import { BagXmlSplitter, type SplitItem } from './bag-xml-splitter.js';

function split(text: string, chunk: number): SplitItem[] {
  const splitter = new BagXmlSplitter();
  const out: SplitItem[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...splitter.push(text.slice(i, i + chunk)));
  return [...out, ...splitter.end()];
}

const DOC = [
  '<?xml version="1.0"?>',
  '<r:root xmlns:r="urn:r" xmlns:a="urn:a">',
  '<a:bagObject><a:bagObjectNote>n</a:bagObjectNote>',
  '<a:Pand/></a:bagObject  >',
  '<a:bagObject/>',
  '<a:bagObjecten>not an object</a:bagObjecten>',
  '<a:bagObject>',
  'x</a:bagObject>',
  '</r:root>',
].join('\n');

describe('BagXmlSplitter', () => {
  it.each([1, 2, 5, 64, 10_000])('cuts out each bagObject with its line, in chunks of %i', (size) => {
    const items = split(DOC, size);
    expect(items).toEqual([
      {
        kind: 'object',
        xml: '<a:bagObject><a:bagObjectNote>n</a:bagObjectNote>\n<a:Pand/></a:bagObject  >',
        line: 3,
        index: 1,
      },
      { kind: 'object', xml: '<a:bagObject/>', line: 5, index: 2 },
      { kind: 'object', xml: '<a:bagObject>\nx</a:bagObject>', line: 7, index: 3 },
    ]);
  });

  it('reports a document that ends inside an object, or whose envelope is not closed', () => {
    const truncated = split(DOC.slice(0, DOC.indexOf('x</a:bagObject>')), 7);
    expect(truncated.at(-1)).toMatchObject({ kind: 'problem', reason: 'truncated', line: 7, index: 3 });
    const open = split(DOC.slice(0, DOC.indexOf('</r:root>')), 7);
    expect(open.at(-1)).toMatchObject({ kind: 'problem', reason: 'malformed', index: 0 });
  });
});
