import { dayNumber, STANDARD_GOLD_FORMS, type GoldSyntax } from '../gold-syntax.js';

/** DuckDB: DATE + INTEGER is a date, date_diff counts day boundaries. */
export const duckdbGold: GoldSyntax = {
  ...STANDARD_GOLD_FORMS,
  date: (iso) => `DATE '${iso}'`,
  addDays: (date, days) => `(${date} + ${Math.trunc(days)})`,
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  ageInYears: (birth, reference) =>
    `CAST(FLOOR((${dayNumber(reference)} - ${dayNumber(birth)}) / 10000) AS INTEGER)`,
  grouping: (column) => `GROUPING(${column})`,
  textType: 'VARCHAR',
  doubleType: 'DOUBLE PRECISION',
  valuesQuery: (rows) => `VALUES\n  ${rows.join(',\n  ')}`,
};
