import { STANDARD_GOLD_FORMS, type GoldSyntax } from '../../dialects/gold-syntax.js';

/** What the standard set's SQL asks of an engine: day arithmetic, type names and a few forms. */
export type StandardSqlSyntax = Pick<
  GoldSyntax,
  | 'date'
  | 'addDays'
  | 'daysBetween'
  | 'textType'
  | 'doubleType'
  | 'substring'
  | 'nullsLast'
  | 'flag'
  | 'never'
  | 'createSchema'
>;

/**
 * The text DuckDB and PostgreSQL both run (`date - date` whole days, `date + n` a date). It is the
 * default, so the SQL of the runtime engines, and with it their rebuild fingerprints, stays as it was;
 * other engines pass their dialect's `gold` syntax.
 */
export const PORTABLE_SQL: StandardSqlSyntax = {
  ...STANDARD_GOLD_FORMS,
  date: (iso) => `DATE '${iso}'`,
  addDays: (date, days) => `${date} + ${Math.trunc(days)}`,
  daysBetween: (from, to) => `${to} - ${from}`,
  textType: 'VARCHAR',
  doubleType: 'DOUBLE PRECISION',
};
