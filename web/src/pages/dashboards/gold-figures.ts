// Reading a metric's figures through the API and slicing the long table for the views: the time
// series (every dimension at Totaal), a breakdown by one dimension in one period, and the flows
// between consecutive dimensions. Pure functions apart from loadFigures.
import { apiGet } from '../../api/client.js';
import { TOTAL, type GoldRow, type Indicator, type Page } from './gold-types.js';

const PAGE_SIZE = 100;
/** A metric has at most a few thousand cells per grain; stop well past that rather than loop forever. */
const MAX_PAGES = 100;

/** All cells of one grain, following the pages until the API says there is no next one. */
export async function loadFigures(id: string, purpose: string, grain: string): Promise<GoldRow[]> {
  const rows: GoldRow[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await apiGet<Page<GoldRow> & { _links?: { next?: unknown } }>(
      `/indicatoren/${encodeURIComponent(id)}/gegevens`,
      { doel: purpose, page, pageSize: PAGE_SIZE, filter: [`grain:eq:${grain}`], sort: 'periode' },
    );
    rows.push(...(answer._embedded?.['gegevens'] ?? []).map(numeric));
    if (!answer._links?.next) break;
  }
  return rows;
}

// Decimals arrive as strings ("5.0000") so no precision is lost in JSON; the views want numbers.
const toNumber = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);
const numeric = (row: GoldRow): GoldRow => ({
  ...row,
  teller: toNumber(row.teller),
  noemer: toNumber(row.noemer),
  waarde: toNumber(row.waarde),
  onderdrukt: row.onderdrukt === true || String(row.onderdrukt) === 'true',
});

const dimensionValue = (row: GoldRow, name: string) => String(row[name] ?? '');

/** The rows where every dimension except `open` is Totaal (and `open` is not). */
function slice(rows: readonly GoldRow[], dimensions: readonly string[], open: readonly string[]): GoldRow[] {
  return rows.filter((row) =>
    dimensions.every((d) =>
      open.includes(d) ? dimensionValue(row, d) !== TOTAL : dimensionValue(row, d) === TOTAL,
    ),
  );
}

export function periodsOf(rows: readonly GoldRow[]): string[] {
  return [...new Set(rows.map((r) => r.periode))].sort();
}

/** The grand total per period, oldest first. */
export function timeSeries(rows: readonly GoldRow[], indicator: Indicator): GoldRow[] {
  const names = indicator.dimensies.map((d) => d.naam);
  return slice(rows, names, []).sort((a, b) => a.periode.localeCompare(b.periode));
}

/** The cells of one dimension in one period (the other dimensions at Totaal), by value. */
export function breakdown(
  rows: readonly GoldRow[],
  indicator: Indicator,
  dimension: string,
  period: string,
): GoldRow[] {
  const names = indicator.dimensies.map((d) => d.naam);
  return slice(
    rows.filter((r) => r.periode === period),
    names,
    [dimension],
  ).sort((a, b) => dimensionValue(a, dimension).localeCompare(dimensionValue(b, dimension), 'nl'));
}

export interface Flow {
  from: string;
  fromDimension: string;
  to: string;
  toDimension: string;
  row: GoldRow;
}

/** Flows between each pair of consecutive dimensions in one period (verwijzer → aanbieder → …). */
export function flows(rows: readonly GoldRow[], indicator: Indicator, period: string): Flow[] {
  const names = indicator.dimensies.map((d) => d.naam);
  const inPeriod = rows.filter((r) => r.periode === period);
  const result: Flow[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i]!, names[i + 1]!];
    for (const row of slice(inPeriod, names, [a, b]))
      result.push({
        from: dimensionValue(row, a),
        fromDimension: a,
        to: dimensionValue(row, b),
        toDimension: b,
        row,
      });
  }
  return result;
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV of exactly the figures shown: the given columns, then teller, noemer, waarde and onderdrukt
 * (a suppressed cell has empty figures and `onderdrukt` true: never a 0).
 */
export function figuresCsv(rows: readonly GoldRow[], columns: readonly string[]): string {
  const header = [...columns, 'teller', 'noemer', 'waarde', 'onderdrukt'];
  const lines = [header.map(csvField).join(',')];
  for (const row of rows)
    lines.push(
      [
        ...columns.map((c) => row[c]),
        row.onderdrukt ? null : row.teller,
        row.onderdrukt ? null : row.noemer,
        row.onderdrukt ? null : row.waarde,
        row.onderdrukt ? 'true' : 'false',
      ]
        .map(csvField)
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
