import { columnsOf, formatExpr, type Expr } from '../spec/expression-ast.js';
import type { LineageRecord, ResolvedMapping } from './resolved-mapping.js';

/** Column-level lineage of a resolved mapping: every silver column it fills and the bronze columns used. */
export function lineageOf(m: ResolvedMapping): LineageRecord[] {
  const tableOf = (alias: string | undefined) =>
    m.sources.find((s) => s.alias === alias)?.table ?? alias ?? '';
  const sourcesOf = (exprs: Expr[]) => {
    const seen = new Set<string>();
    const out: LineageRecord['sources'] = [];
    for (const c of exprs.flatMap(columnsOf)) {
      const table = tableOf(c.source);
      const id = `${table}.${c.column}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ schema: 'bronze', table, column: c.column });
    }
    return out;
  };
  const target = (column: string, modelId?: string) => ({
    schema: m.target.schema,
    table: m.target.table,
    column,
    ...(modelId ? { modelId } : {}),
  });
  const records: LineageRecord[] = [
    {
      mapping: m.name,
      target: target(m.target.keyColumn, m.classId),
      sources: sourcesOf(m.key),
      transform: 'surrogate-key',
      expression: `hash(${[...m.key.map(formatExpr), ...(m.versionedKey ? ['valid_from'] : [])].join(', ')})`,
    },
  ];
  for (const c of m.columns) {
    if (c.kind === 'reference') {
      records.push({
        mapping: m.name,
        target: target(c.column.name, c.column.modelId),
        sources: sourcesOf(c.key),
        transform: 'reference',
        expression: c.lookup
          ? `open version of ${c.lookup.table} where ${c.lookup.identity.map((col, i) => `${col} = ${formatExpr(c.key[i]!)}`).join(' and ')}`
          : `hash(${c.key.map(formatExpr).join(', ')})`,
      });
      continue;
    }
    const transform =
      c.kind === 'enumeration'
        ? 'enumeration'
        : c.expr.kind === 'raw'
          ? 'raw-sql'
          : isDirect(c.expr)
            ? 'direct'
            : 'expression';
    records.push({
      mapping: m.name,
      target: target(c.column.name, c.column.modelId),
      sources: sourcesOf([c.expr]),
      transform,
      expression: formatExpr(c.expr),
    });
  }
  return records;
}

function isDirect(e: Expr): boolean {
  return e.kind === 'column' || (e.kind === 'call' && e.name === 'to_text' && e.args[0]?.kind === 'column');
}
