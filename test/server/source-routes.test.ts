// GET /bronnen/{naam} (where lineage ends upstream: a source and its loaded files) and GET /gold-tabellen
// (when each gold table was computed, its cells and suppressed cells) and GET /kwaliteit-historie (check
// outcomes over recent runs) on a real server over DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { DENY_ALL } from '../../src/server/server-context.js';
import {
  createApiProject,
  startApiServer,
  type ApiProject,
  type RunningServer,
} from '../helpers/api-project.js';
import { hasReleases } from '../helpers/releases.js';

describe.skipIf(!hasReleases())('sources and gold tables for lineage and the catalog (DuckDB)', () => {
  let project: ApiProject;
  let server: RunningServer;
  let token: string;
  let engineerToken: string;
  const get = async (path: string, bearer = token) => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      json: (await response.json()) as Record<string, unknown>,
    };
  };

  beforeAll(async () => {
    project = await createApiProject('duckdb', { gold: true });
    // Only the engineer is granted `kwaliteit` (the policy's own rules are tested elsewhere).
    server = await startApiServer(project.dir, {
      access: {
        ...DENY_ALL,
        resourcePurpose: (roles, resource) =>
          roles.includes('engineer') && resource === 'kwaliteit' ? 'kwaliteitsbewaking' : undefined,
      },
      authentication: { apiKeys: [] },
    });
    const key = await developmentPrivateKey(project.dir, { create: true });
    token = await mintDevelopmentToken(key!, {
      roles: ['analist'],
      subject: 'a.analist',
      ttlSeconds: 600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
    engineerToken = await mintDevelopmentToken(key!, {
      roles: ['engineer'],
      subject: 'd.engineer',
      ttlSeconds: 600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    await project?.remove();
  });

  it('names a source, its bronze table and the files loaded from it, newest first', async () => {
    const { status, json } = await get('/api/v1/bronnen/istandaarden');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      naam: 'istandaarden',
      soort: 'file',
      formaat: 'istandaarden',
      pad: 'berichten/*.xml',
      bronzeTabel: 'bronze.istandaarden',
    });
    const files = json['bestanden'] as { bestand: string; rijenGeladen: number; mislukt: boolean }[];
    expect(files.length).toBe(json['aantalBestanden']);
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => f.bestand.startsWith('berichten/'))).toBe(true);
    expect(files.some((f) => f.rijenGeladen > 0)).toBe(true);
  });

  it('answers an unknown source with a 404 problem that suggests the nearest name', async () => {
    const { status, type, json } = await get('/api/v1/bronnen/istandaard');
    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(String(json['detail'])).toContain('istandaarden');
  });

  it('lists every gold table with when it was computed and how many cells are suppressed', async () => {
    const { status, json } = await get('/api/v1/gold-tabellen');
    expect(status).toBe(200);
    const tables = json['tabellen'] as {
      naam: string;
      cellen: number;
      onderdrukteCellen: number;
      berekendOp: string;
    }[];
    const wmo = tables.find((t) => t.naam === 'gold.wmo_clienten');
    expect(wmo).toBeDefined();
    expect(wmo!.cellen).toBeGreaterThan(0);
    expect(wmo!.onderdrukteCellen).toBeLessThanOrEqual(wmo!.cellen);
    expect(Number.isNaN(Date.parse(wmo!.berekendOp))).toBe(false);
  });

  it('gives the quality history per check over the recent runs, to a role granted kwaliteit only', async () => {
    const { status, json } = await get('/api/v1/kwaliteit-historie?runs=3', engineerToken);
    expect(status).toBe(200);
    const runs = json['runs'] as { run: string }[];
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const checks = json['controles'] as {
      controle: string;
      tabel: string;
      uitkomsten: { run: string; status: string }[];
    }[];
    expect(checks.length).toBeGreaterThan(5);
    for (const c of checks) expect(c.uitkomsten.every((u) => runs.some((r) => r.run === u.run))).toBe(true);
    expect(checks.some((c) => c.uitkomsten.some((u) => u.status === 'fail'))).toBe(true);
    const client = await get('/api/v1/kwaliteit-historie?tabel=client', engineerToken);
    expect((client.json['controles'] as { tabel: string }[]).every((c) => c.tabel === 'client')).toBe(true);
    const denied = await get('/api/v1/kwaliteit-historie');
    expect(denied.status).toBe(403);
    expect((await get('/api/v1/kwaliteit-historie?runs=99', engineerToken)).status).toBe(400);
  });

  it('keeps them behind authentication', async () => {
    expect((await fetch(`${server.url}/api/v1/bronnen/istandaarden`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/gold-tabellen`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/kwaliteit-historie`)).status).toBe(401);
  });
});
