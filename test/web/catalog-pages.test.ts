// The catalog in a real browser: search ranks the exact name first, a table page shows columns with
// classification badges in words, row count, freshness and quality, and links a column to its
// lineage; gold tables are in it too; axe at WCAG 2.1 AA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  canRunBrowserTests,
  DEMO_USERS,
  describeViolations,
  screenshot,
  startWebFixture,
  type WebFixture,
} from './web-harness.js';

describe.skipIf(!canRunBrowserTests())('the catalog pages', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 600_000);
  afterAll(async () => {
    await web?.close();
  });

  it('finds a table by its exact name first, and lists gold tables', async () => {
    const { page, context } = await web.open('/catalogus', DEMO_USERS.analist);
    try {
      const search = page.getByLabel('Zoek een tabel, klasse of kolom');
      // the whole catalog (a thousand tables, eleven pages) loads first; slow on a loaded machine
      await search.waitFor({ timeout: 120_000 });
      await search.fill('client');
      const table = page.getByRole('table', { name: 'Tabellen in de catalogus' });
      await expect.poll(() => table.locator('tbody tr').first().locator('th').textContent()).toBe('client');
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'catalog-list');
      await search.fill('wmo_clienten');
      await page.getByLabel('Laag').selectOption('gold');
      await expect
        .poll(() => table.locator('tbody tr').first().locator('th').textContent())
        .toBe('gold.wmo_clienten');
    } finally {
      await context.close();
    }
  }, 240_000);

  it('shows a table with its columns, classification badges, facts and lineage links', async () => {
    const { page, context } = await web.open('/catalogus/client', DEMO_USERS.analist);
    try {
      await page.getByRole('heading', { level: 1, name: 'silver.client' }).waitFor();
      const columns = page.getByRole('table', { name: 'Kolommen van silver.client' });
      await columns.waitFor();
      const row = (name: string) =>
        columns.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
      expect(await row('rechtspersoon_id').getByText('Persoonsgegeven', { exact: true }).count()).toBe(1);
      expect(await row('code').getByText('Bijzonder persoonsgegeven').count()).toBe(1);
      // facts: rows, freshness and the quality status in words
      await page.getByText('Rijen', { exact: true }).waitFor();
      await page
        .getByText(/fouten \(\d+ van \d+\)|goed|niet gecontroleerd/)
        .first()
        .waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'catalog-table');
      await row('rechtspersoon_id')
        .getByRole('link', { name: 'Herkomst van silver.client.rechtspersoon_id' })
        .click();
      await page.waitForURL(/\/herkomst\/silver\.client\.rechtspersoon_id$/);
      await page.getByText('In focus: silver.client.rechtspersoon_id').waitFor();
    } finally {
      await context.close();
    }
  });

  it('marks BSN columns with a BSN badge', async () => {
    const { page, context } = await web.open('/catalogus/natuurlijk_persoon', DEMO_USERS.engineer);
    try {
      const columns = page.getByRole('table', { name: 'Kolommen van silver.natuurlijk_persoon' });
      await columns.waitFor();
      await columns.getByText('BSN', { exact: true }).first().waitFor();
      const gold = await web.open('/catalogus/gold.wmo_clienten', DEMO_USERS.engineer);
      try {
        await gold.page.getByRole('heading', { level: 1, name: 'gold.wmo_clienten' }).waitFor();
        await gold.page.getByRole('rowheader', { name: 'onderdrukt' }).waitFor();
        await gold.page.getByText('Onderdrukte cellen').waitFor();
        expect(describeViolations(await accessibilityViolations(gold.page))).toBe('');
      } finally {
        await gold.context.close();
      }
    } finally {
      await context.close();
    }
  });
});
