// The lineage page's graph model, without a browser: distances from the focus, the source at the end
// of bronze, and the 1-hop slice with what lies beyond.
import { describe, expect, it } from 'vitest';
import {
  buildLineageGraph,
  sliceGraph,
  type LineageAnswer,
} from '../../web/src/pages/lineage/lineage-graph.js';

const edge = (van: string, naar: string) => ({ mapping: 'm', van, naar, transformatie: 't', expressie: 'e' });

describe('the lineage graph model', () => {
  const answer: LineageAnswer = {
    kolom: 'silver.client.id',
    bovenstrooms: [edge('bronze.msg.bsn', 'silver.client.id'), edge('(constant)', 'silver.client.id')],
    benedenstrooms: [edge('silver.client.id', 'gold.m.teller'), edge('gold.m.teller', 'gold.m.waarde')],
  };

  it('gives every node its direction and distance, and ends bronze at its source', () => {
    const graph = buildLineageGraph(answer);
    const byId = Object.fromEntries(graph.nodes.map((n) => [n.id, `${n.direction}${n.distance}`]));
    expect(byId).toEqual({
      'silver.client.id': 'focus0',
      'bronze.msg.bsn': 'up1',
      '(constant)': 'up1',
      'bron:msg': 'up2',
      'gold.m.teller': 'down1',
      'gold.m.waarde': 'down2',
    });
  });

  it('opens at one hop and counts what is hidden each way', () => {
    const graph = buildLineageGraph(answer);
    const one = sliceGraph(graph, 1, 1);
    expect(one.nodes.map((n) => n.id).sort()).toEqual(
      ['(constant)', 'bronze.msg.bsn', 'gold.m.teller', 'silver.client.id'].sort(),
    );
    expect([one.hiddenUp, one.hiddenDown]).toEqual([1, 1]);
    expect(one.links.every((l) => one.nodes.some((n) => n.id === l.from))).toBe(true);
    const all = sliceGraph(graph, 2, 2);
    expect([all.hiddenUp, all.hiddenDown, all.nodes.length]).toEqual([0, 0, 6]);
  });

  it('gives a bronze focus its source one hop up', () => {
    const graph = buildLineageGraph({ kolom: 'bronze.msg.bsn', bovenstrooms: [], benedenstrooms: [] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['bronze.msg.bsn', 'bron:msg']);
  });
});
