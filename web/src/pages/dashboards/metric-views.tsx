// The two views of a metric's figures: the time series of its total and the breakdown by one
// dimension in one period. Each is a figure (chart + caption) with the data table and a CSV download
// of exactly the rows shown.
import { useId, useMemo, useState } from 'react';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import { EChart } from './echart.js';
import { FiguresTable, type FigureColumn } from './figures-table.js';
import { downloadText } from './download.js';
import { breakdown, figuresCsv, periodsOf, timeSeries } from './gold-figures.js';
import type { GoldRow, Indicator } from './gold-types.js';

/** Axis labels say "onderdrukt" under a suppressed cell, so the gap is never read as a 0. */
function axisLabel(label: string, row: GoldRow, suppressed: string): string {
  return row.onderdrukt ? `${label}\n(${suppressed})` : label;
}

export function CsvButton({
  fileName,
  rows,
  columns,
}: {
  fileName: string;
  rows: readonly GoldRow[];
  columns: string[];
}) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--secondary-action"
      onClick={() => downloadText(fileName, figuresCsv(rows, columns))}
    >
      {text('download')}
    </button>
  );
}

function SuppressedNote({ rows }: { rows: readonly GoldRow[] }) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const count = rows.filter((r) => r.onderdrukt).length;
  if (count === 0) return null;
  return (
    <p className="utrecht-paragraph ggm-note">
      {text('suppressedInChart', { n: count })} {text('suppressedNote')}
    </p>
  );
}

export function SeriesView({
  indicator,
  rows,
  grainTitle,
}: {
  indicator: Indicator;
  rows: readonly GoldRow[];
  grainTitle: string;
}) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const series = useMemo(() => timeSeries(rows, indicator), [rows, indicator]);
  const suppressed = text('suppressed');
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 24, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: series.map((r) => axisLabel(r.periode, r, suppressed)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format.number(v, 2) } },
      series: [
        {
          type: 'line',
          name: indicator.titel,
          data: series.map((r) => (r.onderdrukt ? null : r.waarde)),
          connectNulls: false,
          symbolSize: 8,
        },
      ],
    }),
    [series, indicator, suppressed, format],
  );
  const caption = text('seriesCaption', { metric: indicator.titel, grain: grainTitle });
  if (series.length === 0) return <p className="utrecht-paragraph">{text('noFigures')}</p>;
  return (
    <section aria-labelledby="ggm-series-title" className="ggm-view">
      <h2 id="ggm-series-title" className="utrecht-heading-2">
        {text('seriesTitle')}
      </h2>
      <figure className="ggm-figure">
        <figcaption className="utrecht-paragraph ggm-figcaption">{caption}</figcaption>
        <EChart option={option} description={text('seriesDescription', { metric: indicator.titel })} />
      </figure>
      <SuppressedNote rows={series} />
      <FiguresTable
        caption={caption}
        columns={[{ key: 'periode', title: text('colPeriod') }]}
        rows={series}
      />
      <p className="utrecht-paragraph ggm-note">{text('tableNote')}</p>
      <CsvButton fileName={`${indicator.id}-tijdreeks.csv`} rows={series} columns={['periode']} />
    </section>
  );
}

export function BreakdownView({ indicator, rows }: { indicator: Indicator; rows: readonly GoldRow[] }) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const ids = useId();
  const periods = useMemo(() => periodsOf(rows), [rows]);
  const [dimension, setDimension] = useState(indicator.dimensies[0]?.naam ?? '');
  const [chosenPeriod, setPeriod] = useState<string>();
  const period = chosenPeriod && periods.includes(chosenPeriod) ? chosenPeriod : (periods.at(-1) ?? '');
  const cells = useMemo(
    () => breakdown(rows, indicator, dimension, period),
    [rows, indicator, dimension, period],
  );
  const dimensionTitle = indicator.dimensies.find((d) => d.naam === dimension)?.titel ?? dimension;
  const suppressed = text('suppressed');
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 24, top: 24, bottom: 80 },
      xAxis: {
        type: 'category',
        data: cells.map((r) => axisLabel(String(r[dimension]), r, suppressed)),
        axisLabel: { interval: 0, rotate: cells.length > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format.number(v, 2) } },
      series: [
        { type: 'bar', name: indicator.titel, data: cells.map((r) => (r.onderdrukt ? null : r.waarde)) },
      ],
    }),
    [cells, dimension, indicator, suppressed, format],
  );
  if (indicator.dimensies.length === 0) return <p className="utrecht-paragraph">{text('noDimensions')}</p>;
  const caption = text('breakdownCaption', { metric: indicator.titel, dimension: dimensionTitle, period });
  const columns: FigureColumn[] = [
    { key: dimension, title: dimensionTitle },
    { key: 'periode', title: text('colPeriod') },
  ];
  return (
    <section aria-labelledby="ggm-breakdown-title" className="ggm-view">
      <h2 id="ggm-breakdown-title" className="utrecht-heading-2">
        {text('breakdownTitle')}
      </h2>
      <div className="ggm-controls">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-dimensie`}>
            {text('dimension')}
          </label>
          <select
            id={`${ids}-dimensie`}
            className="utrecht-select"
            value={dimension}
            onChange={(e) => setDimension(e.target.value)}
          >
            {indicator.dimensies.map((d) => (
              <option key={d.naam} value={d.naam}>
                {d.titel}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-periode`}>
            {text('period')}
          </label>
          <select
            id={`${ids}-periode`}
            className="utrecht-select"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      {cells.length === 0 ? (
        <p className="utrecht-paragraph">{text('noFigures')}</p>
      ) : (
        <>
          <figure className="ggm-figure">
            <figcaption className="utrecht-paragraph ggm-figcaption">{caption}</figcaption>
            <EChart
              option={option}
              description={text('breakdownDescription', {
                metric: indicator.titel,
                dimension: dimensionTitle,
                period,
              })}
            />
          </figure>
          <SuppressedNote rows={cells} />
          <FiguresTable caption={caption} columns={columns} rows={cells} />
          <p className="utrecht-paragraph ggm-note">{text('tableNote')}</p>
          <CsvButton
            fileName={`${indicator.id}-${dimension}-${period}.csv`}
            rows={cells}
            columns={['periode', dimension]}
          />
        </>
      )}
    </section>
  );
}
