// The overview, runs, quarantine, data, audit and login pages in a real browser against the demo
// municipality: what each demo role sees (and is politely told it may not see), the data page changing
// with the user, the audit page finding a person a consulent read, axe-core on every page, screenshots.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentReadyMs,
  describeFirstLoad,
  firstLoadTiming,
  watchContentReady,
} from './first-load-timing.js';
import {
  accessibilityViolations,
  canRunBrowserTests,
  DEMO_USERS,
  describeViolations,
  screenshot,
  startWebFixture,
  type DemoUser,
  type WebFixture,
} from './web-harness.js';

describe.skipIf(!canRunBrowserTests())(
  'the shell pages: overview, runs, quarantine, data, audit, login',
  () => {
    let web: WebFixture;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      web = await startWebFixture();
    }, 600_000);
    afterAll(async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await web?.close();
    });

    /** Serves the demo users the way GET /api/v1/demo/gebruikers will (its shape is not fixed yet). */
    const demoUserList = async () =>
      Promise.all(
        Object.values(DEMO_USERS).map(async (u: DemoUser) => ({
          naam: u.name,
          rol: u.role,
          doelen: u.purposes,
          token: await web.tokenFor(u),
        })),
      );
    const open = async (path: string, user?: DemoUser, withDemoUsers = false): Promise<Page> => {
      const { page, context } = await web.open('/leeg', user);
      contexts.push(context);
      if (withDemoUsers) {
        const list = await demoUserList();
        await context.route('**/api/v1/demo/gebruikers', (route) =>
          route.fulfill({ json: { gebruikers: list } }),
        );
      }
      await page.goto(`${web.url}${path}`);
      return page;
    };
    /** The overview is complete: its three parts are there and none of them is still loading. */
    const OVERVIEW_COMPLETE = `(() => {
      const overview = document.querySelector('.ggm-overview');
      return overview !== null && overview.querySelectorAll('.ggm-overview__part').length >= 3 &&
        overview.querySelector('[role=status]') === null && overview.querySelector('[data-testid=lagen]') !== null &&
        [...overview.querySelectorAll('caption')].some((c) => c.textContent.includes('Stappen van run'));
    })()`;
    const noViolations = async (page: Page) =>
      expect(describeViolations(await accessibilityViolations(page))).toBe('');

    it('lists the demo users and signs in with one click', async () => {
      const page = await open('/inloggen', undefined, true);
      await page.getByRole('heading', { name: 'Demogebruikers' }).waitFor();
      for (const u of Object.values(DEMO_USERS))
        await page.getByRole('button', { name: `Inloggen als ${u.name}` }).waitFor();
      await noViolations(page);
      await screenshot(page, 'login');
      await page.getByRole('button', { name: 'Inloggen als Data-engineer' }).click();
      await page.waitForURL(`${web.url}/`);
      // the session bar's user switch (its label also holds the options' names)
      await expect(page.locator('header .ggm-session select').first().inputValue()).resolves.toBeTruthy();
      await page.getByRole('heading', { name: 'Laatste run' }).waitFor();
    });

    it('shows the overview to the data engineer, and measures its first load', async () => {
      // a first visit: a new context straight onto `/`, nothing in the browser's cache; the page notes
      // the frame in which every part of the overview has its content (no part still loading)
      const { page, context } = await web.open('/', DEMO_USERS.engineer, {
        prepare: (c) => watchContentReady(c, OVERVIEW_COMPLETE),
      });
      contexts.push(context);
      await page.getByTestId('lagen').waitFor();
      await page.getByRole('caption').filter({ hasText: 'Stappen van run' }).waitFor();
      await page.getByRole('heading', { name: 'Falende controles' }).waitFor();
      // navigation start → the overview's content drawn (reported, not asserted)
      const firstLoadMs = await contentReadyMs(page);
      const lagen = await page.getByTestId('lagen').innerText();
      expect(lagen).toMatch(/brons/);
      expect(lagen).toMatch(/zilver/);
      await expect(page.getByText('Uw rol mag dit onderdeel niet inzien').count()).resolves.toBe(0);
      console.log(
        `FIRST_LOAD overview ${Math.round(Number(firstLoadMs))} ms (navigation start to the frame with all content)\n` +
          describeFirstLoad(await firstLoadTiming(page)),
      );
      await noViolations(page);
      await screenshot(page, 'overview');
    });

    it('tells a consulent politely what the role may not see on the overview, runs and quarantine', async () => {
      const page = await open('/', DEMO_USERS.consulent);
      await page.getByTestId('lagen').waitFor();
      await page.getByText('Uw rol mag dit onderdeel niet inzien').first().waitFor();
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await noViolations(page);
      await page.goto(`${web.url}/quarantaine`);
      await page.getByText('Uw rol mag dit onderdeel niet inzien').waitFor();
      await page.goto(`${web.url}/runs`);
      await page.getByText('Uw rol mag dit onderdeel niet inzien').waitFor();
      await noViolations(page);
    });

    it('lists runs and shows one run with its steps; shows the quarantine to the engineer', async () => {
      const page = await open('/runs', DEMO_USERS.engineer);
      const first = page.getByRole('table').getByRole('link').first();
      await first.waitFor();
      await noViolations(page);
      await first.click();
      await page.waitForURL(/\/runs\/.+/);
      await page.getByRole('caption').filter({ hasText: 'Stappen van run' }).waitFor();
      await page.getByRole('heading', { name: 'Bevindingen' }).waitFor();
      await noViolations(page);
      await screenshot(page, 'run');
      await page.goto(`${web.url}/quarantaine`);
      await page.getByRole('heading', { name: 'Quarantaine', level: 1 }).waitFor();
      await page.locator('table, .utrecht-paragraph:has-text("Geen rijen")').first().waitFor();
      await noViolations(page);
    });

    it('shows other data when the demo user switches: clear BSN for the consulent, pseudonym for research', async () => {
      const page = await open('/gegevens', DEMO_USERS.consulent, true);
      await page
        .getByRole('link', { name: /NatuurlijkPersoon/ })
        .first()
        .click();
      const bsnCell = page.locator('td[data-kolom="burgerservicenummer"]').first();
      await bsnCell.waitFor();
      expect(await bsnCell.innerText()).toMatch(/^\d{9}$/);
      await page.locator('td[data-kolom="geslachtsnaam"]').first().waitFor();
      await noViolations(page);
      await screenshot(page, 'data-consulent');

      await page.getByLabel('Gebruiker').selectOption({ label: 'Beleidsmedewerker' });
      await page.getByText('Doel: beleidsonderzoek-sociaal-domein').waitFor();
      const pseudonym = await page.locator('td[data-kolom="burgerservicenummer"]').first().innerText();
      expect(pseudonym).not.toMatch(/^\d{9}$/);
      await page.getByText('gepseudonimiseerd').first().waitFor();
      await expect(page.locator('td[data-kolom="geslachtsnaam"]').count()).resolves.toBe(0);
      expect(await page.getByTestId('niet-getoond').innerText()).toContain('geslachtsnaam');
      await noViolations(page);
      await screenshot(page, 'data-beleid');
    });

    it('sorts and filters on the columns the role may see', async () => {
      const page = await open('/gegevens/NatuurlijkPersoon', DEMO_USERS.consulent);
      await page.locator('td[data-kolom="burgerservicenummer"]').first().waitFor();
      await page.getByRole('button', { name: 'Sorteer op burgerservicenummer' }).click();
      await page.locator('th[aria-sort="ascending"]').waitFor();
      const sorted = await page.locator('td[data-kolom="burgerservicenummer"]').allInnerTexts();
      expect(sorted).toEqual([...sorted].sort());
      await page.getByLabel('Kolom').selectOption('burgerservicenummer');
      await page.getByLabel('Waarde').fill(sorted[0]!);
      await page.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.getByRole('button', { name: 'Filter wissen' }).waitFor();
      await expect(page.locator('td[data-kolom="burgerservicenummer"]').allInnerTexts()).resolves.toEqual([
        sorted[0],
      ]);
    });

    it('finds a person the consulent read, with the BSN never in a URL', async () => {
      const consulent = await open('/gegevens/NatuurlijkPersoon', DEMO_USERS.consulent);
      const cell = consulent.locator('td[data-kolom="burgerservicenummer"]').first();
      await cell.waitFor();
      const bsn = await cell.innerText();

      const page = await open('/logboek', DEMO_USERS.privacy);
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.getByTestId('keten').waitFor();
      expect(await page.getByTestId('keten').innerText()).toContain('Het logboek is intact');
      await page.getByLabel('Burgerservicenummer (BSN)').fill(bsn);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const found = page.getByTestId('verwerkingen');
      await found.waitFor();
      const text = await found.innerText();
      expect(text).toContain(DEMO_USERS.consulent.name);
      expect(text).toContain('wmo-uitvoering');
      expect(text).toContain(`******${bsn.slice(-3)}`);
      expect(urls.some((u) => u.includes(bsn))).toBe(false);
      await noViolations(page);
      await screenshot(page, 'audit');

      const other = await open('/logboek', DEMO_USERS.engineer);
      await other.getByText('Uw rol mag dit onderdeel niet inzien').waitFor();
    });
  },
);
