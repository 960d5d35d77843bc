// The model browser's API on a real server over the full v2.5.1 release: the package tree with paged
// classes, a class in full (inherited attributes, enumeration literals, association targets, GEMMA),
// diagrams with derived edges, the release difference, unknown names as 404/400 problems, and no
// answer without credentials.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { DENY_ALL } from '../../src/server/server-context.js';
import { startApiServer, type RunningServer } from '../helpers/api-project.js';
import { hasReleases, releasePath } from '../helpers/releases.js';

type Json = Record<string, unknown> & { _embedded: Record<string, Record<string, unknown>[]> };

describe.skipIf(!hasReleases())('the model browser API (v2.5.1)', () => {
  let dir: string;
  let server: RunningServer;
  let token: string;
  const get = async (path: string, auth = true) => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      headers: auth ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, json: (await response.json()) as Json };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-model-api-'));
    await writeFile(
      join(dir, 'ggm.yaml'),
      `model: ${JSON.stringify(releasePath('v2.5.1'))}\nengine: duckdb:warehouse.duckdb\ndomains:\n  - 6 Sociaal Domein\n`,
    );
    await developmentPrivateKey(dir, { create: true });
    server = await startApiServer(dir, { access: DENY_ALL, authentication: { apiKeys: [] } });
    token = await mintDevelopmentToken((await developmentPrivateKey(dir, { create: false }))!, {
      roles: ['informatiemanager'],
      subject: 'i.manager',
      ttlSeconds: 600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses every model route without credentials', async () => {
    for (const path of ['/model/pakketten', '/model/diagrammen', '/model/releases', '/model/klassen/Client'])
      expect((await get(path, false)).status).toBe(401);
  });

  it('walks the tree from the domains to a package with paged classes and its diagrams', async () => {
    const domains = await get('/model/pakketten');
    expect(domains.status).toBe(200);
    const sociaal = domains.json._embedded['pakketten']!.find((p) => p['naam'] === '6 Sociaal Domein')!;
    expect(sociaal).toBeDefined();
    const pkg = await get(`/model/pakketten/${String(sociaal['id'])}`);
    expect(pkg.json['pad']).toEqual(['6 Sociaal Domein']);
    const subs = pkg.json['subpakketten'] as { id: string; aantalKlassen: number }[];
    expect(subs.length).toBeGreaterThan(0);
    // breadth first to a package with more than one page of two classes
    const queue = [...subs];
    let full = queue.find((s) => s.aantalKlassen > 3);
    while (!full && queue.length > 0) {
      const next = await get(`/model/pakketten/${queue.shift()!.id}`);
      queue.push(...(next.json['subpakketten'] as typeof subs));
      full = queue.find((s) => s.aantalKlassen > 3);
    }
    if (!full) throw new Error('no package with more than 3 classes under 6 Sociaal Domein');
    const page = await get(`/model/pakketten/${full.id}/klassen?pageSize=2`);
    expect(page.json._embedded['klassen']).toHaveLength(2);
    expect(page.json['page']).toMatchObject({ totalElements: full.aantalKlassen });
    expect((await get('/model/pakketten/EAPK_BESTAAT_NIET')).status).toBe(404);
  });

  it('gives one class in full: inherited attributes, literals, association targets, GEMMA and diagrams', async () => {
    const client = await get('/model/klassen/Client');
    expect(client.status).toBe(200);
    expect(client.json['gemma']).toMatchObject({ naam: 'Client' });
    const associations = client.json['associaties'] as { klasse: { naam?: string } }[];
    expect(associations.length).toBeGreaterThan(0);
    for (const a of associations.filter((x) => x.klasse.naam))
      expect((await get(`/model/klassen/${encodeURIComponent(a.klasse.naam!)}`)).status).toBe(200);
    // some class with an enumeration-typed attribute carries that enumeration's literals
    const withEnum = await findClassWithEnumeration();
    const enums = withEnum['enumeraties'] as { id: string; waarden: unknown[] }[];
    const attrs = withEnum['attributen'] as { type: { enumeratie?: string } }[];
    for (const a of attrs.filter((x) => x.type.enumeratie))
      expect(enums.map((e) => e.id)).toContain(a.type.enumeratie);
    expect(enums.some((e) => e.waarden.length > 0)).toBe(true);
    const missing = await get('/model/klassen/Clientt');
    expect(missing.status).toBe(404);
    expect(String(missing.json['detail'])).toContain('Client');
  });

  async function findClassWithEnumeration(): Promise<Record<string, unknown>> {
    for (const name of ['Beschikking', 'Toewijzing', 'Huishouden']) {
      const r = await get(`/model/klassen/${name}`);
      if (r.status !== 200) continue;
      if ((r.json['enumeraties'] as unknown[]).length > 0) return r.json;
    }
    throw new Error('no class with an enumeration among the candidates');
  }

  it('lists 243 diagrams and draws one with edges among its members', async () => {
    const list = await get('/model/diagrammen?pageSize=100');
    expect(list.json['page']).toMatchObject({ totalElements: 243 });
    const search = await get('/model/diagrammen?zoek=handhaving');
    const found = search.json._embedded['diagrammen']!;
    expect(found.length).toBeGreaterThan(0);
    let withEdges: Json | undefined;
    for (const d of list.json._embedded['diagrammen']!) {
      const r = await get(`/model/diagrammen/${String(d['id'])}`);
      expect(r.status).toBe(200);
      if ((r.json['relaties'] as unknown[]).length > 0) {
        withEdges = r.json;
        break;
      }
    }
    const ids = new Set((withEdges!['klassen'] as { id: string }[]).map((c) => c.id));
    for (const edge of withEdges!['relaties'] as { van: string; naar: string }[]) {
      expect(ids.has(edge.van)).toBe(true);
      expect(ids.has(edge.naar)).toBe(true);
    }
    expect((await get('/model/diagrammen/EAID_BESTAAT_NIET')).status).toBe(404);
  });

  it('compares two releases per kind and pages one kind; unknown releases are a 400', async () => {
    const releases = await get('/model/releases');
    expect(releases.json['releases']).toEqual(expect.arrayContaining(['v2.4.0', 'v2.5.1']));
    expect(releases.json['project']).toBe('v2.5.1');
    const diff = await get('/model/verschil?van=v2.4.0&naar=v2.5.1');
    expect(diff.status).toBe(200);
    const kinds = diff.json['soorten'] as { soort: string; toegevoegd: number }[];
    const classes = kinds.find((k) => k.soort === 'klassen')!;
    expect(classes.toegevoegd).toBeGreaterThan(0);
    const added = await get('/model/verschil/klassen?van=v2.4.0&naar=v2.5.1&pageSize=5');
    expect(added.json._embedded['wijzigingen']![0]).toMatchObject({ wijziging: 'toegevoegd' });
    const same = await get('/model/verschil?van=v2.5.1&naar=v2.5.1');
    expect((same.json['soorten'] as { gewijzigd: number }[]).every((k) => k.gewijzigd === 0)).toBe(true);
    const unknown = await get('/model/verschil?van=v9.9.9&naar=v2.5.1');
    expect(unknown.status).toBe(400);
    expect((await get('/model/verschil/dingen?van=v2.4.0&naar=v2.5.1')).status).toBe(400);
  });
});
