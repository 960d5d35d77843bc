// The dashboards' slicing of the gold long table, without a browser: time series, breakdown, the
// zorgpad flows between consecutive dimensions (the metric may be absent from the demo), and the CSV.
import { describe, expect, it } from 'vitest';
import { breakdown, figuresCsv, flows, timeSeries } from '../../web/src/pages/dashboards/gold-figures.js';
import type { GoldRow, Indicator } from '../../web/src/pages/dashboards/gold-types.js';

const T = 'Totaal';
const indicator = (dims: string[]): Indicator => ({
  id: 'x',
  titel: 'X',
  definitie: '',
  eenheid: 'persons',
  perioden: ['year'],
  dimensies: dims.map((naam) => ({ naam, titel: naam })),
  bronnen: [],
});
const row = (periode: string, dims: Record<string, string>, teller: number | null): GoldRow => ({
  periode,
  grain: 'year',
  ...dims,
  teller,
  noemer: null,
  waarde: teller,
  onderdrukt: teller === null,
});

describe('gold figures for the dashboards', () => {
  const flowMetric = indicator(['verwijzer', 'aanbieder', 'productcategorie']);
  const rows = [
    row('2025', { verwijzer: T, aanbieder: T, productcategorie: T }, 30),
    row('2024', { verwijzer: T, aanbieder: T, productcategorie: T }, 20),
    row('2025', { verwijzer: 'huisarts', aanbieder: 'A', productcategorie: T }, 12),
    row('2025', { verwijzer: 'gemeente', aanbieder: 'A', productcategorie: T }, null),
    row('2025', { verwijzer: T, aanbieder: 'A', productcategorie: '01' }, 9),
    row('2025', { verwijzer: 'huisarts', aanbieder: T, productcategorie: T }, 15),
    // all three open: a leaf, not a flow between neighbours
    row('2025', { verwijzer: 'huisarts', aanbieder: 'A', productcategorie: '01' }, 7),
    // verwijzer and productcategorie open: not neighbours
    row('2025', { verwijzer: 'huisarts', aanbieder: T, productcategorie: '01' }, 6),
  ];

  it('takes the grand total per period as the time series, oldest first', () => {
    expect(timeSeries(rows, flowMetric).map((r) => [r.periode, r.teller])).toEqual([
      ['2024', 20],
      ['2025', 30],
    ]);
  });

  it('breaks down by one dimension with the others at Totaal', () => {
    expect(breakdown(rows, flowMetric, 'verwijzer', '2025').map((r) => [r.verwijzer, r.teller])).toEqual([
      ['huisarts', 15],
    ]);
  });

  it('finds the flows between consecutive dimensions only, suppressed ones included', () => {
    const found = flows(rows, flowMetric, '2025').map((f) => `${f.from}→${f.to}:${f.row.teller}`);
    expect(found.sort()).toEqual(['A→01:9', 'gemeente→A:null', 'huisarts→A:12'].sort());
  });

  it('writes the CSV with the suppressed flag and empty figures for a suppressed cell, never 0', () => {
    const csv = figuresCsv(
      [row('2025', { wet: 'Wmo, "2015"' }, 4.5), row('2025', { wet: 'Jeugdwet' }, null)],
      ['periode', 'wet'],
    );
    expect(csv).toBe(
      'periode,wet,teller,noemer,waarde,onderdrukt\r\n' +
        '2025,"Wmo, ""2015""",4.5,,4.5,false\r\n' +
        '2025,Jeugdwet,,,,true\r\n',
    );
  });
});
