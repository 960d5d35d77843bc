// The zorgpad flows (verwijzer → aanbieder → productcategorie) as a sankey diagram, with the table of
// every flow as its alternative. Built on the gold long-table shape: the flows between consecutive
// dimensions are the cells where exactly those two dimensions are not Totaal.
import { DataTable } from '../../components/data-table.js';
import { useCallback, useId, useMemo, useState } from 'react';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import { EChart } from './echart.js';
import { SuppressedMark } from './figures-table.js';
import { flows, periodsOf } from './gold-figures.js';
import type { GoldRow, Indicator } from './gold-types.js';
import { CsvButton } from './metric-views.js';

export function FlowView({ indicator, rows }: { indicator: Indicator; rows: readonly GoldRow[] }) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const format = useFormat();
  const ids = useId();
  const periods = useMemo(() => periodsOf(rows), [rows]);
  const [chosen, setChosen] = useState<string>();
  const period = chosen && periods.includes(chosen) ? chosen : (periods.at(-1) ?? '');
  const all = useMemo(() => flows(rows, indicator, period), [rows, indicator, period]);
  const titleOf = useCallback(
    (name: string) => indicator.dimensies.find((d) => d.naam === name)?.titel ?? name,
    [indicator],
  );
  const option = useMemo(() => {
    // Node names carry their level, so one name at two levels (a provider that also refers) stays two nodes.
    const node = (dimension: string, value: string) => `${titleOf(dimension)}: ${value}`;
    const shown = all.filter((f) => !f.row.onderdrukt && (f.row.teller ?? 0) > 0);
    const names = new Set(shown.flatMap((f) => [node(f.fromDimension, f.from), node(f.toDimension, f.to)]));
    return {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'sankey',
          emphasis: { focus: 'adjacency' },
          data: [...names].map((name) => ({ name })),
          links: shown.map((f) => ({
            source: node(f.fromDimension, f.from),
            target: node(f.toDimension, f.to),
            value: f.row.teller,
          })),
        },
      ],
    };
  }, [all, titleOf]);
  const dimensions = indicator.dimensies.map((d) => d.titel).join(' → ');
  const caption = text('flowCaption', { period, dimensions });
  const csvRows = all.map((f) => ({
    ...f.row,
    van: `${f.fromDimension}=${f.from}`,
    naar: `${f.toDimension}=${f.to}`,
  }));
  return (
    <section aria-labelledby="ggm-flow-title" className="ggm-view">
      <h2 id="ggm-flow-title" className="utrecht-heading-2">
        {text('flowTitle')}
      </h2>
      <div className="ggm-controls">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-periode`}>
            {text('period')}
          </label>
          <select
            id={`${ids}-periode`}
            className="utrecht-select"
            value={period}
            onChange={(e) => setChosen(e.target.value)}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      {all.length === 0 ? (
        <p className="utrecht-paragraph">{text('noFigures')}</p>
      ) : (
        <>
          <figure className="ggm-figure">
            <figcaption className="utrecht-paragraph ggm-figcaption">{caption}</figcaption>
            <EChart
              option={option}
              height={480}
              description={text('flowDescription', { metric: indicator.titel, period })}
            />
          </figure>
          <div className="ggm-table-scroll">
            <DataTable
              caption={caption}
              columns={[
                text('colFrom'),
                text('colTo'),
                { label: text('colNumerator'), className: 'utrecht-table__header-cell--numeric' },
              ]}
              className="utrecht-table"
            >
              {all.map((f, i) => (
                <tr key={i} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    {titleOf(f.fromDimension)}: {f.from}
                  </td>
                  <td className="utrecht-table__cell">
                    {titleOf(f.toDimension)}: {f.to}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {f.row.onderdrukt ? <SuppressedMark /> : format.number(f.row.teller ?? 0, 2)}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
          <p className="utrecht-paragraph ggm-note">
            {text('tableNote')} {text('suppressedNote')}
          </p>
          <CsvButton
            fileName={`${indicator.id}-${period}.csv`}
            rows={csvRows}
            columns={['periode', 'van', 'naar']}
          />
        </>
      )}
    </section>
  );
}

export function FlowUnavailable() {
  const text = usePageTexts(DASHBOARD_TEXTS);
  return (
    <div className="utrecht-alert utrecht-alert--info" role="status">
      <h2 className="utrecht-heading-2">{text('flowUnavailable')}</h2>
      <p className="utrecht-paragraph">{text('flowUnavailableDetail')}</p>
    </div>
  );
}
