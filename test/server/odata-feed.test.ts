// The OData feed in the API server, end to end: examples/sociaal run into DuckDB and PostgreSQL (gold
// computed by the run), served as `ggm serve` serves it (its policy, audit log and authentication; here
// development tokens) with the demo policy's grant of gold.* to the bi-analist under
// beleidsonderzoek-sociaal-domein, read the way Power BI reads it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.js';
import {
  addMessages,
  generateMessages,
  removeAll,
  sociaalProjectOn,
  WAREHOUSE_TARGETS,
} from '../../src/ingest/istandaarden/lakehouse/lakehouse-test-support.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import { runProject } from '../../src/pipeline/run-project.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { odataServerPlugin } from '../../src/server/odata/odata-server-plugin.js';
import { openGovernedServer } from '../../src/server/open-server.js';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../helpers/releases.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

const PURPOSE = 'beleidsonderzoek-sociaal-domein';

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)(
  'the OData feed in the API server on $name',
  (target) => {
    const cleanup: (() => Promise<void>)[] = [];
    let app: FastifyInstance;
    let engine: Engine;
    let feed: string;
    let biToken: string;
    let engineerToken: string;

    beforeAll(async () => {
      const { dir: corpus, valid } = await generateMessages(20261207, 8, 8);
      cleanup.push(() => removeAll(corpus));
      const p = await sociaalProjectOn(target, 'ggm_odata', cleanup);
      await addMessages(corpus, p.messages, valid);
      const run = await runProject(p.dir, { model: releasePath('v2.5.1') });
      expect(run.status).toBe('succeeded');
      const service = await ProjectService.open(p.dir);
      engine = await service.openWarehouse();
      cleanup.unshift(() => engine.close());
      // what `ggm serve` runs: the project's policy, its audit log, its authentication; plus the feed
      app = await openGovernedServer(service, { plugins: [odataServerPlugin({ pageSize: 3 })] });
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      cleanup.unshift(() => app.close());
      const key = await developmentPrivateKey(p.dir, { create: false });
      const mint = (role: string) =>
        mintDevelopmentToken(key!, {
          roles: [role],
          subject: `medewerker-${role}`,
          ttlSeconds: 900,
          audience: DEVELOPMENT_AUDIENCE,
          roleClaim: 'roles',
        });
      biToken = await mint('bi-analist');
      engineerToken = await mint('data-engineer');
      feed = `${url}/api/v1/odata/${PURPOSE}`;
    }, 900_000);

    afterAll(async () => {
      for (const c of cleanup) await c();
    });

    /** `token` null: no credentials; undefined: the bi-analist's. */
    const get = async (url: string, token?: string | null) => {
      const bearer = token === undefined ? biToken : token;
      const response = await fetch(url.startsWith('http') ? url : `${feed}${url}`, {
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      });
      const text = await response.text();
      const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
      return { status: response.status, headers: response.headers, text, json };
    };

    it('needs credentials: no key is a 401', async () => {
      expect((await get('/$metadata', null)).status).toBe(401);
    });

    it('lists the granted gold metric and serves valid CSDL for it', async () => {
      const root = await get('');
      expect(root.status, root.text).toBe(200);
      expect(root.headers.get('odata-version')).toBe('4.0');
      // examples/sociaal ships the standard set's metric files beside wmo_clienten, the built-in
      // (standaard:) ones among them
      expect(root.json.value.map((v: { name: string }) => v.name)).toEqual(
        expect.arrayContaining([
          'wmo_clienten',
          'wmo_clienten_per_10000',
          'kosten',
          'stapeling',
          'zorgpad_stromen',
          'wmo_voorzieningen_per_client',
        ]),
      );
      const metadata = await get('/$metadata');
      expect(metadata.status).toBe(200);
      expect(metadata.text).toContain('Cliënten met een Wmo-maatwerkvoorziening');
      const dir = mkdtempSync(join(tmpdir(), 'odata-e2e-'));
      try {
        writeFileSync(join(dir, 'm.xml'), metadata.text);
        const lint = spawnSync(
          'xmllint',
          ['--noout', '--nonet', '--schema', join(SHARED_DIR, 'odata-csdl', 'edmx.xsd'), join(dir, 'm.xml')],
          { encoding: 'utf8' },
        );
        expect(lint.status, lint.stderr).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('pages through the published gold table by nextLink: the same rows as the table', async () => {
      const [{ n }] = (await engine.query('SELECT COUNT(*) AS n FROM gold.wmo_clienten')) as [{ n: number }];
      expect(Number(n)).toBeGreaterThan(3);
      let url: string | undefined = '/wmo_clienten?$count=true';
      let rows = 0;
      let pages = 0;
      while (url) {
        const r = await get(url);
        expect(r.status, r.text).toBe(200);
        expect(r.json['@odata.count']).toBe(Number(n));
        for (const e of r.json.value) {
          expect(Object.keys(e)).toEqual([
            'periode',
            'periode_start',
            'periode_eind',
            'grain',
            'productcategorie',
            'teller',
            'noemer',
            'waarde',
            'onderdrukt',
          ]);
          if (e.onderdrukt) expect(e.waarde).toBeNull();
        }
        rows += r.json.value.length;
        pages++;
        url = r.json['@odata.nextLink'];
      }
      expect(rows).toBe(Number(n));
      expect(pages).toBe(Math.ceil(Number(n) / 3));
    });

    it('filters and counts on the real table', async () => {
      const [{ n }] = (await engine.query(
        "SELECT COUNT(*) AS n FROM gold.wmo_clienten WHERE grain = 'year' AND onderdrukt = false",
      )) as [{ n: number }];
      const r = await get(
        `/wmo_clienten/$count?$filter=${encodeURIComponent("grain eq 'year' and onderdrukt eq false")}`,
      );
      expect(r.status, r.text).toBe(200);
      expect(Number(r.text)).toBe(Number(n));
      const typed = await get(
        `/wmo_clienten?$filter=${encodeURIComponent('periode_start ge 2000-01-01 and waarde ge 0')}&$select=periode,waarde&$top=2`,
      );
      expect(typed.status, typed.text).toBe(200);
    });

    it('the grant applies: another role, another purpose or an unknown purpose is refused', async () => {
      const engineer = await get('/$metadata', engineerToken);
      expect(engineer.status).toBe(403);
      expect(engineer.json.error.code).toMatch(/^GGM-G/);
      const otherPurpose = await get(feed.replace(PURPOSE, 'wmo-uitvoering') + '/wmo_clienten');
      expect(otherPurpose.status).toBe(403);
      const unknown = await get(feed.replace(PURPOSE, 'marketing'));
      expect([403, 404]).toContain(unknown.status);
      expect(unknown.json.error.code).toMatch(/^GGM-G/);
    });

    it('hostile input is a 400 OData error, never a 5xx', async () => {
      for (const q of [
        "$filter=productcategorie eq '1' or 1 eq 1",
        "$filter=productcategorie eq ''; DROP TABLE gold.wmo_clienten; --'",
        '$orderby=waarde;DROP TABLE x',
        '$select=*,onbekend',
        '$top=100000000000',
        '$filter=waarde gt 1e300',
        "$filter=productcategorie eq 'a%00b'",
        '$skiptoken=bm90LWEtdG9rZW4',
      ]) {
        const r = await get(`/wmo_clienten?${q.replace(/ /g, '%20')}`);
        expect(r.status, `${q}: ${r.text}`).toBe(400);
        expect(r.json.error.code).toMatch(/^GGM-O0/);
      }
      const [{ n }] = (await engine.query('SELECT COUNT(*) AS n FROM gold.wmo_clienten')) as [{ n: number }];
      expect(Number(n)).toBeGreaterThan(0);
    });

    it('stays out of the REST API OpenAPI document', async () => {
      const r = await get(feed.replace(`/odata/${PURPOSE}`, '/openapi.json'), null);
      expect(r.status).toBe(200);
      expect(Object.keys(r.json.paths).some((p) => p.includes('odata'))).toBe(false);
    });
  },
);
