import { dayNumber, STANDARD_GOLD_FORMS, type GoldSyntax } from '../gold-syntax.js';

/**
 * Databricks SQL: `date - date` is an INTERVAL there, so days are counted by `datediff(end, start)`
 * and added by `date_add`; text is STRING and a float DOUBLE (no `DOUBLE PRECISION`).
 */
export const databricksGold: GoldSyntax = {
  ...STANDARD_GOLD_FORMS,
  date: (iso) => `DATE '${iso}'`,
  addDays: (date, days) => `date_add(${date}, ${Math.trunc(days)})`,
  daysBetween: (from, to) => `datediff(${to}, ${from})`,
  ageInYears: (birth, reference) =>
    `CAST(FLOOR((${dayNumber(reference)} - ${dayNumber(birth)}) / 10000) AS INT)`,
  grouping: (column) => `GROUPING(${column})`,
  textType: 'STRING',
  doubleType: 'DOUBLE',
  valuesQuery: (rows) => `VALUES\n  ${rows.join(',\n  ')}`,
};
