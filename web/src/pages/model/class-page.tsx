// A class page: definition, own and inherited attributes with their types, associations as links to
// the other class, the enumerations the attributes use with their values, MIM and GEMMA metadata, and
// the diagrams the class is drawn in.
import { DataTable } from '../../components/data-table.js';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { classPath, diagramPath, modelApi, type ClassDetail, type ClassRef } from './model-api.js';
import { useModelTexts } from './model-texts.js';

function ClassLink({ cls }: { cls: ClassRef }) {
  return cls.naam ? (
    <Link className="utrecht-link" to={classPath(cls.naam)}>
      {cls.naam}
    </Link>
  ) : (
    <>{cls.ggmNaam}</>
  );
}

const enumAnchor = (id: string) => `enumeratie-${id}`;

export function ClassPage() {
  const { naam = '' } = useParams();
  const result = useApi(() => modelApi.klasse(naam), [naam]);
  return <LoadedView result={result}>{(cls) => <ClassView cls={cls} />}</LoadedView>;
}

function Metadata({ title, values, id }: { title: string; values: Record<string, string>; id: string }) {
  const tx = useModelTexts();
  const entries = Object.entries(values);
  return (
    <section aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="utrecht-paragraph">{tx('none')}</p>
      ) : (
        <dl className="ggm-model-facts">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                {/^https?:\/\//.test(value) ? (
                  <a className="utrecht-link" href={value} rel="noreferrer">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function ClassView({ cls }: { cls: ClassDetail }) {
  const tx = useModelTexts();
  const list = (refs: ClassRef[]) =>
    refs.length === 0
      ? tx('none')
      : refs.map((r, i) => (
          <span key={r.ggmNaam + i}>
            {i > 0 && ', '}
            <ClassLink cls={r} />
          </span>
        ));
  return (
    <article className="ggm-model-class">
      <h1 className="utrecht-heading-1">{cls.naam}</h1>
      {cls.pakket && (
        <p className="utrecht-paragraph ggm-model-path">
          {tx('package')}: {cls.pakket.pad.join(' / ')}
        </p>
      )}
      {cls.definitie && <p className="utrecht-paragraph">{cls.definitie}</p>}
      <dl className="ggm-model-facts">
        {cls.ggmNaam !== cls.naam && (
          <div>
            <dt>{tx('name')}</dt>
            <dd>{cls.ggmNaam}</dd>
          </div>
        )}
        {cls.stereotype && (
          <div>
            <dt>{tx('stereotype')}</dt>
            <dd>{cls.stereotype}</dd>
          </div>
        )}
        <div>
          <dt>{tx('abstract')}</dt>
          <dd>{cls.abstract ? tx('yes') : tx('no')}</dd>
        </div>
        {cls.alias && (
          <div>
            <dt>{tx('alias')}</dt>
            <dd>{cls.alias}</dd>
          </div>
        )}
        {cls.synoniemen.length > 0 && (
          <div>
            <dt>{tx('synonyms')}</dt>
            <dd>{cls.synoniemen.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{tx('superclasses')}</dt>
          <dd>{list(cls.superklassen)}</dd>
        </div>
        <div>
          <dt>{tx('subclasses')}</dt>
          <dd>{list(cls.subklassen)}</dd>
        </div>
        {cls.toelichting && (
          <div>
            <dt>{tx('note')}</dt>
            <dd>{cls.toelichting}</dd>
          </div>
        )}
      </dl>

      <h2 className="utrecht-heading-2">{tx('attributes')}</h2>
      <div className="ggm-table-scroll">
        <DataTable
          caption={tx('attributesCaption', { name: cls.naam })}
          columns={[tx('name'), tx('type'), tx('cardinality'), tx('inheritedFrom'), tx('definition')]}
          className="utrecht-table"
        >
          {cls.attributen.map((a) => (
            <tr className="utrecht-table__row" key={`${a.geerfdVan?.ggmNaam ?? ''}.${a.naam}`}>
              <th className="utrecht-table__cell" scope="row">
                {a.naam}
              </th>
              <td className="utrecht-table__cell">
                {a.type.enumeratie ? (
                  <a className="utrecht-link" href={`#${enumAnchor(a.type.enumeratie)}`}>
                    {a.type.tekst}
                  </a>
                ) : a.type.klasse ? (
                  <Link className="utrecht-link" to={classPath(a.type.klasse)}>
                    {a.type.tekst}
                  </Link>
                ) : (
                  a.type.tekst
                )}
              </td>
              <td className="utrecht-table__cell">{a.kardinaliteit}</td>
              <td className="utrecht-table__cell">
                {a.geerfdVan ? <ClassLink cls={a.geerfdVan} /> : tx('own')}
              </td>
              <td className="utrecht-table__cell">{a.definitie ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      </div>

      <h2 className="utrecht-heading-2">{tx('associations')}</h2>
      {cls.associaties.length === 0 ? (
        <p className="utrecht-paragraph">{tx('none')}</p>
      ) : (
        <div className="ggm-table-scroll">
          <DataTable
            caption={tx('associationsCaption', { name: cls.naam })}
            columns={[tx('name'), tx('direction'), tx('otherClass'), tx('cardinality'), tx('definition')]}
            className="utrecht-table"
          >
            {cls.associaties.map((a, i) => (
              <tr className="utrecht-table__row" key={i}>
                <th className="utrecht-table__cell" scope="row">
                  {a.naam}
                </th>
                <td className="utrecht-table__cell">
                  {a.richting === 'uitgaand' ? tx('outgoing') : tx('incoming')}
                </td>
                <td className="utrecht-table__cell">
                  <ClassLink cls={a.klasse} />
                </td>
                <td className="utrecht-table__cell">{a.kardinaliteit}</td>
                <td className="utrecht-table__cell">{a.definitie ?? ''}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}

      <h2 className="utrecht-heading-2">{tx('enumerations')}</h2>
      {cls.enumeraties.length === 0 && <p className="utrecht-paragraph">{tx('none')}</p>}
      {cls.enumeraties.map((e) => (
        <section key={e.id} id={enumAnchor(e.id)} aria-labelledby={`${enumAnchor(e.id)}-kop`}>
          <h3 className="utrecht-heading-3" id={`${enumAnchor(e.id)}-kop`}>
            {e.naam}
          </h3>
          {e.definitie && <p className="utrecht-paragraph">{e.definitie}</p>}
          {e.waarden.length === 0 ? (
            <p className="utrecht-paragraph">{tx('noLiterals')}</p>
          ) : (
            <DataTable
              caption={tx('literalsCaption', { name: e.naam })}
              columns={[tx('name'), tx('code'), tx('definition')]}
              className="utrecht-table"
            >
              {e.waarden.map((w, i) => (
                <tr className="utrecht-table__row" key={i}>
                  <th className="utrecht-table__cell" scope="row">
                    {w.naam}
                  </th>
                  <td className="utrecht-table__cell">{w.code ?? ''}</td>
                  <td className="utrecht-table__cell">{w.definitie ?? ''}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ))}

      <Metadata title={tx('mim')} values={cls.mim} id="ggm-model-mim" />
      <Metadata title={tx('gemma')} values={cls.gemma} id="ggm-model-gemma" />

      <h2 className="utrecht-heading-2">{tx('inDiagrams')}</h2>
      {cls.diagrammen.length === 0 ? (
        <p className="utrecht-paragraph">{tx('none')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {cls.diagrammen.map((d) => (
            <li key={d.id}>
              <Link className="utrecht-link" to={diagramPath(d.id)}>
                {d.naam}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
