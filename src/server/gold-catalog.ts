// The published gold tables in the catalog (`/tabellen`): one entry per metric of the project, with its
// definition, columns (no personal data: aggregates with small cells suppressed), row count and when it
// was computed (meta.gold_metrics). The unsuppressed gold_intern tables are not listed; who may read
// them is the policy's (see docs/governance.md).
import { sqlTableName } from '../dialects/identifiers.js';
import type { Engine } from '../engines/engine.js';
import { goldColumns } from '../gold/gold-ddl.js';
import { GOLD_SCHEMA, type GoldMetricDescriptor } from '../gold/gold-table.js';
import { jsonValue } from './meta-pages.js';

/** The catalog entries of the published gold tables, with their facts from the warehouse. */
export async function goldCatalogEntries(engine: Engine, metrics: readonly GoldMetricDescriptor[]) {
  const existing = new Set((await engine.listTables(GOLD_SCHEMA)).map((t) => t.name.toLowerCase()));
  const computed = new Map<string, string | null>();
  if ((await engine.listTables('meta')).some((t) => t.name === 'gold_metrics'))
    for (const r of await engine.query('SELECT metric_id, computed_at FROM meta.gold_metrics'))
      computed.set(String(r['metric_id']), jsonValue(r['computed_at']) as string | null);
  const entries = [];
  for (const d of metrics) {
    let rows: number | null = null;
    if (existing.has(d.id.toLowerCase())) {
      const [r] = await engine.query(
        `SELECT count(*) AS n FROM ${sqlTableName(engine.dialect, GOLD_SCHEMA, d.id)}`,
      );
      rows = Number(r?.['n'] ?? 0);
    }
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
