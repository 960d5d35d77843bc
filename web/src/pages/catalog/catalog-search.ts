// Catalog search: an exact name first (with or without its schema), then names that start with the
// query, names that contain it, a GGM class or title, a column name, and last the definitions. Within a
// rank, tables with rows come before empty ones, then by name.
import type { CatalogTable } from './catalog-types.js';

export function searchRank(table: CatalogTable, query: string): number | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const name = table.naam.toLowerCase();
  const bare = name.replace(/^gold\./, '');
  const qualified = `${table.schema}.${bare}`;
  if (q === name || q === bare || q === qualified || q === table.ggmKlasse?.toLowerCase()) return 0;
  if (bare.startsWith(q) || qualified.startsWith(q)) return 1;
  if (bare.includes(q)) return 2;
  if (table.ggmKlasse?.toLowerCase().includes(q) || table.titel?.toLowerCase().includes(q)) return 3;
  if (table.kolommen.some((c) => c.naam.toLowerCase() === q)) return 4;
  if (table.kolommen.some((c) => c.naam.toLowerCase().includes(q))) return 5;
  if (table.definitie?.toLowerCase().includes(q)) return 6;
  return undefined;
}

export function searchCatalog(tables: readonly CatalogTable[], query: string): CatalogTable[] {
  return tables
    .map((table) => ({ table, rank: searchRank(table, query) }))
    .filter((x): x is { table: CatalogTable; rank: number } => x.rank !== undefined)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number((b.table.aantalRijen ?? 0) > 0) - Number((a.table.aantalRijen ?? 0) > 0) ||
        a.table.naam.localeCompare(b.table.naam),
    )
    .map((x) => x.table);
}
