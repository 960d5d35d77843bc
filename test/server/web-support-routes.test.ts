// The privacy officer's routes and the web app's configuration on a real server: a person's processing
// trail found by a BSN in a POST body (after a consulent read that person), the chain verification, both
// refused to other roles and both recorded in the log; the public web configuration.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditLogPath } from '../../src/audit/audit-log.js';
import { parseGovernance } from '../../src/governance/parse-governance.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { openGovernedServer } from '../../src/server/open-server.js';
import { createApiProject, type ApiProject } from '../helpers/api-project.js';
import { hasReleases } from '../helpers/releases.js';

const POLICY = resolve(import.meta.dirname, '..', '..', 'examples', 'sociaal', 'governance.yaml');

describe.skipIf(!hasReleases())('the audit trail, overview and web configuration routes', () => {
  let project: ApiProject;
  let app: FastifyInstance;
  let url: string;
  const tokens = new Map<string, string>();

  const call = (role: string | undefined, path: string, body?: unknown) =>
    fetch(`${url}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(role ? { authorization: `Bearer ${tokens.get(role)}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    project = await createApiProject('duckdb', { governance: POLICY });
    const service = await ProjectService.open(project.dir);
    app = await openGovernedServer(service);
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const key = await developmentPrivateKey(project.dir, { create: false });
    for (const role of ['wmo-consulent', 'privacy-officer', 'data-engineer'])
      tokens.set(
        role,
        await mintDevelopmentToken(key!, {
          roles: [role],
          subject: `medewerker-${role}`,
          ttlSeconds: 900,
          audience: DEVELOPMENT_AUDIENCE,
          roleClaim: 'roles',
        }),
      );
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await project?.remove();
  });

  it('finds the processings of a person the consulent read, by a BSN in the body', async () => {
    const read = await call(
      'wmo-consulent',
      '/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=5',
    );
    expect(read.status).toBe(200);
    const rows = ((await read.json()) as { _embedded: { gegevens: Record<string, unknown>[] } })._embedded
      .gegevens;
    const bsn = String(rows[0]!['burgerservicenummer']);
    expect(bsn).toMatch(/^\d{9}$/);

    const found = await call('privacy-officer', '/logboek/_zoek', { bsn });
    expect(found.status).toBe(200);
    const trail = (await found.json()) as {
      bsn: string;
      verificatie: { intact: boolean };
      verwerkingen: { gebruiker: string; verwerkingsactiviteit: string; uitkomst: string }[];
    };
    expect(trail.bsn).toBe(`******${bsn.slice(-3)}`);
    expect(trail.verificatie.intact).toBe(true);
    expect(trail.verwerkingen).toContainEqual(
      expect.objectContaining({
        gebruiker: 'medewerker-wmo-consulent',
        uitkomst: 'allowed',
        verwerkingsactiviteit: expect.stringContaining('wmo-uitvoering'),
      }),
    );
    // the lookup is itself in the log, with the person pseudonymised, never in clear
    const log = await readFile(defaultAuditLogPath(project.dir), 'utf8');
    expect(log).not.toContain(bsn);
    expect(log).toContain('POST /api/v1/logboek/_zoek');

    const again = (await (await call('privacy-officer', '/logboek/_zoek', { bsn })).json()) as typeof trail;
    expect(again.verwerkingen.length).toBe(trail.verwerkingen.length + 1);
  });

  it('refuses other roles and bad numbers, politely and with codes', async () => {
    const denied = await call('wmo-consulent', '/logboek/_zoek', { bsn: '111222333' });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { code: string }).code).toBe('GGM-H008');
    expect((await call('data-engineer', '/logboek/verificatie')).status).toBe(403);
    const bad = await call('privacy-officer', '/logboek/_zoek', { bsn: '123456789' });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { invalidParams: { name: string }[] };
    expect(problem.invalidParams[0]!.name).toBe('bsn');
    expect(JSON.stringify(problem)).not.toContain('123456789');
    expect((await call(undefined, '/logboek/verificatie')).status).toBe(401);
  });

  it('verifies the chain and records that it did', async () => {
    const response = await call('privacy-officer', '/logboek/verificatie');
    expect(response.status).toBe(200);
    const result = (await response.json()) as { intact: boolean; regels: number; problemen: unknown[] };
    expect(result.intact).toBe(true);
    expect(result.regels).toBeGreaterThan(0);
    expect(result.problemen).toEqual([]);
    const log = await readFile(defaultAuditLogPath(project.dir), 'utf8');
    expect(log).toContain('GET /api/v1/logboek/verificatie');
  });

  it('serves the web configuration without credentials', async () => {
    const response = await call(undefined, '/webconfiguratie');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ontwikkelmodus: boolean; oidc?: unknown; rollen: unknown[] };
    expect(body.ontwikkelmodus).toBe(true);
    expect(body.oidc).toBeUndefined();
    expect(body.rollen).toContainEqual({ naam: 'privacy-officer', doelen: ['inzage-en-privacy'] });
  });

  it('counts rows per layer and per source for any signed-in caller', async () => {
    expect((await call(undefined, '/overzicht')).status).toBe(401);
    const response = await call('wmo-consulent', '/overzicht');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      lagen: { laag: string; tabellen: number; rijen: number }[];
      bronnen: { bron: string; rijenGeladen: number; laatstGeladenOp: string | null }[];
    };
    expect(body.lagen.map((l) => l.laag)).toEqual(['bronze', 'silver', 'gold']);
    expect(body.lagen[0]!.rijen).toBeGreaterThan(0);
    expect(body.lagen[1]!.rijen).toBeGreaterThan(0);
    expect(body.bronnen.length).toBeGreaterThan(0);
    expect(body.bronnen[0]!.laatstGeladenOp).toMatch(/^\d{4}-/);
  });

  it('reads the web client of the OIDC provider from governance.yaml', () => {
    const { policy, diagnostics } = parseGovernance(
      `mode: production
authentication:
  oidc:
    issuer: https://login.example.nl/realms/ggm
    audience: ggm
    jwks_url: https://login.example.nl/jwks
    web_client_id: ggm-web
    web_scope: openid profile roles
`,
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(policy!.authentication.oidc).toMatchObject({
      webClientId: 'ggm-web',
      webScope: 'openid profile roles',
    });
  });
});
