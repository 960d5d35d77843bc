// Catalog search ranking, without a browser: the exact name first (the complaint in web.md: an exact
// table name on page 2), then prefixes, contains, class, columns, definitions.
import { describe, expect, it } from 'vitest';
import { searchCatalog } from '../../web/src/pages/catalog/catalog-search.js';
import type { CatalogTable } from '../../web/src/pages/catalog/catalog-types.js';

const table = (naam: string, extra: Partial<CatalogTable> = {}): CatalogTable => ({
  naam,
  schema: naam.startsWith('gold.') ? 'gold' : 'silver',
  soort: 'class',
  aantalRijen: 1,
  bijgewerktOp: null,
  kwaliteit: { status: 'onbekend', checks: 0, failed: 0 },
  kolommen: [],
  ...extra,
});

describe('catalog search', () => {
  const tables = [
    table('clientbegeleider'),
    table('beschikking', { kolommen: [{ naam: 'client_id', type: 'bigint', classificatie: 'personal' }] }),
    table('gold.wmo_clienten', { titel: 'Cliënten met Wmo' }),
    table('client'),
    table('zorgclient_archief'),
    table('verzoek', { definitie: 'Een verzoek van een client.' }),
  ];

  it('ranks the exact name first, with or without its schema', () => {
    expect(searchCatalog(tables, 'client')[0]!.naam).toBe('client');
    expect(searchCatalog(tables, 'silver.client')[0]!.naam).toBe('client');
    expect(searchCatalog(tables, 'gold.wmo_clienten')[0]!.naam).toBe('gold.wmo_clienten');
  });

  it('orders prefixes, contains, columns and definitions after it', () => {
    expect(searchCatalog(tables, 'client').map((t) => t.naam)).toEqual([
      'client',
      'clientbegeleider',
      'gold.wmo_clienten',
      'zorgclient_archief',
      'beschikking',
      'verzoek',
    ]);
  });
});
