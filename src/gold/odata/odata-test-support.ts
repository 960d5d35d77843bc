// Sample gold metrics and tables in the src/gold/gold-table.ts shape, for the OData tests and the bench.

import { GOLD_COLUMNS, type GoldMetricDescriptor } from '../gold-table.js';

export const WMO_RATE: GoldMetricDescriptor = {
  id: 'wmo_clienten_per_10000',
  title: 'Cliënten met een Wmo-maatwerkvoorziening per 10.000 inwoners',
  definition:
    'Aantal unieke personen met ten minste één actieve Wmo-maatwerkvoorziening in de periode, gedeeld door het aantal inwoners op de eerste dag, maal 10.000. Bron: iWmo-berichten & BRP ("<test>").',
  unit: 'rate',
  scale: 10000,
  grains: ['year', 'quarter'],
  dimensions: [
    { name: 'wet', title: 'Wet' },
    { name: 'wijk', title: 'Wijk' },
  ],
  suppressionThreshold: 5,
  sources: ['silver.client', 'silver.voorziening'],
};

export const JEUGD_COSTS: GoldMetricDescriptor = {
  id: 'jeugdhulp_kosten',
  title: 'Kosten jeugdhulp in euro',
  definition: 'Som van de gedeclareerde bedragen voor jeugdhulp per periode.',
  unit: 'euro',
  grains: ['month'],
  dimensions: [{ name: 'productcategorie', title: 'Productcategorie' }],
  sources: ['silver.declaratie'],
};

export const WIJKEN = ['Centrum', 'Noord', "O'Brienpark", 'Zuid_Oost', '100%wijk'];

/** CREATE TABLE gold.<id> for `metric`, in the long-table shape; `sql` is written for PG and DuckDB. */
export function goldTableDdl(metric: GoldMetricDescriptor, table: string): string {
  const c = GOLD_COLUMNS;
  const measure =
    metric.unit === 'rate' ? 'DOUBLE PRECISION' : metric.unit === 'euro' ? 'DECIMAL(18,2)' : 'BIGINT';
  const numerator = metric.unit === 'euro' ? 'DECIMAL(18,2)' : 'BIGINT';
  return `CREATE TABLE ${table} (
  ${c.period} VARCHAR NOT NULL, ${c.periodStart} DATE NOT NULL, ${c.periodEnd} DATE NOT NULL, ${c.grain} VARCHAR NOT NULL,
  ${metric.dimensions.map((d) => `${d.name} VARCHAR NOT NULL, `).join('')}
  ${c.numerator} ${numerator}, ${c.denominator} BIGINT, ${c.value} ${measure}, ${c.suppressed} BOOLEAN NOT NULL)`;
}

/** Rows of the rate metric: 4 quarters × 2 laws × 5 wijken plus totals; some suppressed. */
export function wmoRows(): (string | number | boolean | null)[][] {
  const rows: (string | number | boolean | null)[][] = [];
  const quarters = [
    ['2025Q1', '2025-01-01', '2025-03-31'],
    ['2025Q2', '2025-04-01', '2025-06-30'],
    ['2025Q3', '2025-07-01', '2025-09-30'],
    ['2025Q4', '2025-10-01', '2025-12-31'],
  ];
  let i = 0;
  for (const [period, start, end] of quarters) {
    for (const wet of ['Wmo', 'Jeugdwet', 'Totaal']) {
      for (const wijk of [...WIJKEN, 'Totaal']) {
        i++;
        const teller = (i * 7) % 50;
        const suppressed = teller < 5;
        const noemer = 1000 + i * 10;
        rows.push([
          period!,
          start!,
          end!,
          'quarter',
          wet,
          wijk,
          suppressed ? null : teller,
          suppressed ? null : noemer,
          suppressed ? null : Math.round((teller / noemer) * 10000 * 100) / 100,
          suppressed,
        ]);
      }
    }
  }
  return rows;
}
