import { sqlName, sqlTableName } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { CatalogTable } from './governance-catalog.js';

/**
 * The clear BSN of a row's data subject, as SQL over the table aliased `t`: the table's own BSN column,
 * or a scalar subquery following the foreign keys of `table.subject.steps` to the table holding it.
 * `textOf`: `t`'s columns are text (a sample read from JSON), so the first step compares the key as text.
 */
export function subjectBsnSql(
  table: CatalogTable,
  dialect: SqlDialect,
  textOf?: (expr: string) => string,
): string | undefined {
  const subject = table.subject;
  if (!subject) return undefined;
  const col = (alias: string, name: string) => `${alias}.${sqlName(dialect, name)}`;
  if (subject.steps.length === 0) return col('t', subject.bsnColumn);
  const on = (i: number) => {
    const step = subject.steps[i]!;
    const previous = i === 0 ? 't' : `s${i}`;
    const target = (to: string) => (i === 0 && textOf ? textOf(col('s1', to)) : col(`s${i + 1}`, to));
    return step.to.map((to, j) => `${target(to)} = ${col(previous, step.from[j]!)}`).join(' AND ');
  };
  const from = (i: number) => `${sqlTableName(dialect, table.schema, subject.steps[i]!.table)} s${i + 1}`;
  // the first step correlates with the outer row, so its condition goes in WHERE
  const body = subject.steps
    .map((_, i) => (i === 0 ? `FROM ${from(0)}` : `JOIN ${from(i)} ON ${on(i)}`))
    .join(' ');
  const where = on(0);
  const last = `s${subject.steps.length}`;
  return `(${dialect.query.limit(`SELECT ${col(last, subject.bsnColumn)} ${body} WHERE ${where}`, 1)})`;
}
