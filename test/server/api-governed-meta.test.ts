// The warehouse's own records and gold under the demo policy, over HTTP on DuckDB and PostgreSQL (real
// servers on real ports): check results, their failing samples (rows of the checked table, treated and
// audited as that table), runs and their steps through the policy; unsuppressed gold (gold_intern) only
// for the role × purpose granted it, in the indicator routes and the OData feed; and the demo users of
// development mode.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditLogPath } from '../../src/audit/audit-log.js';
import { parseLogLine } from '../../src/audit/log-records.js';
import { MASK } from '../../src/governance/column-treatments.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { jsonValue } from '../../src/server/meta-pages.js';
import { odataServerPlugin } from '../../src/server/odata/odata-server-plugin.js';
import { openGovernedServer, openProjectServer } from '../../src/server/open-server.js';
import { DENY_ALL } from '../../src/server/server-context.js';
import { createApiProject, type ApiProject } from '../helpers/api-project.js';
import { hasReleases } from '../helpers/releases.js';

const POLICY = resolve(import.meta.dirname, '..', '..', 'examples', 'sociaal', 'governance.yaml');
const ROLES = ['wmo-consulent', 'beleidsmedewerker', 'bi-analist', 'data-engineer', 'privacy-officer'];
/** Failing checks the test stores: one on a table the data engineer is granted, one it is not. */
const GRANTED_CHECK = 'test_declaratieregel_voorbeelden';
const DENIED_CHECK = 'test_persoon_voorbeelden';

const TARGETS = [
  { name: 'DuckDB', engine: 'duckdb' as const },
  { name: 'PostgreSQL', engine: 'postgres' as const },
];

type Json = Record<string, unknown>;
interface Page {
  _embedded: Record<string, Json[]>;
  kolommen: { naam: string; classificatie: string; behandeling: string }[];
  doel: string;
  bron?: string;
  onderdrukking?: string;
}

