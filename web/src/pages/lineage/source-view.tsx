// A source at the upstream end of lineage: its file pattern, bronze table, and the files loaded.
import { DataTable } from '../../components/data-table.js';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { LINEAGE_TEXTS } from './lineage-texts.js';

interface SourceAnswer {
  naam: string;
  omschrijving?: string;
  pad?: string;
  tabel?: string;
  bronzeTabel: string;
  aantalBestanden: number;
  bestanden: {
    bestand: string;
    geladenOp: string | null;
    rijenGeladen: number;
    rijenInQuarantaine: number;
    mislukt: boolean;
  }[];
}

export function SourceView({ source }: { source: string }) {
  const text = usePageTexts(LINEAGE_TEXTS);
  const format = useFormat();
  const result = useApi(() => apiGet<SourceAnswer>(`/bronnen/${encodeURIComponent(source)}`), [source]);
  return (
    <LoadedView result={result}>
      {(s) => (
        <section aria-labelledby="ggm-source-title">
          <h2 id="ggm-source-title" className="utrecht-heading-2">
            {text('sourceTitle', { source: s.naam })}
          </h2>
          <p className="utrecht-paragraph ggm-lineage-focus">
            {text('focus', { column: text('kind.source', { source: s.naam }) })}
          </p>
          {s.omschrijving && <p className="utrecht-paragraph">{s.omschrijving}</p>}
          <dl className="ggm-facts--grid">
            <dt>{text('sourcePattern')}</dt>
            <dd>
              <code>{s.pad ?? s.tabel}</code> · {text('sourceFiles', { n: s.aantalBestanden })}
            </dd>
            <dt>{text('sourceBronze')}</dt>
            <dd>{s.bronzeTabel}</dd>
          </dl>
          <div className="ggm-table-scroll">
            <DataTable
              caption={text('filesCaption', { source: s.naam })}
              columns={[
                text('colFile'),
                text('colLoaded'),
                { label: text('colRows'), className: 'utrecht-table__header-cell--numeric' },
                { label: text('colQuarantined'), className: 'utrecht-table__header-cell--numeric' },
              ]}
              className="utrecht-table"
            >
              {s.bestanden.map((f) => (
                <tr key={f.bestand} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <code>{f.bestand}</code>{' '}
                    {f.mislukt && <span className="ggm-failed">({text('failed')})</span>}
                  </th>
                  <td className="utrecht-table__cell">{f.geladenOp ? format.dateTime(f.geladenOp) : ''}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {format.number(f.rijenGeladen)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {format.number(f.rijenInQuarantaine)}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
          {s.aantalBestanden > s.bestanden.length && (
            <p className="utrecht-paragraph ggm-note">
              {text('moreFiles', { shown: s.bestanden.length, total: s.aantalBestanden })}
            </p>
          )}
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to="/quarantaine">
              /quarantaine
            </Link>
          </p>
        </section>
      )}
    </LoadedView>
  );
}
