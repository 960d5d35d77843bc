// Loading the catalog: every page of silver tables, and the gold tables from the metric descriptors
// with their computed facts. Gold columns follow the long-table shape (docs/gold.md).
import { apiGet } from '../../api/client.js';
import type { Indicator, Page } from '../dashboards/gold-types.js';
import type { CatalogColumn, CatalogTable, GoldFacts } from './catalog-types.js';

const PAGE_SIZE = 100;

export async function loadSilverTables(): Promise<CatalogTable[]> {
  const first = await apiGet<Page<CatalogTable>>('/tabellen', { page: 1, pageSize: PAGE_SIZE });
  const pages = first.page?.totalPages ?? 1;
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, i) =>
      apiGet<Page<CatalogTable>>('/tabellen', { page: i + 2, pageSize: PAGE_SIZE }),
    ),
  );
  // /tabellen lists the published gold tables after silver; the catalog builds those from the
  // indicators (with their long-table columns), so it keeps the silver ones here
  return [first, ...rest]
    .flatMap((p) => p._embedded?.['tabellen'] ?? [])
    .filter((t) => (t as { schema?: string }).schema !== 'gold')
    .map((t) => ({ ...t, schema: 'silver' as const }));
}

export function goldColumns(indicator: Indicator): CatalogColumn[] {
  const col = (naam: string, type: string, definitie: string): CatalogColumn => ({
    naam,
    type,
    definitie,
    classificatie: 'none',
  });
  return [
    col('periode', 'varchar', 'De periode: 2025, 2025H1, 2025Q3 of 2025-03.'),
    col('periode_start', 'date', 'Eerste dag van de periode.'),
    col('periode_eind', 'date', 'Laatste dag van de periode.'),
    col('grain', 'varchar', 'month, quarter, halfyear of year.'),
    ...indicator.dimensies.map((d) => col(d.naam, 'varchar', `${d.titel} (Totaal = alle waarden).`)),
    col('teller', 'decimal', 'Teller; leeg als de cel onderdrukt is.'),
    col('noemer', 'decimal', 'Noemer; leeg zonder noemer of als de cel onderdrukt is.'),
    col('waarde', 'decimal', 'Teller / noemer × schaal, of de teller; leeg als de cel onderdrukt is.'),
    col('onderdrukt', 'boolean', 'Waar als de cel onderdrukt is (te weinig personen).'),
  ];
}

export function goldTable(indicator: Indicator, facts: GoldFacts | undefined): CatalogTable {
  return {
    naam: `gold.${indicator.id}`,
    schema: 'gold',
    soort: 'gold',
    titel: indicator.titel,
    definitie: indicator.definitie,
    aantalRijen: facts?.cellen ?? null,
    bijgewerktOp: facts?.berekendOp ?? null,
    kwaliteit: { status: 'onbekend', checks: 0, failed: 0 },
    kolommen: goldColumns(indicator),
    ...(facts ? { onderdrukteCellen: facts.onderdrukteCellen } : {}),
  };
}

export async function loadGoldTables(): Promise<CatalogTable[]> {
  const [indicators, facts] = await Promise.all([
    apiGet<Page<Indicator>>('/indicatoren', { pageSize: 100 }),
    apiGet<{ tabellen: GoldFacts[] }>('/gold-tabellen'),
  ]);
  const byId = new Map(facts.tabellen.map((f) => [f.indicator, f]));
  return (indicators._embedded?.['indicatoren'] ?? []).map((i) => goldTable(i, byId.get(i.id)));
}

export async function loadCatalog(): Promise<CatalogTable[]> {
  const [silver, gold] = await Promise.all([loadSilverTables(), loadGoldTables()]);
  return [...silver, ...gold];
}
