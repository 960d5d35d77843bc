import type { PeriodGrain } from './gold-table.js';

/** One period of a grain: its label as people write it and its first and last day (ISO dates). */
export interface Period {
  label: string;
  start: string;
  end: string;
  grain: PeriodGrain;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months per period of a grain (the CBS half-year is January–June and July–December). */
const MONTHS: Record<PeriodGrain, number> = { month: 1, quarter: 3, halfyear: 6, year: 12 };

function label(grain: PeriodGrain, year: number, month: number): string {
  switch (grain) {
    case 'year':
      return String(year);
    case 'halfyear':
      return `${year}H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
    case 'month':
      return `${year}-${pad(month)}`;
  }
}

/** Every period of the grains that overlaps [from, to] (ISO dates), whole periods, in order. Pure. */
export function periodsBetween(from: string, to: string, grains: readonly PeriodGrain[]): Period[] {
  const out: Period[] = [];
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  for (const grain of grains) {
    const step = MONTHS[grain];
    let year = fy;
    let month = Math.floor((fm - 1) / step) * step + 1;
    while (year < ty || (year === ty && month <= tm)) {
      const endMonth = month + step - 1;
      out.push({
        label: label(grain, year, month),
        start: `${year}-${pad(month)}-01`,
        end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
        grain,
      });
      month += step;
      if (month > 12) {
        month -= 12;
        year += 1;
      }
    }
  }
  return out;
}

/** The period a label names (`2025`, `2025H1`, `2025Q3`, `2025-03`), or undefined. */
export function parsePeriodLabel(text: string): Period | undefined {
  const m = /^(\d{4})(?:H([12])|Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const [grain, month]: [PeriodGrain, number] = m[2]
    ? ['halfyear', m[2] === '1' ? 1 : 7]
    : m[3]
      ? ['quarter', (Number(m[3]) - 1) * 3 + 1]
      : m[4]
        ? ['month', Number(m[4])]
        : ['year', 1];
  const p = periodsBetween(`${year}-${pad(month)}-01`, `${year}-${pad(month)}-01`, [grain]);
  return p[0];
}
