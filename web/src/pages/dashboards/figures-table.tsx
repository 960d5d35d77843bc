// The data table beside a chart: one row per cell, suppressed cells marked in words (and a pattern),
// never shown as 0.
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import type { GoldRow } from './gold-types.js';

export interface FigureColumn {
  /** The row's key (periode or a dimension name). */
  key: string;
  title: string;
}

export function SuppressedMark() {
  const text = usePageTexts(DASHBOARD_TEXTS);
  return <span className="utrecht-badge-status ggm-suppressed">{text('suppressed')}</span>;
}

export function FiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly FigureColumn[];
  rows: readonly GoldRow[];
}) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const format = useFormat();
  const figure = (row: GoldRow, value: number | null) =>
    row.onderdrukt ? <SuppressedMark /> : value === null ? '' : format.number(value, 2);
  return (
    <div className="ggm-table-scroll">
      <table className="utrecht-table ggm-figures">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" className="utrecht-table__header-cell">
                {c.title}
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {text('colNumerator')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {text('colDenominator')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {text('colValue')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, i) => (
            <tr key={i} className={`utrecht-table__row${row.onderdrukt ? ' ggm-row--suppressed' : ''}`}>
              {columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.key} scope="row" className="utrecht-table__header-cell">
                    {String(row[c.key] ?? '')}
                  </th>
                ) : (
                  <td key={c.key} className="utrecht-table__cell">
                    {String(row[c.key] ?? '')}
                  </td>
                ),
              )}
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row, row.teller)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row, row.noemer)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row, row.waarde)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
