// Browser tests of the web application: the demo municipality (built once per test run, copied per
// test file so each file has its own warehouse and audit log), `ggm serve`'s server with the built app
// on a real port, Debian's Chromium driven by playwright-core, and axe-core on every page.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { setUpDemo } from '../../src/demo/demo-municipality.js';
import { executeRun } from '../../src/pipeline/execute-run.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { odataServerPlugin } from '../../src/server/odata/odata-server-plugin.js';
import { openGovernedServer } from '../../src/server/open-server.js';
import { builtWebRoot, loadWebApp } from '../../src/server/web-app.js';
import { hasReleases, releasePath } from '../helpers/releases.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const DEMO_CLIENTS = 40;

/** Whether the browser tests can run here: Chromium, the built app and the GGM release. */
export function canRunBrowserTests(): boolean {
  return existsSync(CHROMIUM) && builtWebRoot() !== undefined && hasReleases();
}

/** The demo municipality, built once per vitest run (the first test file builds, the others wait). */
async function sharedDemo(): Promise<string> {
  const base = join(tmpdir(), `ggm-web-demo-${process.ppid}`);
  const ready = join(base, 'KLAAR');
  if (existsSync(ready)) return join(base, 'gemeente');
  try {
    await mkdir(base); // the lock: only one test file builds
  } catch {
    for (let waited = 0; waited < 600; waited++) {
      if (existsSync(ready)) return join(base, 'gemeente');
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error(`the demo in ${base} was not ready after 10 minutes`);
  }
  const dir = join(base, 'gemeente');
  await setUpDemo(dir, { clients: DEMO_CLIENTS, seed: 2026 });
  const service = await ProjectService.open(dir);
  const { project, plan } = await service.plan({ model: releasePath('v2.5.1') });
  const result = await service.withWarehouse((engine) => executeRun(engine, project, plan, () => undefined));
  if (result.status !== 'succeeded') throw new Error(`demo run ${result.status}`);
  await writeFile(ready, 'klaar\n');
  return dir;
}

export interface DemoUser {
  name: string;
  role: string;
  purposes: readonly string[];
}

/** The demo policy's roles (examples/sociaal/governance.yaml), one named user each. */
export const DEMO_USERS = {
  consulent: { name: 'Wmo-consulent', role: 'wmo-consulent', purposes: ['wmo-uitvoering'] },
  jeugd: { name: 'Jeugdconsulent', role: 'jeugdconsulent', purposes: ['jeugdhulp-uitvoering'] },
  beleid: {
    name: 'Beleidsmedewerker',
    role: 'beleidsmedewerker',
    purposes: ['beleidsonderzoek-sociaal-domein'],
  },
  engineer: { name: 'Data-engineer', role: 'data-engineer', purposes: ['kwaliteitsbewaking'] },
  privacy: { name: 'Privacy officer', role: 'privacy-officer', purposes: ['inzage-en-privacy'] },
  analist: { name: 'BI-analist', role: 'bi-analist', purposes: ['beleidsonderzoek-sociaal-domein'] },
} as const satisfies Record<string, DemoUser>;

export interface WebFixture {
  /** http://127.0.0.1:<port> */
  url: string;
  projectDir: string;
  browser: Browser;
  tokenFor(user: DemoUser): Promise<string>;
  /**
   * A new browser context signed in as `user` (none: signed out), on `path`; `prepare` runs on the
   * context before the page opens (e.g. an init script that watches the first load).
   */
  open(
    path: string,
    user?: DemoUser,
    options?: { purpose?: string; prepare?: (context: BrowserContext) => Promise<void> },
  ): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export interface WebFixtureOptions {
  /** Changes the copied project before it is served (e.g. its governance.yaml). */
  prepare?: (projectDir: string) => Promise<void>;
}

/** Copies the shared demo into this file's own directory and serves it with the web app. */
export async function startWebFixture(options: WebFixtureOptions = {}): Promise<WebFixture> {
  process.env['GGM_MODEL'] ??= releasePath('v2.5.1');
  const shared = await sharedDemo();
  const projectDir = join(tmpdir(), `ggm-web-${process.pid}-${Date.now()}`);
  await cp(shared, projectDir, { recursive: true });
  await rm(join(projectDir, '.ggm', 'audit'), { recursive: true, force: true });
  const key = (await developmentPrivateKey(projectDir, { create: true }))!;
  await options.prepare?.(projectDir);
  const service = await ProjectService.open(projectDir);
  const app: FastifyInstance = await openGovernedServer(service, {
    webApp: loadWebApp(builtWebRoot()!),
    plugins: [odataServerPlugin({})],
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const tokenFor = (user: DemoUser) =>
    mintDevelopmentToken(key, {
      roles: [user.role],
      subject: user.name,
      ttlSeconds: 3600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
  return {
    url: address,
    projectDir,
    browser,
    tokenFor,
    async open(path, user, options = {}) {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      if (user) {
        const session = {
          user: { name: user.name, roles: [user.role], purposes: user.purposes, token: await tokenFor(user) },
          purpose: options.purpose ?? user.purposes[0],
        };
        const value = JSON.stringify(JSON.stringify(session));
        await context.addInitScript({
          content: `if (!sessionStorage.getItem('ggm.sessie')) sessionStorage.setItem('ggm.sessie', ${value});`,
        });
      }
      await options.prepare?.(context);
      const page = await context.newPage();
      await page.goto(`${address}${path}`);
      return { page, context };
    },
    async close() {
      await browser.close().catch(() => undefined);
      await app.close();
      await rm(projectDir, { recursive: true, force: true });
    },
  };
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeText: string | undefined;
async function axeSource(): Promise<string> {
  axeText ??= await readFile(AXE_PATH, 'utf8');
  return axeText;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/** axe-core at WCAG 2.1 A and AA on the page as it is now; returns the violations (expect none). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays on and untouched.
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(await axeSource());
  // Runs in the page (a string: the test's TypeScript has no DOM types).
  return page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  })()`);
}

/** A readable summary for a failing expectation. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join('\n  ')}`,
    )
    .join('\n');
}

/** A full-page screenshot in test-output/screenshots/<name>.png (not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await stat(file);
  return file;
}
