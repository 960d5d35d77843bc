// The published gold tables in the catalog (`/tabellen`): one entry per metric of the project, with its
// definition, columns (no personal data: aggregates with small cells suppressed), row count and when it
// was computed (meta.gold_metrics). The unsuppressed gold_intern tables are not listed; who may read
// them is the policy's (see docs/governance.md).
import type { Engine } from '../engines/engine.js';
import { goldColumns } from '../gold/gold-ddl.js';
import { GOLD_SCHEMA, type GoldMetricDescriptor } from '../gold/gold-table.js';
import { jsonValue } from './meta-pages.js';
import { rowCounts, tableNames } from './table-counts.js';

/** The catalog entries of the published gold tables, with their facts from the warehouse. */
export async function goldCatalogEntries(engine: Engine, metrics: readonly GoldMetricDescriptor[]) {
  const names = await tableNames(engine, [GOLD_SCHEMA, 'meta']);
  const existing = new Set(names.filter((t) => t.schema === GOLD_SCHEMA).map((t) => t.name.toLowerCase()));
  const computed = new Map<string, string | null>();
  if (names.some((t) => t.schema === 'meta' && t.name === 'gold_metrics'))
    for (const r of await engine.query('SELECT metric_id, computed_at FROM meta.gold_metrics'))
      computed.set(String(r['metric_id']), jsonValue(r['computed_at']) as string | null);
  // Rows of the tables that exist, counted together (one statement per 200 tables).
  const present = metrics.filter((d) => existing.has(d.id.toLowerCase()));
  const counts = await rowCounts(
    engine,
    present.map((d) => ({ schema: GOLD_SCHEMA, name: d.id })),
  );
  const rowsOf = new Map(present.map((d, i) => [d.id, counts[i]!]));
  const entries = [];
  for (const d of metrics) {
    const rows = rowsOf.get(d.id) ?? null;
    entries.push({
      naam: `${GOLD_SCHEMA}.${d.id}`,
      schema: GOLD_SCHEMA,
      soort: 'gold',
      definitie: `${d.title}. ${d.definition}`,
      aantalRijen: rows,
      bijgewerktOp: computed.get(d.id) ?? null,
      kolommen: goldColumns(d, false).map((c) => ({
        naam: c.name,
        type: c.type.kind,
        verplicht: !c.nullable,
        rol: 'attribute',
        ...(c.comment ? { definitie: c.comment } : {}),
        classificatie: 'none',
      })),
      _links: {
        self: { href: `/api/v1/tabellen/${GOLD_SCHEMA}.${d.id}` },
        indicator: { href: `/api/v1/indicatoren/${d.id}` },
      },
    });
  }
  return entries;
}
