// Lineage in a real browser: a gold figure opens at 1 hop, expands on demand, and a click-through
// (click a node: the focus moves) reaches bronze and then the source's files; the node list is the
// graph's keyboard-usable equivalent; axe at WCAG 2.1 AA.
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

describe.skipIf(!canRunBrowserTests())('the lineage pages', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 600_000);
  afterAll(async () => {
    await web?.close();
  });

  it('opens a gold column at one hop and shows more upstream on demand', async () => {
    const { page, context } = await web.open('/herkomst/gold.wmo_clienten.teller', DEMO_USERS.analist);
    try {
      const graph = page.getByRole('group', { name: 'Herkomstgraaf van gold.wmo_clienten.teller' });
      await graph.getByRole('button', { name: /^client\.rechtspersoon_id/ }).waitFor();
      // one hop: the silver columns, not yet bronze
      expect(await graph.getByRole('button', { name: /^istandaarden\./ }).count()).toBe(0);
      const nodes = page.getByRole('table', { name: 'Knopen in beeld' });
      expect(await nodes.getByRole('link', { name: 'silver.client.rechtspersoon_id' }).count()).toBe(1);
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'lineage-gold');
      await page.getByRole('button', { name: /^Verder bovenstrooms/ }).click();
      await graph.getByRole('button', { name: /^istandaarden\.bsn/ }).waitFor();
      expect(await nodes.getByRole('link', { name: 'bronze.istandaarden.bsn' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('moves the focus to a clicked node, and upstream reaches the source files', async () => {
    const { page, context } = await web.open('/herkomst?kolom=gold.wmo_clienten.teller', DEMO_USERS.analist);
    try {
      await page.getByRole('button', { name: /^client\.rechtspersoon_id/ }).click();
      await page.waitForURL(/\/herkomst\/silver\.client\.rechtspersoon_id$/);
      await page.getByText('In focus: silver.client.rechtspersoon_id').waitFor();
      // downstream of the new focus: the gold figure we came from
      await page.getByRole('button', { name: /^wmo_clienten\.teller/ }).waitFor();
      await page.getByRole('button', { name: /^istandaarden\.bsn/ }).click();
      await page.waitForURL(/\/herkomst\/bronze\.istandaarden\.bsn$/);
      // by keyboard this time: Tab to the source node's button, Enter
      const source = page.getByRole('button', { name: /^Bronbestanden van istandaarden/ });
      await source.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/herkomst\/bron:istandaarden$/);
      const files = page.getByRole('table', { name: /Bestanden van bron istandaarden/ });
      await files.waitFor();
      expect(await files.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await files.locator('tbody tr').first().textContent()).toContain('berichten/');
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'lineage-source');
    } finally {
      await context.close();
    }
  });
});
