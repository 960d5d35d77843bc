import { dayNumber, STANDARD_GOLD_FORMS, type GoldSyntax } from '../gold-syntax.js';

/**
 * Snowflake: DATEADD/DATEDIFF by day (explicit rather than its `date + n`); a bare VALUES is no query
 * there, only a table in FROM, so period rows are `SELECT * FROM (VALUES …)` (the CTE names the
 * columns; the parenthesised form also transpiles to DuckDB for the differential test).
 */
export const snowflakeGold: GoldSyntax = {
  ...STANDARD_GOLD_FORMS,
  date: (iso) => `DATE '${iso}'`,
  addDays: (date, days) => `DATEADD(day, ${Math.trunc(days)}, ${date})`,
  daysBetween: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
  ageInYears: (birth, reference) =>
    `CAST(FLOOR((${dayNumber(reference)} - ${dayNumber(birth)}) / 10000) AS INTEGER)`,
  grouping: (column) => `GROUPING(${column})`,
  textType: 'VARCHAR',
  doubleType: 'DOUBLE PRECISION',
  valuesQuery: (rows) => `SELECT * FROM (VALUES\n  ${rows.join(',\n  ')})`,
};
