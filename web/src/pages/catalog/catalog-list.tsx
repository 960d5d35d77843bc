// The catalog's list: search (exact names first), filters by layer, rows and personal data, and the
// first matches with a way to show more (the warehouse has a thousand tables).
import { CheckboxField } from '../../components/form-fields.js';
import { DataTable } from '../../components/data-table.js';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { loadCatalog } from './catalog-data.js';
import { searchCatalog } from './catalog-search.js';
import { CATALOG_TEXTS } from './catalog-texts.js';
import type { CatalogTable } from './catalog-types.js';
import { TableBadges } from './classification-badge.js';
import { QualityStatus } from './quality-status.js';

const SHOWN = 50;

export function CatalogList() {
  const text = usePageTexts(CATALOG_TEXTS);
  const result = useApi(loadCatalog, []);
  return (
    <>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph">{text('intro')}</p>
      <LoadedView result={result}>{(tables) => <CatalogSearch tables={tables} />}</LoadedView>
    </>
  );
}

function CatalogSearch({ tables }: { tables: readonly CatalogTable[] }) {
  const text = usePageTexts(CATALOG_TEXTS);
  const format = useFormat();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [schema, setSchema] = useState('');
  const [onlyRows, setOnlyRows] = useState(true);
  const [onlyPersonal, setOnlyPersonal] = useState(false);
  const [limit, setLimit] = useState(SHOWN);
  const found = useMemo(
    () =>
      searchCatalog(tables, query).filter(
        (t) =>
          (!schema || t.schema === schema) &&
          (!onlyRows || (t.aantalRijen ?? 0) > 0) &&
          (!onlyPersonal || t.kolommen.some((c) => c.classificatie !== 'none')),
      ),
    [tables, query, schema, onlyRows, onlyPersonal],
  );
  return (
    <>
      <div role="search" className="ggm-catalog-filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-zoek`}>
            {text('search')}
          </label>
          <input
            id={`${ids}-zoek`}
            type="search"
            className="utrecht-textbox"
            value={query}
            aria-describedby={`${ids}-hint`}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(SHOWN);
            }}
          />
          <p id={`${ids}-hint`} className="utrecht-form-field-description">
            {text('searchHint')}
          </p>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-laag`}>
            {text('schema')}
          </label>
          <select
            id={`${ids}-laag`}
            className="utrecht-select"
            value={schema}
            onChange={(e) => setSchema(e.target.value)}
          >
            <option value="">{text('schemaAll')}</option>
            <option value="silver">silver</option>
            <option value="gold">gold</option>
          </select>
        </div>
        <CheckboxField
          id={`${ids}-rijen`}
          label={text('onlyRows')}
          checked={onlyRows}
          onChange={setOnlyRows}
        />
        <CheckboxField
          id={`${ids}-persoon`}
          label={text('onlyPersonal')}
          checked={onlyPersonal}
          onChange={setOnlyPersonal}
        />
      </div>
      <p className="utrecht-paragraph" role="status">
        {text('results', { n: found.length })}
      </p>
      <p className="utrecht-paragraph ggm-note">{text('legend')}</p>
      <div className="ggm-table-scroll">
        <DataTable
          caption={text('caption')}
          columns={(
            [
              'colTable',
              'colSchema',
              'colClass',
              'colRows',
              'colUpdated',
              'colQuality',
              'colClassification',
            ] as const
          ).map((k) => text(k))}
          className="utrecht-table"
        >
          {found.slice(0, limit).map((t) => (
            <tr key={t.naam} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" to={`/catalogus/${t.naam}`}>
                  {t.naam}
                </Link>
              </th>
              <td className="utrecht-table__cell">{t.schema}</td>
              <td className="utrecht-table__cell">{t.ggmKlasse ?? t.titel ?? ''}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {t.aantalRijen === null ? text('unknown') : format.number(t.aantalRijen)}
              </td>
              <td className="utrecht-table__cell">{t.bijgewerktOp ? format.dateTime(t.bijgewerktOp) : ''}</td>
              <td className="utrecht-table__cell">
                <QualityStatus quality={t.kwaliteit} />
              </td>
              <td className="utrecht-table__cell">
                <TableBadges kinds={t.kolommen.map((c) => c.classificatie)} />
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      {found.length > limit && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setLimit(limit + SHOWN)}
        >
          {text('showMore')}
        </button>
      )}
    </>
  );
}
