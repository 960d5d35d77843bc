// The data table beside a chart: one row per cell, suppressed cells marked in words (and a pattern),
// never shown as 0.
import { DataTable } from '../../components/data-table.js';
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
      <DataTable
        caption={caption}
        columns={[
          ...columns.map((c) => c.title),
          { label: text('colNumerator'), className: 'utrecht-table__header-cell--numeric' },
          { label: text('colDenominator'), className: 'utrecht-table__header-cell--numeric' },
          { label: text('colValue'), className: 'utrecht-table__header-cell--numeric' },
        ]}
        className="utrecht-table ggm-figures"
      >
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
      </DataTable>
    </div>
  );
}
