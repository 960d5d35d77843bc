// Left-to-right layout of the visible lineage with dagre: sources on the left, gold on the right.
import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 260;
export const NODE_HEIGHT = 56;

export function layoutGraph(
  nodes: readonly { id: string }[],
  links: readonly { from: string; to: string }[],
): Map<string, { x: number; y: number }> {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) graph.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const l of links) graph.setEdge(l.from, l.to);
  layout(graph);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const placed = graph.node(n.id);
    // dagre gives centres; React Flow places by the top-left corner
    out.set(n.id, { x: placed.x - NODE_WIDTH / 2, y: placed.y - NODE_HEIGHT / 2 });
  }
  return out;
}
