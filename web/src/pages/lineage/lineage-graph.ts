// The lineage of one column as a graph the page can show a slice of: every node with its distance
// (hops) from the focus upstream or downstream, so the page opens at 1 hop and expands on demand.
// Pure: built from the /herkomst answer. A bronze column gets its source (the files) one hop further up.

export interface LineageEdgeDto {
  mapping: string;
  van: string;
  naar: string;
  transformatie: string;
  expressie: string;
}

export interface LineageAnswer {
  kolom: string;
  bovenstrooms: LineageEdgeDto[];
  benedenstrooms: LineageEdgeDto[];
}

export type Direction = 'focus' | 'up' | 'down';

export interface LineageNode {
  /** `schema.table.column`, `(constant)`, or `bron:<source>` for a source's files. */
  id: string;
  direction: Direction;
  /** Hops from the focus (0 for the focus). */
  distance: number;
  kind: 'column' | 'constant' | 'source';
}

export interface LineageLink {
  from: string;
  to: string;
  edge?: LineageEdgeDto;
  direction: 'up' | 'down';
}

export interface LineageGraph {
  focus: string;
  nodes: LineageNode[];
  links: LineageLink[];
}

export const SOURCE_PREFIX = 'bron:';

export const isSource = (id: string) => id.startsWith(SOURCE_PREFIX);

/** The source a bronze column was loaded from (the bronze table is named after its source). */
export function sourceOf(column: string): string | undefined {
  const [schema, table] = column.split('.');
  return schema === 'bronze' && table ? `${SOURCE_PREFIX}${table}` : undefined;
}

function kindOf(id: string): LineageNode['kind'] {
  return isSource(id) ? 'source' : id === '(constant)' ? 'constant' : 'column';
}

/** Distances by breadth-first search from the focus along `next`. */
function distances(start: string, links: readonly { near: string; far: string }[]): Map<string, number> {
  const out = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier)
      for (const link of links)
        if (link.near === node && !out.has(link.far)) {
          out.set(link.far, out.get(node)! + 1);
          next.push(link.far);
        }
    frontier = next;
  }
  return out;
}

export function buildLineageGraph(answer: LineageAnswer): LineageGraph {
  const focus = answer.kolom;
  const links: LineageLink[] = [
    ...answer.bovenstrooms.map((e) => ({ from: e.van, to: e.naar, edge: e, direction: 'up' as const })),
    ...answer.benedenstrooms.map((e) => ({ from: e.van, to: e.naar, edge: e, direction: 'down' as const })),
  ];
  // Every bronze column upstream (or the focus itself) ends at its source's files.
  const bronze = new Set([focus, ...answer.bovenstrooms.map((e) => e.van)].filter((id) => sourceOf(id)));
  for (const column of bronze) links.push({ from: sourceOf(column)!, to: column, direction: 'up' });
  const up = distances(
    focus,
    links.filter((l) => l.direction === 'up').map((l) => ({ near: l.to, far: l.from })),
  );
  const down = distances(
    focus,
    links.filter((l) => l.direction === 'down').map((l) => ({ near: l.from, far: l.to })),
  );
  const nodes: LineageNode[] = [{ id: focus, direction: 'focus', distance: 0, kind: kindOf(focus) }];
  for (const [id, distance] of up)
    if (id !== focus) nodes.push({ id, direction: 'up', distance, kind: kindOf(id) });
  for (const [id, distance] of down)
    if (id !== focus && !up.has(id)) nodes.push({ id, direction: 'down', distance, kind: kindOf(id) });
  return { focus, nodes, links };
}

/** The part within `up` hops upstream and `down` hops downstream, and how many nodes lie beyond. */
export function sliceGraph(graph: LineageGraph, up: number, down: number) {
  const visible = graph.nodes.filter(
    (n) => n.direction === 'focus' || (n.direction === 'up' ? n.distance <= up : n.distance <= down),
  );
  const ids = new Set(visible.map((n) => n.id));
  const links = graph.links.filter((l) => ids.has(l.from) && ids.has(l.to));
  const maxUp = Math.max(0, ...graph.nodes.filter((n) => n.direction === 'up').map((n) => n.distance));
  const maxDown = Math.max(0, ...graph.nodes.filter((n) => n.direction === 'down').map((n) => n.distance));
  return {
    nodes: visible,
    links,
    hiddenUp: graph.nodes.filter((n) => n.direction === 'up' && n.distance > up).length,
    hiddenDown: graph.nodes.filter((n) => n.direction === 'down' && n.distance > down).length,
    maxUp,
    maxDown,
  };
}
