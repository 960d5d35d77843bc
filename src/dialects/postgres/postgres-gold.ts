import { dayNumber, STANDARD_GOLD_FORMS, type GoldSyntax } from '../gold-syntax.js';

/** PostgreSQL: date + integer is a date, date - date an integer number of days. */
export const postgresGold: GoldSyntax = {
  ...STANDARD_GOLD_FORMS,
  date: (iso) => `DATE '${iso}'`,
  addDays: (date, days) => `(${date} + ${Math.trunc(days)})`,
  daysBetween: (from, to) => `(${to} - ${from})`,
  ageInYears: (birth, reference) =>
    `CAST(FLOOR((${dayNumber(reference)} - ${dayNumber(birth)}) / 10000) AS INTEGER)`,
  grouping: (column) => `GROUPING(${column})`,
  textType: 'VARCHAR',
  doubleType: 'DOUBLE PRECISION',
  valuesQuery: (rows) => `VALUES\n  ${rows.join(',\n  ')}`,
};