describe.skipIf(!hasReleases()).each(TARGETS)('governed records and gold on $name', ({ engine: kind }) => {
  let project: ApiProject;
  let app: FastifyInstance;
  let url: string;
  let latestRun: string;
  let stepsOfLatest: number;
  let sampledRow: Json;
  const tokens = new Map<string, string>();
  const statuses: number[] = [];

  const get = async (role: string | null, path: string) => {
    const response = await fetch(`${url}${path}`, {
      headers: role ? { authorization: `Bearer ${tokens.get(role)}` } : {},
    });
    statuses.push(response.status);
    return response;
  };
  const json = async (role: string, path: string, status = 200) => {
    const response = await get(role, path);
    const text = await response.text();
    expect(response.status, `${role} ${path}: ${text}`).toBe(status);
    return JSON.parse(text) as Page & Json;
  };
  const auditRecords = async () =>
    (await readFile(defaultAuditLogPath(project.dir), 'utf8'))
      .trim()
      .split('\n')
      .flatMap((l) => parseLogLine(l)!.records());
  const traceOf = (response: Response) => response.headers.get('traceparent')!.split('-')[1]!;

  beforeAll(async () => {
    project = await createApiProject(kind, { governance: POLICY, gold: true });
    const service = await ProjectService.open(project.dir);
    // two failed checks of the latest run, with a real row of their table as the stored sample
    const engine = await service.openWarehouse();
    try {
      const [latest] = await engine.query(
        'SELECT run_id, max(checked_at) AS last_at FROM meta.check_results GROUP BY run_id ORDER BY last_at DESC',
      );
      latestRun = String(latest!['run_id']);
      const [steps] = await engine.query('SELECT count(*) AS n FROM meta.run_steps WHERE run_id = $1', [
        latestRun,
      ]);
      stepsOfLatest = Number(steps!['n']);
      const row = async (table: string) => {
        const [r] = await engine.query(`SELECT * FROM silver.${table} ORDER BY 1 LIMIT 1`);
        return Object.fromEntries(Object.entries(r!).map(([k, v]) => [k, jsonValue(v)]));
      };
      sampledRow = await row('declaratieregel');
      for (const [check, table, sample] of [
        [GRANTED_CHECK, 'declaratieregel', sampledRow],
        [DENIED_CHECK, 'natuurlijk_persoon', await row('natuurlijk_persoon')],
      ] as const) {
        await engine.execute(
          `INSERT INTO meta.check_results (run_id, check_id, table_name, column_name, kind, origin, severity, status, violations, description, message, checked_at, duration_ms)
           SELECT CAST($1 AS VARCHAR), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), NULL, 'expression', 'custom', 'error', 'fail', 1, 'test', NULL, max(checked_at), 1
           FROM meta.check_results WHERE run_id = $1`,
          [latestRun, check, table],
        );
        await engine.execute(
          'INSERT INTO meta.check_samples (run_id, check_id, sample_number, row_json) VALUES ($1, $2, 1, $3)',
          [latestRun, check, JSON.stringify(sample)],
        );
      }
    } finally {
      await engine.close();
    }
    app = await openGovernedServer(service, { plugins: [odataServerPlugin({ pageSize: 1000 })] });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const key = await developmentPrivateKey(project.dir, { create: false });
    for (const role of ROLES)
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

  it('serves check results through the policy to the data engineer only', async () => {
    for (const role of ROLES) {
      const response = await get(role, '/api/v1/kwaliteit?pageSize=100');
      expect(response.status, role).toBe(role === 'data-engineer' ? 200 : 403);
      await response.body?.cancel();
    }
    const page = await json('data-engineer', '/api/v1/kwaliteit?pageSize=100');
    expect(page.doel).toBe('kwaliteitsbewaking');
    const checks = page._embedded['controles']!;
    expect(checks.length).toBeGreaterThan(2);
    expect(new Set(checks.map((c) => c['run']))).toEqual(new Set([latestRun]));
    // the grant masks what may quote a source value
    expect(page.kolommen.find((k) => k.naam === 'bericht')).toMatchObject({ behandeling: 'masked' });
    for (const c of checks) if (c['bericht'] !== null) expect(c['bericht']).toBe(MASK);
    const failed = await json('data-engineer', '/api/v1/kwaliteit?status=fail&tabel=declaratieregel');
    const mine = failed._embedded['controles']!.find((c) => c['controle'] === GRANTED_CHECK)!;
    expect(mine).toMatchObject({ tabel: 'declaratieregel', status: 'fail', overtredingen: 1 });
    expect((mine['_links'] as Json)['voorbeelden']).toEqual({
      href: `/api/v1/kwaliteit/${GRANTED_CHECK}/voorbeelden?run=${latestRun}`,
    });
    // a few outcomes in one request: exactly the checks of each asked for on its own
    const outcomes = async (status: string) =>
      (await json('data-engineer', `/api/v1/kwaliteit?status=${status}&pageSize=100`))._embedded[
        'controles'
      ]!.map((c) => `${String(c['controle'])} ${String(c['status'])}`);
    const both = await outcomes('fail,error');
    expect(both.length).toBeGreaterThan(0);
    expect(new Set(both)).toEqual(new Set([...(await outcomes('fail')), ...(await outcomes('error'))]));
    expect(await outcomes('error,fail,error')).toEqual(both);
    for (const bad of ['fail,', 'fail;error', 'fail,geen', 'pass,fail,error,pass']) {
      const response = await get('data-engineer', `/api/v1/kwaliteit?status=${encodeURIComponent(bad)}`);
      expect(response.status, bad).toBe(400);
    }
  });

  it('serves a failing sample with the treatments of its table, audited with its data subject', async () => {
    const response = await get('data-engineer', `/api/v1/kwaliteit/${GRANTED_CHECK}/voorbeelden`);
    const records = await auditRecords(); // durable before the body arrives
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page & Json;
    expect(page).toMatchObject({ controle: GRANTED_CHECK, run: latestRun, tabel: 'declaratieregel' });
    const [sample] = page._embedded['gegevens']!;
    expect(sample!['voorbeeld']).toBe(1);
    // the same row, read from the table by the same role: the same columns, the same treatments
    const table = await json(
      'data-engineer',
      `/api/v1/klassen/Declaratieregel/gegevens?doel=kwaliteitsbewaking&pageSize=1`,
    );
    // the sample is the table's first row by key, so the first row of the table's first page
    const same = table._embedded['gegevens']![0]!;
    const treated = page.kolommen.filter((k) => k.naam !== 'voorbeeld');
    expect(treated.map((k) => [k.naam, k.behandeling])).toEqual(
      table.kolommen
        .filter((k) => treated.some((t) => t.naam === k.naam))
        .map((k) => [k.naam, k.behandeling]),
    );
    expect(treated.some((k) => k.behandeling === 'masked')).toBe(true);
    for (const k of treated) {
      const want = same[k.naam] === null || same[k.naam] === undefined ? null : String(same[k.naam]);
      const got = sample![k.naam] === null ? null : String(sample![k.naam]);
      if (k.behandeling === 'masked') expect(got, k.naam).toBe(want === null ? null : MASK);
      // a timestamp reads as JSON text in a sample: the same day is enough here
      else if (/^\d{4}-\d{2}-\d{2}/.test(String(want)))
        expect(got?.slice(0, 10), k.naam).toBe(want!.slice(0, 10));
      else expect(got, k.naam).toBe(want);
    }
    // the request's record (no subjects) and one child record per data subject (LDV)
    const trail = records.filter((r) => r.traceId === traceOf(response));
    expect(trail.map((r) => r.outcome)).toEqual(trail.map(() => 'allowed'));
    expect(trail.flatMap((r) => r.dataSubjects)).toHaveLength(1);
  });

  it('refuses samples of a table the role is not granted, and of an unknown check', async () => {
    const denied = await get('data-engineer', `/api/v1/kwaliteit/${DENIED_CHECK}/voorbeelden`);
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as Json)['code']).toBe('GGM-G100');
    const records = await auditRecords();
    expect(records.find((r) => r.traceId === traceOf(denied))?.outcome).toBe('denied');
    expect((await get('data-engineer', '/api/v1/kwaliteit/bestaat_niet/voorbeelden')).status).toBe(404);
    expect((await get('wmo-consulent', `/api/v1/kwaliteit/${GRANTED_CHECK}/voorbeelden`)).status).toBe(403);
  });

  it('serves runs and their steps through the policy', async () => {
    for (const role of ROLES) {
      const response = await get(role, '/api/v1/runs');
      expect(response.status, role).toBe(role === 'data-engineer' ? 200 : 403);
      await response.body?.cancel();
    }
    const runs = await json('data-engineer', '/api/v1/runs');
    const [newest] = runs._embedded['runs']!;
    expect(newest).toMatchObject({ id: latestRun, status: 'succeeded' });
    expect(runs.kolommen.find((k) => k.naam === 'bericht')?.behandeling).toBe('masked');
    const one = await json('data-engineer', `/api/v1/runs/${latestRun}`);
    expect(one).toMatchObject({ id: latestRun, doel: 'kwaliteitsbewaking' });
    const steps = await json('data-engineer', `/api/v1/runs/${latestRun}/stappen?pageSize=100`);
    expect(steps._embedded['stappen']!.length).toBe(Math.min(stepsOfLatest, 100));
    expect(steps._embedded['stappen']!.every((s) => s['run'] === latestRun)).toBe(true);
    // the overview's one request: the newest run with its steps embedded, the same steps
    const expanded = await json('data-engineer', '/api/v1/runs?pageSize=1&expand=stappen');
    const [withSteps] = expanded._embedded['runs']! as { id: string; _embedded?: { stappen: unknown[] } }[];
    expect(withSteps!.id).toBe(latestRun);
    expect(withSteps!._embedded?.stappen).toEqual(steps._embedded['stappen']);
    expect((await get('data-engineer', '/api/v1/runs?expand=bronnen')).status).toBe(400);
    expect((await get('data-engineer', '/api/v1/runs?pageSize=11&expand=stappen')).status).toBe(400);
    expect((await get('data-engineer', '/api/v1/runs/bestaat-niet')).status).toBe(404);
    expect((await get('data-engineer', '/api/v1/runs/bestaat-niet/stappen')).status).toBe(404);
    expect((await get('bi-analist', `/api/v1/runs/${latestRun}/stappen`)).status).toBe(403);
  });

  it('gives unsuppressed gold only to the role × purpose granted gold_intern', async () => {
    // every page of the figures, with the first page's envelope
    const figures = async (role: string, purpose: string) => {
      const path = `/api/v1/indicatoren/wmo_clienten/gegevens?doel=${purpose}&pageSize=100`;
      const first = await json(role, path);
      let next = (first['_links'] as { next?: { href: string } }).next;
      for (let page = 2; next; page++) {
        const more = await json(role, `${path}&page=${page}`);
        first._embedded['gegevens']!.push(...more._embedded['gegevens']!);
        next = (more['_links'] as { next?: { href: string } }).next;
      }
      return first;
    };
    const published = await figures('bi-analist', 'beleidsonderzoek-sociaal-domein');
    expect(published).toMatchObject({ bron: 'gold.wmo_clienten', onderdrukking: 'toegepast' });
    const cells = published._embedded['gegevens']!;
    const suppressed = cells.filter((c) => c['onderdrukt'] === true);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const c of suppressed) expect([c['teller'], c['waarde']]).toEqual([null, null]);
    // the same role for research, though it also holds steering: suppressed
    const research = await figures('beleidsmedewerker', 'beleidsonderzoek-sociaal-domein');
    expect(research.bron).toBe('gold.wmo_clienten');
    for (const c of research._embedded['gegevens']!.filter((x) => x['onderdrukt'] === true))
      expect(c['waarde']).toBeNull();

    const steering = await figures('beleidsmedewerker', 'sturing');
    expect(steering).toMatchObject({ bron: 'gold_intern.wmo_clienten', onderdrukking: 'niet toegepast' });
    const small = steering._embedded['gegevens']!.filter((c) => c['onderdrukt'] === true);
    expect(small.length).toBe(suppressed.length);
    expect(small.some((c) => c['teller'] !== null && c['waarde'] !== null)).toBe(true);
    // nobody else holds the purpose
    for (const role of ['bi-analist', 'wmo-consulent', 'data-engineer']) {
      const response = await get(role, '/api/v1/indicatoren/wmo_clienten/gegevens?doel=sturing');
      expect(response.status, role).toBe(403);
      await response.body?.cancel();
    }
  });

  it('lists the published gold tables in the catalog, after silver', async () => {
    const one = await json('wmo-consulent', '/api/v1/tabellen/gold.wmo_clienten');
    expect(one).toMatchObject({ naam: 'gold.wmo_clienten', schema: 'gold', soort: 'gold' });
    expect(one['aantalRijen']).toBeGreaterThan(0);
    expect(typeof one['bijgewerktOp']).toBe('string');
    const columns = one['kolommen'] as { naam: string; classificatie: string }[];
    expect(columns.map((c) => c.naam)).toContain('waarde');
    expect(columns.map((c) => c.naam)).not.toContain('personen');
    expect(columns.every((c) => c.classificatie === 'none')).toBe(true);
    // gold comes after every silver table: on the last page
    const first = await json('wmo-consulent', '/api/v1/tabellen?pageSize=100');
    const pages = (first['page'] as { totalPages: number }).totalPages;
    const last =
      pages === 1 ? first : await json('wmo-consulent', `/api/v1/tabellen?pageSize=100&page=${pages}`);
    const names = last._embedded['tabellen']!.map((t) => String(t['naam']));
    expect(first._embedded['tabellen']![0]!['schema']).toBe('silver');
    expect(names.at(-1)).toMatch(/^gold\./);
    expect(names.some((n) => n.startsWith('gold_intern'))).toBe(false);
    expect((await get('wmo-consulent', '/api/v1/tabellen/gold_intern.wmo_clienten')).status).toBe(404);
  }, 180_000);

  it('the OData feed follows the same grant', async () => {
    const feed = async (role: string, purpose: string) => {
      const response = await get(role, `/api/v1/odata/${purpose}/wmo_clienten?$filter=onderdrukt eq true`);
      expect(response.status, `${role} ${purpose}`).toBe(200);
      return ((await response.json()) as { value: Json[] }).value;
    };
    const published = await feed('bi-analist', 'beleidsonderzoek-sociaal-domein');
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((c) => c['waarde'] === null && c['teller'] === null)).toBe(true);
    const research = await feed('beleidsmedewerker', 'beleidsonderzoek-sociaal-domein');
    expect(research.every((c) => c['waarde'] === null)).toBe(true);
    const steering = await feed('beleidsmedewerker', 'sturing');
    expect(steering.length).toBe(published.length);
    expect(steering.some((c) => c['teller'] !== null)).toBe(true);
    const refused = await get('bi-analist', '/api/v1/odata/sturing/wmo_clienten');
    expect(refused.status).toBe(403);
    await refused.body?.cancel();
  });

  it('lists the demo users with working tokens in development mode, and nothing in production', async () => {
    const response = await get(null, '/api/v1/demo/gebruikers');
    expect(response.status).toBe(200);
    const users = ((await response.json()) as { _embedded: { gebruikers: Json[] } })._embedded.gebruikers;
    expect(users.map((u) => u['rol'])).toEqual([
      'wmo-consulent',
      'jeugdconsulent',
      'beleidsmedewerker',
      'data-engineer',
      'privacy-officer',
      'bi-analist',
    ]);
    const researcher = users.find((u) => u['rol'] === 'beleidsmedewerker')!;
    expect(researcher['doelen']).toEqual(['beleidsonderzoek-sociaal-domein', 'sturing']);
    expect(typeof researcher['naam']).toBe('string');
    expect(Date.parse(String(researcher['geldigTot'])) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    const engineer = users.find((u) => u['rol'] === 'data-engineer')!;
    const withToken = await fetch(`${url}/api/v1/runs`, {
      headers: { authorization: `Bearer ${String(engineer['token'])}` },
    });
    expect(withToken.status).toBe(200);
    await withToken.body?.cancel();

    const production = await openProjectServer({
      service: await ProjectService.open(project.dir),
      access: DENY_ALL,
      audit: { append: async () => undefined, appendOperation: async () => undefined },
      authentication: { apiKeys: [] },
      mode: 'production',
    });
    try {
      const address = await production.listen({ host: '127.0.0.1', port: 0 });
      const refused = await fetch(`${address}/api/v1/demo/gebruikers`);
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      await refused.body?.cancel();
    } finally {
      await production.close();
    }
  });

  it('answers an inzageverzoek from a BSN in the body, records it, and verifies the chain', async () => {
    const read = await get(
      'wmo-consulent',
      '/api/v1/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=5',
    );
    const bsn = String(((await read.json()) as Page)._embedded['gegevens']![0]!['burgerservicenummer']);
    const lookup = async (role: string) =>
      fetch(`${url}/api/v1/logboek/_zoek`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.get(role)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ bsn }),
      });
    const first = await lookup('privacy-officer');
    expect(first.status).toBe(200);
    const found = (await first.json()) as { aantal: number; verwerkingen: { traceId: string }[] };
    expect(found.verwerkingen.map((r) => r.traceId)).toContain(traceOf(read));
    // the lookup is a processing of that person too
    const again = (await (await lookup('privacy-officer')).json()) as { aantal: number };
    expect(again.aantal).toBe(found.aantal + 1);
    expect((await lookup('wmo-consulent')).status).toBe(403);
    const verified = await json('privacy-officer', '/api/v1/logboek/verificatie');
    expect(verified).toMatchObject({ intact: true, problemen: [] });
    expect(verified['regels']).toBeGreaterThan(found.aantal);
    expect((await get('data-engineer', '/api/v1/logboek/verificatie')).status).toBe(403);
  });

  it('never answered with a 5xx', () => {
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});
