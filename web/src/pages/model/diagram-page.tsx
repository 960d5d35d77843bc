// One diagram: the drawing (loaded on demand with the graph library) and the same content as tables,
// for keyboard and screen-reader users: classes with links, relations, enumerations.
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useT } from '../../i18n/language.js';
import { classPath, modelApi, type DiagramClass, type DiagramDetail } from './model-api.js';
import { useModelTexts } from './model-texts.js';

const DiagramGraph = lazy(() => import('./diagram-graph.js'));

export function DiagramPage() {
  const { id = '' } = useParams();
  const result = useApi(() => modelApi.diagram(id), [id]);
  return <LoadedView result={result}>{(d) => <DiagramView diagram={d} />}</LoadedView>;
}

function ClassName({ cls }: { cls: DiagramClass | undefined }) {
  const tx = useModelTexts();
  if (!cls) return null;
  return cls.naam ? (
    <Link className="utrecht-link" to={classPath(cls.naam)}>
      {cls.naam}
    </Link>
  ) : (
    <>
      {cls.ggmNaam} {tx('datatype')}
    </>
  );
}

function DiagramView({ diagram }: { diagram: DiagramDetail }) {
  const tx = useModelTexts();
  const { t } = useT();
  const byId = new Map(diagram.klassen.map((c) => [c.id, c]));
  return (
    <>
      <h1 className="utrecht-heading-1">{tx('diagramTitle', { name: diagram.naam })}</h1>
      {diagram.pakket && (
        <p className="utrecht-paragraph ggm-model-path">
          {tx('package')}: {diagram.pakket.pad.join(' / ')}
        </p>
      )}
      <figure className="ggm-diagram">
        <figcaption className="utrecht-paragraph">
          {tx('diagramFigure', {
            name: diagram.naam,
            classes: diagram.klassen.length,
            relations: diagram.relaties.length,
          })}{' '}
          {tx('diagramHelp')}
        </figcaption>
        <Suspense fallback={<p className="utrecht-paragraph">{t('common.loading')}</p>}>
          <DiagramGraph diagram={diagram} />
        </Suspense>
      </figure>

      <div className="ggm-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{tx('diagramClassesCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {tx('name')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {tx('stereotype')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {tx('attributes')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {diagram.klassen.map((c) => (
              <tr className="utrecht-table__row" key={c.id}>
                <th className="utrecht-table__cell" scope="row">
                  <ClassName cls={c} />
                </th>
                <td className="utrecht-table__cell">{c.stereotype ?? ''}</td>
                <td className="utrecht-table__cell">
                  {c.attributen.map((a) => `${a.naam}: ${a.type} [${a.kardinaliteit}]`).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {diagram.relaties.length > 0 && (
        <div className="ggm-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{tx('diagramRelationsCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {tx('from')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {tx('kind')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {tx('name')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {tx('to')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {tx('cardinality')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {diagram.relaties.map((r) => (
                <tr className="utrecht-table__row" key={r.id}>
                  <td className="utrecht-table__cell">
                    <ClassName cls={byId.get(r.van)} />
                  </td>
                  <td className="utrecht-table__cell">
                    {r.soort === 'generalisatie' ? tx('generalization') : tx('association')}
                  </td>
                  <td className="utrecht-table__cell">{r.naam}</td>
                  <td className="utrecht-table__cell">
                    <ClassName cls={byId.get(r.naar)} />
                  </td>
                  <td className="utrecht-table__cell">
                    {r.soort === 'associatie'
                      ? `${r.vanKardinaliteit ?? ''} → ${r.naarKardinaliteit ?? ''}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {diagram.enumeraties.length > 0 && (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{tx('diagramEnumsCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {tx('name')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {tx('values')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {diagram.enumeraties.map((e) => (
              <tr className="utrecht-table__row" key={e.id}>
                <th className="utrecht-table__cell" scope="row">
                  {e.naam}
                </th>
                <td className="utrecht-table__cell">{e.waarden.join(', ') || tx('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
