// What the server tells the app before sign-in (GET /webconfiguratie) and, in development mode, the demo
// users to switch between (GET /demo/gebruikers). Fetched once per page load and shared.
import { apiGet } from '../api/client.js';
import { parseDemoUsers, type DemoSessionUser } from '../pages/login/demo-users.js';
import type { OidcSettings } from '../pages/login/oidc.js';

export interface WebConfiguration {
  ontwikkelmodus: boolean;
  oidc?: OidcSettings;
  rollen: { naam: string; doelen: string[] }[];
}

let configuration: Promise<WebConfiguration> | undefined;
let demoUsers: Promise<DemoSessionUser[]> | undefined;

export function webConfiguration(): Promise<WebConfiguration> {
  configuration ??= apiGet<WebConfiguration>('/webconfiguratie').catch((error: unknown) => {
    configuration = undefined;
    throw error;
  });
  return configuration;
}

/** The demo users (none outside development mode, or when the server has no such list). */
export function loadDemoUsers(): Promise<DemoSessionUser[]> {
  demoUsers ??= webConfiguration().then(async (config) =>
    config.ontwikkelmodus ? parseDemoUsers(await apiGet<unknown>('/demo/gebruikers')) : [],
  );
  demoUsers.catch(() => {
    demoUsers = undefined;
  });
  return demoUsers;
}

/** The purposes the policy gives these roles. */
export function purposesOf(config: WebConfiguration, roles: readonly string[]): string[] {
  return [...new Set(config.rollen.filter((r) => roles.includes(r.naam)).flatMap((r) => r.doelen))];
}
