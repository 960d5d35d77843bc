import { usePageTexts } from '../../i18n/page-texts.js';
import { cellText } from '../runs/run-format.js';
import { DATA_TEXTS } from './data-texts.js';

/** A column of a governed page: its classification and the treatment the policy applied. */
export interface GovernedColumn {
  naam: string;
  classificatie: string;
  behandeling: 'clear' | 'pseudonymised' | 'masked' | 'generalised' | string;
}

export interface GovernedPage {
  _embedded: { gegevens: Record<string, unknown>[] };
  _links: { next?: { href: string } };
  doel: string;
  kolommen: GovernedColumn[];
}

export type Sort = { column: string; descending: boolean } | undefined;

/** The treatment as words (not colour): shown under every column that holds personal data. */
export function TreatmentLabel({ column }: { column: GovernedColumn }) {
  const t = usePageTexts(DATA_TEXTS);
  if (column.classificatie === 'none' && column.behandeling === 'clear') return null;
  const key = column.behandeling === 'clear' ? 'clear_t' : column.behandeling;
  const text = key in DATA_TEXTS.nl ? t(key as 'clear_t') : column.behandeling;
  return (
    <span className={`utrecht-data-badge ggm-treatment ggm-treatment--${column.behandeling}`}>
      <span className="ggm-visually-hidden">{t('treatment')}: </span>
      {text}
    </span>
  );
}

/** Rows under the policy, with sortable column headers when `onSort` is given. */
export function GovernedTable({
  caption,
  page,
  sort,
  onSort,
}: {
  caption: string;
  page: GovernedPage;
  sort?: Sort;
  onSort?: (sort: Sort) => void;
}) {
  const t = usePageTexts(DATA_TEXTS);
  const rows = page._embedded.gegevens;
  if (rows.length === 0) return <p className="utrecht-paragraph">{t('noRows')}</p>;
  return (
    <div className="ggm-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table ggm-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {page.kolommen.map((c) => {
              const sorted =
                sort?.column === c.naam ? (sort.descending ? 'descending' : 'ascending') : undefined;
              return (
                <th
                  key={c.naam}
                  className="utrecht-table__header-cell"
                  scope="col"
                  {...(sorted ? { 'aria-sort': sorted } : {})}
                >
                  {onSort ? (
                    <button
                      type="button"
                      className="ggm-sort"
                      aria-label={t('sortBy', { column: c.naam })}
                      onClick={() =>
                        onSort({ column: c.naam, descending: sort?.column === c.naam && !sort.descending })
                      }
                    >
                      {c.naam}
                      <span aria-hidden="true">
                        {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  ) : (
                    c.naam
                  )}
                  <br />
                  <TreatmentLabel column={c} />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, i) => (
            <tr className="utrecht-table__row" key={i}>
              {page.kolommen.map((c) => (
                <td key={c.naam} className="utrecht-table__cell" data-kolom={c.naam}>
                  {cellText(row[c.naam])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
