// One diagram: the drawing (loaded on demand with the graph library) and the same content as tables,
// for keyboard and screen-reader users: classes with links, relations, enumerations.
import { DataTable } from '../../components/data-table.js';
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
        <DataTable
          caption={tx('diagramClassesCaption')}
          columns={[tx('name'), tx('stereotype'), tx('attributes')]}
          className="utrecht-table"
        >
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
        </DataTable>
      </div>

      {diagram.relaties.length > 0 && (
        <div className="ggm-table-scroll">
          <DataTable
            caption={tx('diagramRelationsCaption')}
            columns={[tx('from'), tx('kind'), tx('name'), tx('to'), tx('cardinality')]}
            className="utrecht-table"
          >
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
          </DataTable>
        </div>
      )}

      {diagram.enumeraties.length > 0 && (
        <DataTable
          caption={tx('diagramEnumsCaption')}
          columns={[tx('name'), tx('values')]}
          className="utrecht-table"
        >
          {diagram.enumeraties.map((e) => (
            <tr className="utrecht-table__row" key={e.id}>
              <th className="utrecht-table__cell" scope="row">
                {e.naam}
              </th>
              <td className="utrecht-table__cell">{e.waarden.join(', ') || tx('none')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
