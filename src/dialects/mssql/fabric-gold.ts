import type { GoldSyntax } from '../gold-syntax.js';

/** yyyymmdd as a number; T-SQL has no EXTRACT, YEAR/MONTH/DAY give the parts. */
function dayNumber(date: string): string {
  return `(YEAR(${date}) * 10000 + MONTH(${date}) * 100 + DAY(${date}))`;
}

/**
 * Fabric Warehouse (T-SQL): no `DATE '…'` literal, no boolean values (a condition is selected as 1/0),
 * no `NULLS LAST`, no `CREATE SCHEMA IF NOT EXISTS`; days by DATEDIFF/DATEADD. A bare VALUES is no CTE
 * query, so period rows are SELECTs joined by UNION ALL (the CTE's column list names them). A CAST to
 * plain VARCHAR would cut text at 30 characters, hence the length.
 */
export const fabricGold: GoldSyntax = {
  date: (iso) => `CAST('${iso}' AS DATE)`,
  addDays: (date, days) => `DATEADD(day, ${Math.trunc(days)}, ${date})`,
  daysBetween: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
  // Dividing by 10000.0: integer division would truncate towards zero, FLOOR must see the fraction.
  ageInYears: (birth, reference) =>
    `CAST(FLOOR((${dayNumber(reference)} - ${dayNumber(birth)}) / 10000.0) AS INT)`,
  grouping: (column) => `GROUPING(${column})`,
  textType: 'VARCHAR(8000)',
  doubleType: 'FLOAT',
  // Each row is `(a, b, …)`: its parentheses dropped, it is a select list.
  valuesQuery: (rows) => rows.map((r) => `SELECT ${r.slice(1, -1)}`).join('\n  UNION ALL '),
  substring: (text, from, length) => `SUBSTRING(${text}, ${from}, ${length})`,
  nullsLast: (expr, direction) => `CASE WHEN ${expr} IS NULL THEN 1 ELSE 0 END, ${expr} ${direction}`,
  flag: (predicate) => `CASE WHEN ${predicate} THEN 1 ELSE 0 END`,
  never: '1 = 0',
  createSchema: (name) => `IF SCHEMA_ID('${name}') IS NULL EXEC('CREATE SCHEMA ${name}')`,
};
