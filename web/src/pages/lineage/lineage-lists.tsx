// The graph's text equivalent: the nodes shown (each a link that puts it in focus) and the links with
// their transformation, mapping and expression.
import { DataTable } from '../../components/data-table.js';
import { Link } from 'react-router';
import { usePageTexts } from '../../i18n/page-texts.js';
import type { NodeLabel } from './lineage-flow.js';
import type { LineageLink, LineageNode } from './lineage-graph.js';
import { LINEAGE_TEXTS } from './lineage-texts.js';

export function LineageLists({
  nodes,
  links,
  labelOf,
}: {
  nodes: readonly LineageNode[];
  links: readonly LineageLink[];
  labelOf: (node: LineageNode) => NodeLabel;
}) {
  const text = usePageTexts(LINEAGE_TEXTS);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = byId.get(id);
    return node?.kind === 'column' ? id : node ? labelOf(node).title : id;
  };
  const ordered = [...nodes].sort(
    (a, b) => order(a) - order(b) || a.distance - b.distance || a.id.localeCompare(b.id),
  );
  return (
    <section aria-labelledby="ggm-lineage-list" className="ggm-lineage-lists">
      <h2 id="ggm-lineage-list" className="utrecht-heading-2">
        {text('listTitle')}
      </h2>
      <div className="ggm-table-scroll">
        <DataTable
          caption={text('nodesCaption')}
          columns={[
            text('colNode'),
            text('colDirection'),
            { label: text('colHops'), className: 'utrecht-table__header-cell--numeric' },
          ]}
          className="utrecht-table"
        >
          {ordered.map((n) => (
            <tr key={n.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {n.direction === 'focus' || n.kind === 'constant' ? (
                  <strong>{name(n.id)}</strong>
                ) : (
                  <Link className="utrecht-link" to={`/herkomst/${n.id}`}>
                    {name(n.id)}
                  </Link>
                )}
              </th>
              <td className="utrecht-table__cell">{text(`dir.${n.direction}`)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{n.distance}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <div className="ggm-table-scroll">
        <DataTable
          caption={text('edgesCaption')}
          columns={(['colFrom', 'colTo', 'colTransform', 'colMapping', 'colExpression'] as const).map((k) =>
            text(k),
          )}
          className="utrecht-table"
        >
          {links.map((l, i) => (
            <tr key={i} className="utrecht-table__row">
              <td className="utrecht-table__cell">{name(l.from)}</td>
              <td className="utrecht-table__cell">{name(l.to)}</td>
              <td className="utrecht-table__cell">{l.edge?.transformatie ?? ''}</td>
              <td className="utrecht-table__cell">{l.edge?.mapping ?? ''}</td>
              <td className="utrecht-table__cell">
                <code>{l.edge?.expressie ?? ''}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </section>
  );
}

/** Upstream (farthest first), the focus, then downstream. */
function order(n: LineageNode): number {
  return n.direction === 'up' ? -n.distance : n.direction === 'focus' ? 0 : n.distance;
}
