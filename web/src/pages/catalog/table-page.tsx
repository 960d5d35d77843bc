// One table of the catalog: definition, facts (rows, freshness, quality), and its columns with type,
// classification badges and a link to each column's lineage. A column filter helps on wide tables.
import { DataTable } from '../../components/data-table.js';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import type { Indicator } from '../dashboards/gold-types.js';
import { goldTable } from './catalog-data.js';
import { CATALOG_TEXTS } from './catalog-texts.js';
import type { CatalogTable, GoldFacts } from './catalog-types.js';
import { ClassificationBadge } from './classification-badge.js';
import { QualityStatus } from './quality-status.js';

async function loadTable(name: string): Promise<CatalogTable> {
  if (name.startsWith('gold.')) {
    const id = name.slice('gold.'.length);
    const [indicator, facts] = await Promise.all([
      apiGet<Indicator>(`/indicatoren/${encodeURIComponent(id)}`),
      apiGet<{ tabellen: GoldFacts[] }>('/gold-tabellen'),
    ]);
    return goldTable(
      indicator,
      facts.tabellen.find((f) => f.indicator === id),
    );
  }
  return { ...(await apiGet<CatalogTable>(`/tabellen/${encodeURIComponent(name)}`)), schema: 'silver' };
}

export function TablePage() {
  const { tabel = '' } = useParams();
  const text = usePageTexts(CATALOG_TEXTS);
  const result = useApi(() => loadTable(tabel), [tabel]);
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/catalogus">
          {text('back')}
        </Link>
      </p>
      <LoadedView result={result}>{(table) => <TableView table={table} />}</LoadedView>
    </>
  );
}

function TableView({ table }: { table: CatalogTable }) {
  const text = usePageTexts(CATALOG_TEXTS);
  const format = useFormat();
  const ids = useId();
  const [filter, setFilter] = useState('');
  const qualified = table.schema === 'gold' ? table.naam : `silver.${table.naam}`;
  const columns = table.kolommen.filter((c) => c.naam.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <>
      <h1 className="utrecht-heading-1">{qualified}</h1>
      {table.titel && <p className="utrecht-paragraph ggm-lead">{table.titel}</p>}
      <h2 className="utrecht-heading-2">{text('definition')}</h2>
      <p className="utrecht-paragraph">{table.definitie ?? text('noDefinition')}</p>
      <h2 className="utrecht-heading-2">{text('facts')}</h2>
      <dl className="ggm-facts ggm-facts--grid">
        <dt>{text('kind')}</dt>
        <dd>
          {table.schema} · {table.soort}
        </dd>
        {table.ggmKlasse && (
          <>
            <dt>{text('ggmClass')}</dt>
            <dd>
              <Link className="utrecht-link" to={`/model/klassen/${encodeURIComponent(table.ggmKlasse)}`}>
                {table.ggmKlasse}
              </Link>
            </dd>
          </>
        )}
        <dt>{text('rows')}</dt>
        <dd>{table.aantalRijen === null ? text('unknown') : format.number(table.aantalRijen)}</dd>
        {table.onderdrukteCellen !== undefined && (
          <>
            <dt>{text('suppressedCells')}</dt>
            <dd>{format.number(table.onderdrukteCellen)}</dd>
          </>
        )}
        <dt>{text('updated')}</dt>
        <dd>{table.bijgewerktOp ? format.dateTime(table.bijgewerktOp) : text('unknown')}</dd>
        {table.schema === 'silver' ? (
          <>
            <dt>{text('quality')}</dt>
            <dd>
              <QualityStatus quality={table.kwaliteit} /> ·{' '}
              <Link className="utrecht-link" to={`/kwaliteit?tabel=${encodeURIComponent(table.naam)}`}>
                {text('qualityLink')}
              </Link>
            </dd>
          </>
        ) : (
          <>
            <dt>{text('dashboardLink')}</dt>
            <dd>
              <Link className="utrecht-link" to={`/dashboards/${table.naam.slice('gold.'.length)}`}>
                {table.titel ?? table.naam}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <h2 className="utrecht-heading-2">{text('columns')}</h2>
      <p className="utrecht-paragraph ggm-note">{text('legend')}</p>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${ids}-kolom`}>
          {text('columnFilter')}
        </label>
        <input
          id={`${ids}-kolom`}
          type="search"
          className="utrecht-textbox"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div className="ggm-table-scroll">
        <DataTable
          caption={text('columnsCaption', { table: qualified })}
          columns={(
            [
              'colColumn',
              'colType',
              'colRequired',
              'colClassification',
              'colDefinition',
              'colLineage',
            ] as const
          ).map((k) => text(k))}
          className="utrecht-table"
        >
          {columns.map((c) => (
            <tr key={c.naam} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <code>{c.naam}</code>
              </th>
              <td className="utrecht-table__cell">{c.type}</td>
              <td className="utrecht-table__cell">
                {c.verplicht === undefined ? '' : c.verplicht ? text('yes') : text('no')}
              </td>
              <td className="utrecht-table__cell">
                <ClassificationBadge kind={c.classificatie} />
              </td>
              <td className="utrecht-table__cell">{c.definitie ?? ''}</td>
              <td className="utrecht-table__cell">
                <Link
                  className="utrecht-link"
                  to={`/herkomst/${qualified}.${c.naam}`}
                  aria-label={text('lineageOf', { column: `${qualified}.${c.naam}` })}
                >
                  {text('colLineage')}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}
