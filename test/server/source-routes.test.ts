// GET /bronnen/{naam} (where lineage ends upstream: a source and its loaded files) and GET /gold-tabellen
// (when each gold table was computed, its cells and suppressed cells) on a real server over DuckDB.
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
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      json: (await response.json()) as Record<string, unknown>,
    };
  };

  beforeAll(async () => {
    project = await createApiProject('duckdb', { gold: true });
    server = await startApiServer(project.dir, { access: DENY_ALL, authentication: {} });
    const key = await developmentPrivateKey(project.dir, { create: true });
    token = await mintDevelopmentToken(key!, {
      roles: ['analist'],
      subject: 'a.analist',
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

  it('keeps both behind authentication', async () => {
    expect((await fetch(`${server.url}/api/v1/bronnen/istandaarden`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/gold-tabellen`)).status).toBe(401);
  });
});
