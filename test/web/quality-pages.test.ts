// The quality page in a real browser: the data engineer sees checks per table and their outcome over
// the recent runs in words, filters a table, and opens a failing check's samples (or a polite note where
// the API does not serve them); a role without the grant gets a note, not an error; axe at WCAG 2.1 AA.
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

describe.skipIf(!canRunBrowserTests())('the quality page', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 600_000);
  afterAll(async () => {
    await web?.close();
  });

  it('shows the checks per table with their outcomes, filters a table, and opens samples', async () => {
    const { page, context } = await web.open('/kwaliteit', DEMO_USERS.engineer);
    try {
      const summary = page.getByRole('table', { name: 'Controles per tabel in de laatste run' });
      await summary.waitFor();
      expect(await summary.locator('tbody tr').count()).toBeGreaterThan(3);
      const checks = page.getByRole('table', { name: /Uitkomst per controle/ });
      await checks.getByText('✗ gefaald').first().waitFor();
      await checks.getByText('✓ geslaagd').first().waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'quality');

      await page.getByLabel('Tabel', { exact: true }).selectOption('client');
      await page.waitForURL(/\/kwaliteit\?tabel=client$/);
      // the table re-renders after the URL changed: wait until only the chosen table's checks remain
      await expect
        .poll(async () => [...new Set(await checks.locator('tbody tr td:nth-child(2)').allTextContents())])
        .toEqual(['client']);

      await page.getByLabel('Alleen controles die nu falen').check();
      const show = checks.getByRole('button', { name: /^Toon voorbeelden van / }).first();
      await show.click();
      await checks
        .getByText(
          /Voorbeelden van fouten zijn \(nog\) niet beschikbaar|U mag de voorbeelden|Er zijn geen voorbeelden/,
        )
        .or(checks.getByRole('table', { name: /Voorbeelden van rijen/ }))
        .first()
        .waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
    } finally {
      await context.close();
    }
  });

  it('tells a role without the grant politely that it has no access', async () => {
    const { page, context } = await web.open('/kwaliteit', DEMO_USERS.analist);
    try {
      await page.getByText('Uw rol heeft geen toegang tot de kwaliteitsgegevens.').waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
    } finally {
      await context.close();
    }
  });
});
