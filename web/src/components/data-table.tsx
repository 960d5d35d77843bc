import type { ReactNode } from 'react';

/** A column heading: its text, or the text with an extra class (`ggm-number` for figures). */
export type ColumnHead = string | { label: string; className?: string };

/**
 * A table with a caption and one row of column headings (NL Design System classes); the body rows are
 * the caller's, so each page keeps its own row headers and cells. `scroll` wraps it for wide tables.
 */
export function DataTable({
  caption,
  columns,
  className = 'utrecht-table ggm-table',
  scroll = false,
  testId,
  children,
}: {
  caption: ReactNode;
  columns: readonly ColumnHead[];
  className?: string;
  scroll?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const table = (
    <table className={className} data-testid={testId}>
      <caption className="utrecht-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {columns.map((column, i) => {
            const { label, className: extra } = typeof column === 'string' ? { label: column } : column;
            return (
              <th
                key={`${i}-${label}`}
                className={extra ? `utrecht-table__header-cell ${extra}` : 'utrecht-table__header-cell'}
                scope="col"
              >
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">{children}</tbody>
    </table>
  );
  return scroll ? <div className="ggm-table-scroll">{table}</div> : table;
}

/** A numeric column heading in the app's own style. */
export const numeric = (label: string): ColumnHead => ({ label, className: 'ggm-number' });
