import { physicalName } from '../dialects/identifiers.js';
import type { Engine, SqlSession } from '../engines/engine.js';
import { metaCatalogDdl, metaTables } from '../schema/catalog/meta-catalog.js';
import type { LineageRecord } from '../compiler/resolve/resolved-mapping.js';

/**
 * Creates `meta.lineage` when missing: one row per (source column → silver column) edge of every mapping,
 * replaced whenever the mapping is built, so it always describes what the current mappings do.
 */
export async function ensureLineageStore(engine: Pick<Engine, 'dialect' | 'execute'>): Promise<void> {
  for (const statement of metaCatalogDdl(engine.dialect, metaTables('lineage')))
    await engine.execute(statement);
}

/**
 * Replaces the lineage of one mapping (in the caller's transaction). Tables and columns are stored by
 * their physical names on this engine (shortened where too long), as the DDL and the load SQL name them.
 */
export async function storeLineage(
  session: Pick<SqlSession, 'execute' | 'dialect'>,
  mapping: string,
  records: readonly LineageRecord[],
): Promise<void> {
  const name = (n: string) => (n === '' ? n : physicalName(session.dialect, n));
  await session.execute(`DELETE FROM meta.lineage WHERE mapping = $1`, [mapping]);
  const rows: (string | null)[][] = [];
  for (const r of records) {
    // A computed column without inputs (a constant) still gets an edge, from nothing.
    const sources = r.sources.length > 0 ? r.sources : [{ schema: '', table: '', column: '' }];
    for (const s of sources) {
      rows.push([
        mapping,
        name(r.target.schema),
        name(r.target.table),
        name(r.target.column),
        r.target.modelId ?? null,
        name(s.schema),
        name(s.table),
        name(s.column),
        r.transform,
        r.expression,
      ]);
    }
  }
  // One multi-row INSERT per 100 edges: metadata, but still no row-by-row statements.
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    const values = chunk.map(
      (_, r) => `(${Array.from({ length: 10 }, (_, c) => `$${r * 10 + c + 1}`).join(', ')})`,
    );
    await session.execute(`INSERT INTO meta.lineage VALUES ${values.join(', ')}`, chunk.flat());
  }
}

export interface LineageEdge {
  mapping: string;
  from: string;
  to: string;
  transform: string;
  expression: string;
}

/**
 * Lineage of `schema.table.column` (schema optional: silver, then bronze): upstream edges (what it is
 * made from) and downstream edges (what is made from it), followed transitively.
 */
export async function queryLineage(
  session: Pick<SqlSession, 'query' | 'dialect'>,
  asked: string,
): Promise<{ upstream: LineageEdge[]; downstream: LineageEdge[] }> {
  // A name longer than the engine allows is asked for as the model names it, stored as it is shortened.
  const column = asked
    .split('.')
    .map((part) => physicalName(session.dialect, part))
    .join('.');
  const rows = await session.query(
    `SELECT mapping, source_schema, source_table, source_column, target_schema, target_table, target_column, transform, expression FROM meta.lineage`,
  );
  const edges: LineageEdge[] = rows.map((r) => ({
    mapping: String(r['mapping']),
    from: r['source_table']
      ? `${r['source_schema']}.${r['source_table']}.${r['source_column']}`
      : '(constant)',
    to: `${r['target_schema']}.${r['target_table']}.${r['target_column']}`,
    transform: String(r['transform']),
    expression: String(r['expression']),
  }));
  const name = column.split('.').length === 2 ? resolveSchema(column, edges) : column;
  return {
    upstream: follow(
      name,
      edges,
      (e) => e.to,
      (e) => e.from,
    ),
    downstream: follow(
      name,
      edges,
      (e) => e.from,
      (e) => e.to,
    ),
  };
}

function resolveSchema(column: string, edges: LineageEdge[]): string {
  for (const schema of ['silver', 'bronze', 'gold']) {
    const full = `${schema}.${column}`;
    if (edges.some((e) => e.to === full || e.from === full)) return full;
  }
  return `silver.${column}`;
}

function follow(
  start: string,
  edges: LineageEdge[],
  near: (e: LineageEdge) => string,
  far: (e: LineageEdge) => string,
): LineageEdge[] {
  const out: LineageEdge[] = [];
  const seen = new Set<string>();
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const e of edges) {
        if (near(e) !== node) continue;
        const key = `${e.mapping}|${e.from}|${e.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(e);
        next.push(far(e));
      }
    }
    frontier = next;
  }
  return out;
}
