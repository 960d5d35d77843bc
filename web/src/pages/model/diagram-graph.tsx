// The diagram drawn with React Flow (DOM nodes) on a dagre layout: each class a box with its own
// attributes and a link to its class page (the keyboard path: Tab goes through the links), relations
// as labelled edges, generalizations labelled "is een" so nothing depends on the line style alone.
import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { layoutDiagram, MAX_LINES, NODE_WIDTH } from './diagram-layout.js';
import { classPath, type DiagramDetail } from './model-api.js';
import { useModelTexts } from './model-texts.js';

interface BoxData extends Record<string, unknown> {
  title: string;
  /** The class page's key; absent for enumerations and datatypes. */
  link?: string;
  stereotype?: string;
  lines: string[];
  more: number;
}

function ClassBox({ data }: NodeProps<Node<BoxData>>) {
  return (
    <div className="ggm-uml" style={{ width: NODE_WIDTH }}>
      {/* relations run bottom to top (layout BT): they leave a box at its top and enter at its bottom */}
      <Handle type="source" position={Position.Top} isConnectable={false} className="ggm-uml__handle" />
      <Handle type="target" position={Position.Bottom} isConnectable={false} className="ggm-uml__handle" />
      <div className="ggm-uml__head">
        {data.stereotype && <span className="ggm-uml__stereotype">«{data.stereotype}»</span>}
        {data.link ? (
          <Link className="utrecht-link ggm-uml__name nodrag nopan" to={classPath(data.link)}>
            {data.title}
          </Link>
        ) : (
          <span className="ggm-uml__name">{data.title}</span>
        )}
      </div>
      <ul className="ggm-uml__lines">
        {data.lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
        {data.more > 0 && <li>+ {data.more}</li>}
      </ul>
    </div>
  );
}

const NODE_TYPES = { box: ClassBox };

export default function DiagramGraph({ diagram }: { diagram: DiagramDetail }) {
  const tx = useModelTexts();
  const navigate = useNavigate();
  const { nodes, edges } = useMemo(() => {
    const placed = layoutDiagram(diagram);
    const box = (id: string, data: BoxData): Node<BoxData> => {
      const p = placed.get(id)!;
      return { id, type: 'box', position: { x: p.x, y: p.y }, data, width: p.width, height: p.height };
    };
    const nodes: Node<BoxData>[] = [
      ...diagram.klassen.map((c) =>
        box(c.id, {
          title: c.naam ?? c.ggmNaam,
          ...(c.naam ? { link: c.naam } : {}),
          ...(c.stereotype ? { stereotype: c.stereotype } : {}),
          lines: c.attributen.slice(0, MAX_LINES).map((a) => `${a.naam}: ${a.type} [${a.kardinaliteit}]`),
          more: Math.max(0, c.attributen.length - MAX_LINES),
        }),
      ),
      ...diagram.enumeraties.map((e) =>
        box(e.id, {
          title: e.naam,
          stereotype: 'enumeratie',
          lines: e.waarden.slice(0, MAX_LINES),
          more: Math.max(0, e.waarden.length - MAX_LINES),
        }),
      ),
    ];
    const edges: Edge[] = diagram.relaties.map((r) =>
      r.soort === 'generalisatie'
        ? {
            id: r.id,
            source: r.van,
            target: r.naar,
            label: tx('generalization'),
            markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          }
        : {
            id: r.id,
            source: r.van,
            target: r.naar,
            label: `${r.naam} (${r.vanKardinaliteit ?? ''} → ${r.naarKardinaliteit ?? ''})`,
            markerEnd: { type: MarkerType.Arrow },
            style: { strokeDasharray: '6 3' },
          },
    );
    return { nodes, edges };
  }, [diagram, tx]);
  return (
    <div className="ggm-diagram-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        // big diagrams would fit only at an unreadable scale: start readable, the controls zoom out
        fitViewOptions={{ minZoom: 0.5 }}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        aria-label={tx('diagramGraphLabel', { name: diagram.naam })}
        onNodeClick={(event, node) => {
          const link = (node.data as BoxData).link;
          if (link && !(event.target as Element).closest('a')) void navigate(classPath(link));
        }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
