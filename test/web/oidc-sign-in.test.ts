// Signing in at an OpenID Connect provider in a real browser: the demo municipality in production mode
// (no demo users, no development tokens) trusts a local provider on its own port (test/web/local-idp.ts,
// shaped like a Keycloak realm). Chromium clicks sign in, goes through /authorize and back to
// /inloggen/terug, the app exchanges the code with PKCE, and the role in the token opens a data page
// only that role may read. A wrong code_verifier and a forged state end in a Dutch error, not a crash.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveKey } from '../../src/audit/key-store.js';
import { keyOfPurpose } from '../../src/governance/governance-policy.js';
import { loadGovernance } from '../../src/pipeline/governance/load-governance.js';
import { startLocalIdp, type LocalIdp } from './local-idp.js';
import {
  accessibilityViolations,
  canRunBrowserTests,
  describeViolations,
  screenshot,
  startWebFixture,
  type WebFixture,
} from './web-harness.js';

const CLIENT_ID = 'ggm-web';
const AUDIENCE = 'ggm-platform';
const USER = { subject: 'f3a9c2e0-oidc', name: 'Anna de Vries', roles: ['wmo-consulent'] };

/**
 * The demo's governance.yaml in production mode, trusting the provider for the API and the web app.
 * Production never generates keys, so the operator's step is done first: every purpose's pseudonymisation
 * key and the audit key in .ggm/keys (mode 0600).
 */
async function trustProvider(projectDir: string, idp: LocalIdp): Promise<void> {
  const { policy } = await loadGovernance(projectDir);
  if (!policy) throw new Error('the demo policy does not load');
  const names = new Set([policy.auditKey, ...policy.purposes.map((p) => keyOfPurpose(policy, p.id))]);
  for (const name of names) await resolveKey(name, { projectDir, env: {}, mode: 'development' });
  const file = join(projectDir, 'governance.yaml');
  const text = (await readFile(file, 'utf8')).replace(/^mode: development$/m, 'mode: production');
  if (!text.includes('mode: production')) throw new Error('the demo policy has no mode line to change');
  await writeFile(
    file,
    `${text}\nauthentication:\n  oidc:\n    issuer: ${idp.issuer}\n    audience: ${AUDIENCE}\n` +
      `    jwks_url: ${idp.jwksUrl}\n    algorithms: [RS256]\n    role_claim: realm_access.roles\n` +
      `    web_client_id: ${CLIENT_ID}\n`,
  );
}

describe.skipIf(!canRunBrowserTests())('signing in with an OIDC provider', () => {
  let idp: LocalIdp;
  let web: WebFixture;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    idp = await startLocalIdp({ clientId: CLIENT_ID, audience: AUDIENCE, user: USER });
    web = await startWebFixture({ prepare: (dir) => trustProvider(dir, idp) });
    idp.allowRedirect(`${web.url}/inloggen/terug`);
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await web?.close();
    await idp?.close();
  });

  const signedOutPage = async (path: string): Promise<{ page: Page; context: BrowserContext }> => {
    const opened = await web.open(path);
    contexts.push(opened.context);
    return opened;
  };
  const noViolations = async (page: Page) =>
    expect(describeViolations(await accessibilityViolations(page))).toBe('');
  const signInButton = (page: Page) =>
    page.getByRole('button', { name: `Inloggen via ${new URL(idp.issuer).host}` });

  it('signs in at the provider, comes back signed in with the role from the token, and reads data', async () => {
    const { page } = await signedOutPage('/inloggen');
    await signInButton(page).waitFor();
    await expect(page.getByRole('heading', { name: 'Demogebruikers' }).count()).resolves.toBe(0);
    await noViolations(page);
    await screenshot(page, 'oidc-login');

    await signInButton(page).click();
    await page.waitForURL(/\/inloggen\/terug/);
    await page.getByText(`U bent ingelogd als ${USER.name}, met de rol wmo-consulent.`).waitFor();
    // the code and state are gone from the address bar
    expect(new URL(page.url()).search).toBe('');
    await noViolations(page);
    await screenshot(page, 'oidc-back');

    const session = JSON.parse(
      await page.evaluate<string>("sessionStorage.getItem('ggm.sessie') ?? '{}'"),
    ) as { user?: { roles?: string[] }; purpose?: string };
    expect(session.user?.roles).toEqual(['wmo-consulent']);
    expect(session.purpose).toBe('wmo-uitvoering');

    // a page only the wmo-consulent (purpose wmo-uitvoering) may read in clear, with the provider's token
    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    await page.getByText(`${USER.name}`).first().waitFor();
    await page.goto(`${web.url}/gegevens/NatuurlijkPersoon`);
    const bsn = page.locator('td[data-kolom="burgerservicenummer"]').first();
    // the first governed read of a fresh server is slow on a busy machine
    await bsn.waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
      throw new Error(`no BSN column; the page says: ${await page.locator('main').innerText()}`, {
        cause: error,
      });
    });
    expect(await bsn.innerText()).toMatch(/^\d{9}$/);
    await expect(page.getByLabel('Doel').inputValue()).resolves.toBe('wmo-uitvoering');
    await noViolations(page);
    await screenshot(page, 'oidc-data');
    expect(idp.refusals).toEqual([]);
  }, 240_000);

  it('refuses a code exchanged with the wrong PKCE verifier, in Dutch', async () => {
    const { page, context } = await signedOutPage('/inloggen');
    await context.route(`${idp.issuer}/protocol/openid-connect/token`, (route) => {
      const body = new URLSearchParams(route.request().postData() ?? '');
      body.set('code_verifier', 'x'.repeat(43));
      return route.continue({ postData: body.toString() });
    });
    const refusedBefore = idp.refusals.length;
    await signInButton(page).click();
    await page.waitForURL(/\/inloggen\/terug/);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Inloggen is niet gelukt: de inlogdienst weigerde de code');
    expect(await alert.innerText()).toContain('invalid_grant');
    expect(idp.refusals.slice(refusedBefore)).toEqual(['invalid_grant']);
    await page.getByText('Niet ingelogd').waitFor();
    await noViolations(page);
    await screenshot(page, 'oidc-pkce-refused');
  });

  it('refuses an answer whose state is not this sign-in, and a callback without a sign-in', async () => {
    const { page, context } = await signedOutPage('/inloggen');
    // the provider is never reached: the browser comes back with someone else's code and state
    await context.route(`${idp.issuer}/protocol/openid-connect/auth**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>gestopt</title>' }),
    );
    await signInButton(page).click();
    await page.waitForURL(/\/protocol\/openid-connect\/auth/);
    const refusedBefore = idp.refusals.length;
    await page.goto(`${web.url}/inloggen/terug?code=gestolen&state=vervalst`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('hoort niet bij uw inlogpoging');
    expect(idp.refusals.length).toBe(refusedBefore); // no token request was made
    await page.getByText('Niet ingelogd').waitFor();
    await noViolations(page);

    // the same address again: the sign-in was used up, so nothing is in progress
    await page.goto(`${web.url}/inloggen/terug?code=gestolen&state=vervalst`);
    await page.getByRole('alert').getByText('er was geen inlogpoging bezig').waitFor();
    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
    await signInButton(page).waitFor();
  });
});
