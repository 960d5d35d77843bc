// The application frame in a real browser: served on the API's origin, every menu page reachable by
// keyboard-visible links, deep links drawn by the app, no WCAG 2.1 AA violation, the API unchanged.
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

describe.skipIf(!canRunBrowserTests())('the web application frame', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 600_000);
  afterAll(async () => {
    await web?.close();
  });

  it('serves the app at / with a CSP that lets it run, and keeps the API behind authentication', async () => {
    const html = await fetch(`${web.url}/`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    const deep = await fetch(`${web.url}/model/klassen/Client`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="app">');
    const api = await fetch(`${web.url}/api/v1/klassen`);
    expect(api.status).toBe(401);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const missing = await fetch(`${web.url}/assets/bestaat-niet.js`);
    expect(missing.status).toBe(404);
  });

  it('shows the menu in Dutch, moves between pages, and has no accessibility violations', async () => {
    const { page, context } = await web.open('/', DEMO_USERS.engineer);
    try {
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      for (const name of [
        'Overzicht',
        'Model',
        'Catalogus',
        'Herkomst',
        'Kwaliteit',
        'Dashboards',
        'Logboek',
      ])
        await expect(nav.getByRole('link', { name })).toBeTruthy();
      await nav.getByRole('link', { name: 'Catalogus' }).click();
      await page.waitForURL(/\/catalogus$/);
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await page.goto(`${web.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(describeViolations(await accessibilityViolations(page))).toBe('');
      await page.getByRole('button', { name: 'English' }).click();
      await page
        .getByRole('navigation', { name: 'Main menu' })
        .getByRole('link', { name: 'Catalog' })
        .waitFor();
      await screenshot(page, 'frame');
    } finally {
      await context.close();
    }
  });
});
