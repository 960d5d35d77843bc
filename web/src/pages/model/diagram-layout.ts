// Places a diagram's classes and enumerations with dagre (top to bottom, superclasses above their
// subclasses): sizes from the number of attribute lines shown, so boxes never overlap.
import dagre from '@dagrejs/dagre';
import type { DiagramDetail } from './model-api.js';

export const NODE_WIDTH = 240;
const HEADER = 44;
const LINE = 20;
/** Attributes shown in a box; the rest is summarised as "+ n" (the table lists them all). */
export const MAX_LINES = 10;

export interface Placed {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const linesOf = (count: number) => Math.min(count, MAX_LINES) + (count > MAX_LINES ? 1 : 0);

export function layoutDiagram(diagram: DiagramDetail): Map<string, Placed> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'BT', nodesep: 40, ranksep: 80, marginx: 10, marginy: 10 });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, { width: number; height: number }>();
  for (const c of diagram.klassen)
    sizes.set(c.id, { width: NODE_WIDTH, height: HEADER + LINE * linesOf(c.attributen.length) + 8 });
  for (const e of diagram.enumeraties)
    sizes.set(e.id, { width: NODE_WIDTH, height: HEADER + LINE * linesOf(e.waarden.length) + 8 });
  for (const [id, size] of sizes) graph.setNode(id, size);
  for (const r of diagram.relaties) graph.setEdge(r.van, r.naar, { minlen: 1 }, r.id);
  dagre.layout(graph);
  const placed = new Map<string, Placed>();
  for (const [id, size] of sizes) {
    const node = graph.node(id) as { x: number; y: number };
    placed.set(id, { id, ...size, x: node.x - size.width / 2, y: node.y - size.height / 2 });
  }
  return placed;
}
