// The lineage of one column: a form to choose it, the graph (1 hop each way, more on demand) and the
// same nodes and links as tables; a source node leads to the source's files.
import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { LineageFlow, type NodeLabel } from './lineage-flow.js';
import {
  buildLineageGraph,
  isSource,
  SOURCE_PREFIX,
  sliceGraph,
  type LineageAnswer,
  type LineageNode,
} from './lineage-graph.js';
import { LineageLists } from './lineage-lists.js';
import { LINEAGE_TEXTS } from './lineage-texts.js';
import { SourceView } from './source-view.js';

const EXAMPLES = ['gold.wmo_clienten.teller', 'silver.client.rechtspersoon_id', 'bronze.istandaarden.bsn'];

export function LineagePage({ column }: { column: string }) {
  const text = usePageTexts(LINEAGE_TEXTS);
  const navigate = useNavigate();
  const ids = useId();
  const [typed, setTyped] = useState(column);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) void navigate(`/herkomst/${typed.trim()}`);
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph">{text('intro')}</p>
      <form className="ggm-lineage-form" onSubmit={submit} role="search">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-kolom`}>
            {text('column')}
          </label>
          <p id={`${ids}-hint`} className="utrecht-form-field-description">
            {text('columnHint')}
          </p>
          <input
            id={`${ids}-kolom`}
            className="utrecht-textbox"
            value={typed}
            aria-describedby={`${ids}-hint`}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {text('show')}
        </button>
      </form>
      {!column ? (
        <>
          <h2 className="utrecht-heading-2">{text('examples')}</h2>
          <ul className="utrecht-unordered-list">
            {EXAMPLES.map((e) => (
              <li key={e}>
                <Link className="utrecht-link" to={`/herkomst/${e}`}>
                  {e}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : isSource(column) ? (
        <SourceView source={column.slice(SOURCE_PREFIX.length)} />
      ) : (
        <ColumnLineage key={column} column={column} />
      )}
    </>
  );
}

function ColumnLineage({ column }: { column: string }) {
  const navigate = useNavigate();
  const result = useApi(() => apiGet<LineageAnswer>('/herkomst', { kolom: column }), [column]);
  const choose = useCallback((id: string) => void navigate(`/herkomst/${id}`), [navigate]);
  return (
    <LoadedView result={result}>{(answer) => <LineageView answer={answer} choose={choose} />}</LoadedView>
  );
}

function LineageView({ answer, choose }: { answer: LineageAnswer; choose: (id: string) => void }) {
  const text = usePageTexts(LINEAGE_TEXTS);
  const graph = useMemo(() => buildLineageGraph(answer), [answer]);
  const [up, setUp] = useState(1);
  const [down, setDown] = useState(1);
  const shown = useMemo(() => sliceGraph(graph, up, down), [graph, up, down]);
  const labelOf = useCallback(
    (node: LineageNode): NodeLabel => {
      if (node.kind === 'source') {
        const source = node.id.slice(SOURCE_PREFIX.length);
        return { title: text('kind.source', { source }), detail: text(`dir.${node.direction}`) };
      }
      if (node.kind === 'constant')
        return { title: text('kind.constant'), detail: text(`dir.${node.direction}`) };
      const [schema = '', ...rest] = node.id.split('.');
      return { title: rest.join('.'), detail: `${schema} · ${text(`dir.${node.direction}`)}` };
    },
    [text],
  );
  return (
    <>
      <p className="utrecht-paragraph ggm-lineage-focus">{text('focus', { column: graph.focus })}</p>
      {graph.nodes.length === 1 ? (
        <p className="utrecht-paragraph">{text('nothing')}</p>
      ) : (
        <>
          <h2 className="utrecht-heading-2">{text('graphTitle')}</h2>
          <p className="utrecht-paragraph ggm-note">{text('graphHelp')}</p>
          <div className="ggm-lineage-controls">
            {shown.hiddenUp > 0 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setUp(up + 1)}
              >
                {text('moreUp', { n: shown.hiddenUp })}
              </button>
            )}
            {up > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => setUp(up - 1)}
              >
                {text('lessUp')}
              </button>
            )}
            {shown.hiddenDown > 0 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setDown(down + 1)}
              >
                {text('moreDown', { n: shown.hiddenDown })}
              </button>
            )}
            {down > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => setDown(down - 1)}
              >
                {text('lessDown')}
              </button>
            )}
          </div>
          <p className="utrecht-paragraph" role="status">
            {text('depth', { up: Math.min(up, shown.maxUp), down: Math.min(down, shown.maxDown) })}
          </p>
          <LineageFlow
            nodes={shown.nodes}
            links={shown.links}
            labelOf={labelOf}
            choose={choose}
            focus={graph.focus}
          />
          <LineageLists nodes={shown.nodes} links={shown.links} labelOf={labelOf} />
        </>
      )}
    </>
  );
}
