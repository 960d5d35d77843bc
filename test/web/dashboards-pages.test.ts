// The dashboards in a real browser as the BI analyst: the metric list, a breakdown by a chosen
// dimension with suppressed cells marked (never 0), the CSV download holding exactly the figures shown
// (checked against the API), the zorgpad flows' "not available" state, and axe at WCAG 2.1 AA.
import { readFile } from 'node:fs/promises';
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

const PURPOSE = 'beleidsonderzoek-sociaal-domein';

interface GoldRow {
  periode: string;
  productcategorie: string;
  wet?: string;
  teller: string | null;
  waarde: string | null;
  onderdrukt: boolean;
}

describe.skipIf(!canRunBrowserTests())('the dashboards', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 600_000);
  afterAll(async () => {
    await web?.close();
  });

  /** The figures of `gold.<id>` for one grain, straight from the API. */
  async function apiFigures(id: string, grain: string): Promise<GoldRow[]> {
    const token = await web.tokenFor(DEMO_USERS.analist);
    const url = `${web.url}/api/v1/indicatoren/${id}/gegevens?doel=${PURPOSE}&pageSize=100&filter=grain:eq:${grain}`;
    const answer = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      _embedded: { gegevens: GoldRow[] };
    };
    return answer._embedded.gegevens;
  }

  it('lists every metric and has no accessibility violations', async () => {
    const { page, context } = await web.open('/dashboards', DEMO_USERS.analist);
    try {
      const table = page.getByRole('table', { name: 'Indicatoren' });
      await table.waitFor();
      await table.getByRole('link', { name: /Wmo/ }).first().waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThan(5);
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'dashboards-list');
    } finally {
      await context.close();
    }
  });

  it('breaks a metric down by a chosen dimension, marks suppressed cells, and downloads them as CSV', async () => {
    const figures = (await apiFigures('kosten', 'year')).filter(
      (r) => r.wet === 'Totaal' && r.productcategorie !== 'Totaal',
    );
    const period = figures
      .map((r) => r.periode)
      .sort()
      .at(-1)!;
    const expected = figures.filter((r) => r.periode === period);
    expect(expected.length).toBeGreaterThan(1);

    const { page, context } = await web.open('/dashboards/kosten', DEMO_USERS.analist);
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Definitie' }).waitFor();
      // the definition states the denominator (the tables have a Noemer column too)
      await page.locator('dt', { hasText: /^Noemer$/ }).waitFor();
      const breakdown = page.locator('section', { has: page.getByRole('heading', { name: 'Uitsplitsing' }) });
      await breakdown.getByLabel('Dimensie').selectOption({ label: 'Productcategorie' });
      await breakdown.getByLabel('Periode').selectOption(period);
      const table = breakdown.getByRole('table');
      await table.getByRole('columnheader', { name: 'Productcategorie' }).waitFor();
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(expected.length);
      // The figure in the chart has a caption and ECharts' generated description (aria on).
      const figure = breakdown.locator('figure');
      expect(await figure.locator('figcaption').textContent()).toContain('Productcategorie');
      expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain('Staafdiagram');
      for (const row of expected) {
        const line = table.locator('tbody tr', {
          has: page.getByRole('rowheader', { name: row.productcategorie, exact: true }),
        });
        if (row.onderdrukt) {
          await line.getByText('onderdrukt').first().waitFor();
          expect(await line.textContent()).not.toMatch(/\b0\b/);
        } else expect(await line.textContent()).not.toContain('onderdrukt');
      }
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'dashboards-breakdown');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        breakdown.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
      expect(csv[0]).toBe('periode,productcategorie,teller,noemer,waarde,onderdrukt');
      expect(csv.length - 1).toBe(expected.length);
      for (const row of expected) {
        const line = csv.find((l) => l.startsWith(`${period},${row.productcategorie},`));
        expect(line, row.productcategorie).toBeDefined();
        if (row.onderdrukt) expect(line).toBe(`${period},${row.productcategorie},,,,true`);
        else {
          expect(line!.endsWith(',false')).toBe(true);
          expect(Number(line!.split(',')[2])).toBe(Number(row.teller));
        }
      }
    } finally {
      await context.close();
    }
  });

  it('shows a suppressed cell of wmo_clienten as suppressed in the table, never as 0', async () => {
    const suppressed = (await apiFigures('wmo_clienten', 'year')).filter(
      (r) => r.onderdrukt && r.productcategorie !== 'Totaal',
    );
    expect(suppressed.length).toBeGreaterThan(0);
    const { page, context } = await web.open('/dashboards/wmo_clienten', DEMO_USERS.beleid);
    try {
      const breakdown = page.locator('section', { has: page.getByRole('heading', { name: 'Uitsplitsing' }) });
      await breakdown.getByRole('table').waitFor();
      const cell = suppressed[0]!;
      await breakdown.getByLabel('Periode').selectOption(cell.periode);
      const line = breakdown.locator('tbody tr', {
        has: page.getByRole('rowheader', { name: cell.productcategorie, exact: true }),
      });
      expect(await line.getByText('onderdrukt').count()).toBe(3);
      await breakdown.getByText(/geen 0/).waitFor();
    } finally {
      await context.close();
    }
  });

  it('says clearly when the zorgpad flows are not available', async () => {
    const { page, context } = await web.open('/dashboards/zorgpad_stromen', DEMO_USERS.analist);
    try {
      const has = await fetch(`${web.url}/api/v1/indicatoren/zorgpad_stromen`, {
        headers: { authorization: `Bearer ${await web.tokenFor(DEMO_USERS.analist)}` },
      });
      if (has.status === 404) await page.getByText('De zorgpaden zijn (nog) niet beschikbaar').waitFor();
      else await page.getByRole('heading', { name: 'Stromen' }).waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await screenshot(page, 'dashboards-zorgpaden');
    } finally {
      await context.close();
    }
  });
});
