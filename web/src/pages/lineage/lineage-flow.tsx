// The lineage graph drawn with React Flow (DOM nodes) in a dagre layout. Each node is a button, so Tab
// reaches every node and Enter or a click puts it in focus; the list below the graph is the same
// content as tables.
import { useMemo } from 'react';
import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { usePageTexts } from '../../i18n/page-texts.js';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from './graph-layout.js';
import type { LineageLink, LineageNode } from './lineage-graph.js';
import { LINEAGE_TEXTS } from './lineage-texts.js';

export interface NodeLabel {
  title: string;
  detail: string;
}

type LineageNodeData = {
  label: NodeLabel;
  node: LineageNode;
  choose: (id: string) => void;
  chooseText: string;
};
type LineageFlowNode = Node<LineageNodeData, 'lineage'>;

function LineageNodeView({ data }: NodeProps<LineageFlowNode>) {
  const { node, label } = data;
  return (
    <div className={`ggm-lineage-node ggm-lineage-node--${node.direction} ggm-lineage-node--${node.kind}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <button type="button" className="ggm-lineage-node__button nodrag" onClick={() => data.choose(node.id)}>
        <span className="ggm-lineage-node__title">{label.title}</span>{' '}
        <span className="ggm-lineage-node__detail">{label.detail}</span>
        <span className="ggm-visually-hidden">: {data.chooseText}</span>
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

const NODE_TYPES = { lineage: LineageNodeView };
const ignore = () => undefined;

export function LineageFlow({
  nodes,
  links,
  labelOf,
  choose,
  focus,
}: {
  nodes: readonly LineageNode[];
  links: readonly LineageLink[];
  labelOf: (node: LineageNode) => NodeLabel;
  choose: (id: string) => void;
  focus: string;
}) {
  const text = usePageTexts(LINEAGE_TEXTS);
  const { flowNodes, flowEdges } = useMemo(() => {
    const positions = layoutGraph(nodes, links);
    const flowNodes: LineageFlowNode[] = nodes.map((n) => {
      const label = labelOf(n);
      return {
        id: n.id,
        type: 'lineage',
        position: positions.get(n.id) ?? { x: 0, y: 0 },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        data: {
          label,
          node: n,
          choose,
          chooseText: text('refocus', { node: label.title }),
        },
        draggable: false,
        selectable: false,
      };
    });
    const seen = new Set<string>();
    const flowEdges: Edge[] = [];
    for (const l of links) {
      const id = `${l.from}→${l.to}`;
      if (seen.has(id)) continue;
      seen.add(id);
      flowEdges.push({ id, source: l.from, target: l.to, focusable: false });
    }
    return { flowNodes, flowEdges };
  }, [nodes, links, labelOf, choose, text]);
  return (
    <div className="ggm-lineage-canvas" role="group" aria-label={text('graphLabel', { column: focus })}>
      <ReactFlow
        key={focus}
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={NODE_TYPES}
        fitView
        nodesFocusable={false}
        edgesFocusable={false}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        // React Flow lets a node take pointer events only when it has a handler; the node's button
        // does the work (for mouse and keyboard alike).
        onNodeClick={ignore}
        minZoom={0.2}
        proOptions={{ hideAttribution: false }}
      />
    </div>
  );
}
