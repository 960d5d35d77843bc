// The API's framework on a real server over a real DuckDB warehouse: headers, the OpenAPI document,
// problem responses, and hostile input (bad tokens, SQL in parameters, traversal, oversized input, a BSN in
// the URL): each a 4xx problem that leaks nothing, logged, never a 5xx.
import { readFile } from 'node:fs/promises';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditLogPath } from '../../src/audit/audit-log.js';
import { parseLogLine } from '../../src/audit/log-records.js';
import { sha256Hex } from '../../src/server/auth/api-keys.js';
import {
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
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

const BSN = '111222333'; // passes the 11-proef
const API_KEY = 'service-sleutel-0123456789abcdef';

describe.skipIf(!hasReleases())('the API framework and hostile input (DuckDB)', () => {
  let project: ApiProject;
  let server: RunningServer;
  let token: string;
  const statuses: number[] = [];

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    statuses.push(response.status);
    const text = await response.text();
    return { response, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    });
    statuses.push(response.status);
    const text = await response.text();
    return { response, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const expectProblem = (
    r: { response: Response; json: Record<string, unknown>; text: string },
    status: number,
    code?: string,
  ) => {
    expect(r.response.status).toBe(status);
    expect(r.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    if (code) expect(r.json['code']).toBe(code);
  };

  beforeAll(async () => {
    project = await createApiProject('duckdb');
    server = await startApiServer(project.dir, {
      access: DENY_ALL,
      authentication: {
        apiKeys: [{ name: 'etl-koppeling', sha256: sha256Hex(API_KEY), roles: ['beheerder'] }],
      },
    });
    const key = await developmentPrivateKey(project.dir, { create: false });
    token = await mintDevelopmentToken(key!, {
      roles: ['analist'],
      subject: 'a.analist',
      ttlSeconds: 600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
  });
  afterAll(async () => {
    await server?.close();
    await project?.remove();
  });

  it('serves openapi.json without credentials, with CORS and the API-Version header', async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('api-version')).toBe('1.0.0');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/klassen',
        '/klassen/{naam}',
        '/tabellen',
        '/herkomst',
        '/klassen/{naam}/gegevens',
      ]),
    );
  });

  it('sends the security headers, API-Version and traceparent on success and on errors', async () => {
    for (const r of [
      await get('/api/v1/klassen'),
      await get('/api/v1/bestaat-niet'),
      await get('/api/v1/klassen', { authorization: '' }),
    ]) {
      const h = r.response.headers;
      expect(h.get('api-version')).toBe('1.0.0');
      expect(h.get('cache-control')).toBe('no-store');
      expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options')).toBe('DENY');
      expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(h.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    }
  });

  it('continues the caller’s trace', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const r = await get('/api/v1/klassen', { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(r.response.headers.get('traceparent')).toMatch(
      new RegExp(`^00-${traceId}-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$`),
    );
  });

  it('answers a trailing slash with 404', async () => {
    expectProblem(await get('/api/v1/klassen/'), 404, 'GGM-H001');
  });

  it('lists, searches and describes GGM classes', async () => {
    const page = await get('/api/v1/klassen?pageSize=5');
    expect(page.response.status).toBe(200);
    expect((page.json['_embedded'] as { klassen: unknown[] }).klassen).toHaveLength(5);
    expect(page.json['page']).toMatchObject({ number: 1, size: 5, totalElements: expect.any(Number) });
    expect((page.json['_links'] as Record<string, unknown>)['next']).toBeDefined();
    const search = await get('/api/v1/klassen?zoek=client');
    const names = (search.json['_embedded'] as { klassen: { naam: string }[] }).klassen.map((k) => k.naam);
    expect(names).toContain('Client');
    const client = await get('/api/v1/klassen/Client');
    expect(client.response.status).toBe(200);
    expect(client.json).toMatchObject({ naam: 'Client', tabel: 'silver.client' });
    expect((client.json['attributen'] as unknown[]).length).toBeGreaterThan(0);
    expect((client.json['associaties'] as unknown[]).length).toBeGreaterThan(0);
    const unknown = await get('/api/v1/klassen/Clent');
    expectProblem(unknown, 404, 'GGM-H007');
    expect(unknown.json['detail']).toContain('Client');
  });

  it('shows the catalog with row counts, freshness and quality', async () => {
    const table = await get('/api/v1/tabellen/toewijzing');
    expect(table.response.status).toBe(200);
    expect(table.json['aantalRijen']).toBeGreaterThan(0);
    expect(table.json['bijgewerktOp']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(table.json['kwaliteit']).toMatchObject({ status: expect.stringMatching(/goed|fouten/) });
    const list = await get('/api/v1/tabellen?pageSize=100');
    expect((list.json['_embedded'] as { tabellen: unknown[] }).tabellen.length).toBeGreaterThan(5);
  });

  it('follows a column’s lineage up and down', async () => {
    const up = await get('/api/v1/herkomst?kolom=silver.toewijzing.toewijzingnummer');
    expect(up.response.status).toBe(200);
    expect((up.json['bovenstrooms'] as { van: string }[]).some((e) => e.van.startsWith('bronze.'))).toBe(
      true,
    );
  });

  it('refuses every bad token with 401', async () => {
    const key = (await developmentPrivateKey(project.dir, { create: false }))!;
    const mint = (overrides: Partial<Parameters<typeof mintDevelopmentToken>[1]>) =>
      mintDevelopmentToken(key, {
        roles: ['analist'],
        subject: 'x',
        ttlSeconds: 600,
        audience: DEVELOPMENT_AUDIENCE,
        roleClaim: 'roles',
        ...overrides,
      });
    const expired = await mint({ now: new Date(Date.now() - 2 * 3600_000) });
    const otherAudience = await mint({ audience: 'een-andere-api' });
    const { privateKey } = await generateKeyPair('ES256');
    const otherKey = await new SignJWT({ roles: ['analist'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'ggm-development' })
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DEVELOPMENT_AUDIENCE)
      .setSubject('x')
      .setExpirationTime('10m')
      .sign(privateKey);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = {
      iss: DEVELOPMENT_ISSUER,
      aud: DEVELOPMENT_AUDIENCE,
      sub: 'x',
      roles: ['analist'],
      exp: 4102444800,
    };
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    const hs256 = `${b64({ alg: 'HS256' })}.${b64(payload)}.${Buffer.from('x').toString('base64url')}`;
    const cases: [string, string, string][] = [
      ['none', '', 'GGM-H101'],
      ['expired', `Bearer ${expired}`, 'GGM-H103'],
      ['alg none', `Bearer ${unsigned}`, 'GGM-H106'],
      ['alg HS256', `Bearer ${hs256}`, 'GGM-H106'],
      ['other key', `Bearer ${otherKey}`, 'GGM-H104'],
      ['other audience', `Bearer ${otherAudience}`, 'GGM-H105'],
      ['garbage', 'Bearer abc', 'GGM-H102'],
      ['basic', 'Basic dXNlcjpwYXNz', 'GGM-H102'],
    ];
    for (const [, authorization, code] of cases) {
      const r = await get('/api/v1/klassen', { authorization });
      expectProblem(r, 401, code);
      expect(r.response.headers.get('www-authenticate')).toBe('Bearer');
    }
    void exportJWK;
  });

  it('accepts a known API key and refuses an unknown one', async () => {
    expect((await get('/api/v1/klassen', { authorization: '', 'x-api-key': API_KEY })).response.status).toBe(
      200,
    );
    expectProblem(
      await get('/api/v1/klassen', { authorization: '', 'x-api-key': `${API_KEY}x` }),
      401,
      'GGM-H107',
    );
  });

  it('lists every invalid parameter in one 400', async () => {
    const r = await get('/api/v1/klassen?page=0&pageSize=1000&onbekend=1');
    expectProblem(r, 400, 'GGM-H002');
    const names = (r.json['invalidParams'] as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(['onbekend', 'page', 'pageSize']);
    const beyond = await get('/api/v1/klassen?page=999999');
    expectProblem(beyond, 400);
    expect(beyond.json['invalidParams']).toEqual([expect.objectContaining({ name: 'page' })]);
  });

  it('refuses SQL in filter, sort and fields without echoing it', async () => {
    const attack = "naam'; DROP TABLE silver.client; --";
    for (const param of ['sort', 'fields', 'filter']) {
      const r = await get(
        `/api/v1/klassen/Client/gegevens?doel=beleid&${param}=${encodeURIComponent(attack)}`,
      );
      expectProblem(r, 400, 'GGM-H002');
      expect(r.text).not.toContain('DROP');
      expect((r.json['invalidParams'] as { name: string }[]).map((p) => p.name)).toEqual([param]);
    }
    const lineage = await get(`/api/v1/herkomst?kolom=${encodeURIComponent("client.code' OR 1=1")}`);
    expectProblem(lineage, 400);
    const count = await get('/api/v1/tabellen/client');
    expect(count.response.status).toBe(200);
  });

  it('refuses path traversal', async () => {
    for (const path of [
      '/api/v1/klassen/..%2F..%2Fetc%2Fpasswd',
      '/api/v1/klassen/%2e%2e/%2e%2e/etc/passwd',
      '/api/v1/../../../etc/passwd',
      '/api/v1/tabellen/..%5c..%5cwindows',
      '/api/v1/klassen/%00',
    ]) {
      const r = await get(path);
      expect(r.response.status).toBeGreaterThanOrEqual(400);
      expect(r.response.status).toBeLessThan(500);
      expect(r.text).not.toContain('root:');
      expect(r.text).not.toContain('passwd');
    }
  });

  it('refuses oversized bodies and pages, malformed JSON and other media types', async () => {
    const big = JSON.stringify({ doel: 'beleid', bsn: [BSN], opvulling: 'x'.repeat(200_000) });
    expectProblem(await post('/api/v1/klassen/Client/gegevens/_zoek', big), 413, 'GGM-H004');
    expectProblem(await post('/api/v1/klassen/Client/gegevens/_zoek', '{"doel": '), 400);
    const many = JSON.stringify({ doel: 'beleid', bsn: Array.from({ length: 101 }, () => BSN) });
    expectProblem(await post('/api/v1/klassen/Client/gegevens/_zoek', many), 400, 'GGM-H002');
    expectProblem(
      await post('/api/v1/klassen/Client/gegevens/_zoek', 'doel=beleid', { 'content-type': 'text/plain' }),
      415,
    );
    expectProblem(await get('/api/v1/klassen/Client/gegevens?doel=beleid&pageSize=100000'), 400);
  });

  it('refuses a BSN in the URL without echoing it, logs no BSN and records the denial', async () => {
    for (const path of [
      `/api/v1/klassen/Client/gegevens?doel=beleid&filter=bsn:eq:${BSN}`,
      `/api/v1/klassen/${BSN}`,
      `/api/v1/klassen/Client/gegevens?doel=beleid&filter=${encodeURIComponent(`bsn:eq:${BSN}`)}`,
      `/api/v1/bestaat/niet?q=%31%31%31%32%32%32%33%33%33`,
    ]) {
      const r = await get(path);
      expectProblem(r, 400, 'GGM-H003');
      expect(r.text).not.toContain(BSN);
    }
    expect(server.logs.join('\n')).not.toContain(BSN);
    expect(server.logs.some((l) => l.includes('GGM-H003'))).toBe(true);
    const records = (await readFile(defaultAuditLogPath(project.dir), 'utf8'))
      .trim()
      .split('\n')
      .flatMap((l) => parseLogLine(l)!.records());
    const denied = records.filter((r) => r.outcome === 'denied' && String(r.detail).startsWith('GGM-H003'));
    expect(denied.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(records)).not.toContain(BSN);
  });

  it('refuses a purpose that is not granted with 403 and a denied audit record', async () => {
    const r = await get('/api/v1/klassen/Client/gegevens?doel=beleid');
    expectProblem(r, 403);
    const records = (await readFile(defaultAuditLogPath(project.dir), 'utf8'))
      .trim()
      .split('\n')
      .flatMap((l) => parseLogLine(l)!.records());
    expect(records.at(-1)).toMatchObject({ outcome: 'denied', actor: { user: 'a.analist' } });
  });

  it('refuses the restricted resources to a role without a grant', async () => {
    for (const path of ['/api/v1/quarantaine', '/api/v1/runs', '/api/v1/kwaliteit', '/api/v1/logboek'])
      expectProblem(await get(path), 403, 'GGM-H008');
  });

  it('never answered with a 5xx', () => {
    expect(statuses.length).toBeGreaterThan(30);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});
