// The demo policy (examples/sociaal/governance.yaml) over HTTP, on DuckDB and PostgreSQL, real servers on
// real ports: every role × purpose × table gives the status the policy says (a literal table below), and
// every allowed page holds exactly the rows, columns and treatments of the governed read the policy
// compiles (run here on its own reader); personal data is never sent before its LDV record is on disk.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditLogPath } from '../../src/audit/audit-log.js';
import { parseLogLine } from '../../src/audit/log-records.js';
import type { Engine, Row } from '../../src/engines/engine.js';
import { compileGovernedRead } from '../../src/governance/compile-governed-read.js';
import { MASK } from '../../src/governance/column-treatments.js';
import type { GovernedRead } from '../../src/governance/governed-read.js';
import { GovernedReader } from '../../src/pipeline/governance/governed-reader.js';
import { projectKeys } from '../../src/pipeline/governance/key-blocks.js';
import type { ProjectGovernance } from '../../src/pipeline/governance/project-governance.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../src/server/auth/development-key.js';
import { jsonValue } from '../../src/server/meta-pages.js';
import { openGovernedServer } from '../../src/server/open-server.js';
import { createApiProject, type ApiProject } from '../helpers/api-project.js';
import { hasReleases } from '../helpers/releases.js';

const POLICY = resolve(import.meta.dirname, '..', '..', 'examples', 'sociaal', 'governance.yaml');

const PURPOSES = [
  'wmo-uitvoering',
  'jeugdhulp-uitvoering',
  'beleidsonderzoek-sociaal-domein',
  'kwaliteitsbewaking',
  'inzage-en-privacy',
  'sturing', // only gold_intern is granted under it: every table here is a 403
];
const TABLES = [
  'NatuurlijkPersoon',
  'Client',
  'Toewijzing',
  'Beschikking',
  'Levering',
  'Declaratieregel',
  'verzoek_om_toewijzing',
];
const RESOURCES = ['quarantaine', 'runs', 'kwaliteit', 'logboek'];

/** What the demo policy grants, written out by hand: role → purpose → tables and resources. */
const GRANTED: Record<string, { purpose: string; tables: string[]; resources: string[] }> = {
  'wmo-consulent': {
    purpose: 'wmo-uitvoering',
    tables: ['NatuurlijkPersoon', 'Client', 'Toewijzing', 'Beschikking'],
    resources: [],
  },
  jeugdconsulent: {
    purpose: 'jeugdhulp-uitvoering',
    tables: ['NatuurlijkPersoon', 'Client', 'Toewijzing', 'Beschikking'],
    resources: [],
  },
  beleidsmedewerker: {
    purpose: 'beleidsonderzoek-sociaal-domein',
    tables: [
      'NatuurlijkPersoon',
      'Client',
      'Toewijzing',
      'Levering',
      'Declaratieregel',
      'verzoek_om_toewijzing',
    ],
    resources: [],
  },
  'bi-analist': { purpose: 'beleidsonderzoek-sociaal-domein', tables: [], resources: [] },
  'data-engineer': {
    purpose: 'kwaliteitsbewaking',
    tables: ['Toewijzing', 'Declaratieregel'],
    resources: ['quarantaine', 'runs', 'kwaliteit'],
  },
  'privacy-officer': { purpose: 'inzage-en-privacy', tables: ['NatuurlijkPersoon'], resources: ['logboek'] },
};

const TARGETS = [
  { name: 'DuckDB', engine: 'duckdb' as const },
  { name: 'PostgreSQL', engine: 'postgres' as const },
];

interface Page {
  _embedded: { gegevens: Record<string, unknown>[] };
  kolommen: { naam: string; classificatie: string; behandeling: string }[];
  doel: string;
}

describe.skipIf(!hasReleases()).each(TARGETS)('the demo policy over HTTP on $name', ({ engine: kind }) => {
  let project: ApiProject;
  let app: FastifyInstance;
  let url: string;
  let engine: Engine;
  let governance: ProjectGovernance;
  let reader: GovernedReader;
  const tokens = new Map<string, string>();
  const logs: string[] = [];
  const statuses: number[] = [];

  const get = async (role: string, path: string) => {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${tokens.get(role)}` },
    });
    statuses.push(response.status);
    return response;
  };
  const auditRecords = async () =>
    (await readFile(defaultAuditLogPath(project.dir), 'utf8'))
      .trim()
      .split('\n')
      // a grouped line (an operation with its subjects) reads back as its records
      .flatMap((l) => parseLogLine(l)!.records());
  const traceOf = (response: Response) => response.headers.get('traceparent')!.split('-')[1]!;

  /** What the policy compiler and reader give for the same request, as the API writes it. */
  const expectedPage = async (role: string, purpose: string, table: string, pageSize: number) => {
    const compiled = compileGovernedRead(
      governance.policy,
      governance.catalog,
      { roles: [role], purpose, table, page: 1, pageSize },
      governance.dialect,
    ) as GovernedRead;
    const { rows } = await reader.read(compiled);
    return {
      compiled,
      rows: rows.map((row: Row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])),
      ),
    };
  };

  beforeAll(async () => {
    project = await createApiProject(kind, { governance: POLICY, gold: true });
    const stream = new Writable({
      write(chunk, _e, done) {
        logs.push(String(chunk));
        done();
      },
    });
    const service = await ProjectService.open(project.dir);
    app = await openGovernedServer(service, { logger: { level: 'info', stream } });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    engine = await service.openWarehouse();
    governance = await service.governance({ engine });
    reader = new GovernedReader(engine, projectKeys(project.dir, 'development'));
    const key = await developmentPrivateKey(project.dir, { create: false });
    for (const role of Object.keys(GRANTED))
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
    await reader?.close();
    await engine?.close();
    await project?.remove();
  });

  it('gives every role × purpose × table exactly the policy’s rows, columns and treatments', async () => {
    let allowed = 0;
    for (const [role, grant] of Object.entries(GRANTED)) {
      for (const purpose of PURPOSES) {
        for (const table of TABLES) {
          const response = await get(role, `/api/v1/klassen/${table}/gegevens?doel=${purpose}&pageSize=50`);
          const granted = purpose === grant.purpose && grant.tables.includes(table);
          const label = `${role} ${purpose} ${table}`;
          if (!granted) {
            expect(response.status, label).toBe(403);
            expect(response.headers.get('content-type')).toMatch(/problem\+json/);
            const records = await auditRecords();
            expect(records.find((r) => r.traceId === traceOf(response))?.outcome, label).toBe('denied');
            await response.body?.cancel();
            continue;
          }
          expect(response.status, label).toBe(200);
          // The LDV record is on disk when the headers arrive, before the body is read.
          const records = await auditRecords();
          const body = (await response.json()) as Page;
          const expected = await expectedPage(role, purpose, table, 50);
          if (expected.compiled.personal) {
            // LDV: the request's record (no subjects) and one child record per data subject
            const ofTrace = records.filter((r) => r.traceId === traceOf(response));
            const [record, ...others] = ofTrace.filter((r) => r.dataSubjects.length === 0);
            expect(record, label).toMatchObject({
              outcome: 'allowed',
              actor: { user: `medewerker-${role}` },
            });
            expect(others, label).toEqual([]);
            const children = ofTrace.filter((r) => r.dataSubjects.length > 0);
            for (const child of children) {
              expect(child.dataSubjects, label).toHaveLength(1);
              expect(child, label).toMatchObject({ parentSpanId: record!.spanId, outcome: 'allowed' });
            }
            const ids = children.map((c) => c.dataSubjects[0]!.id);
            expect(new Set(ids).size, label).toBe(ids.length);
            if (body._embedded.gegevens.length > 0) expect(children.length, label).toBeGreaterThan(0);
            expect(children.length, label).toBeLessThanOrEqual(body._embedded.gegevens.length);
          }
          expect(body.doel).toBe(purpose);
          expect(body.kolommen, label).toEqual(
            expected.compiled.columns.map((c) => ({
              naam: c.name,
              classificatie: c.classification,
              behandeling: c.treatment,
            })),
          );
          expect(body._embedded.gegevens, label).toEqual(expected.rows);
          allowed++;
        }
      }
    }
    expect(allowed).toBe(Object.values(GRANTED).reduce((n, g) => n + g.tables.length, 0));
  });

  it('applies the treatments the policy names, value by value', async () => {
    const page = async (role: string, table: string) =>
      (await (
        await get(role, `/api/v1/klassen/${table}/gegevens?doel=${GRANTED[role]!.purpose}&pageSize=50`)
      ).json()) as Page;
    const clear = (await page('wmo-consulent', 'NatuurlijkPersoon'))._embedded.gegevens;
    const bsns = new Set(clear.map((r) => r['burgerservicenummer']));
    expect([...bsns].every((b) => typeof b === 'string' && /^\d{9}$/.test(b))).toBe(true);
    const research = await page('beleidsmedewerker', 'NatuurlijkPersoon');
    for (const row of research._embedded.gegevens) {
      expect(row['burgerservicenummer']).toMatch(/^[0-9a-f]{64}$/);
      expect(bsns.has(row['burgerservicenummer'])).toBe(false);
      expect(row).not.toHaveProperty('geslachtsnaam');
      expect(row).not.toHaveProperty('voornamen');
      if (row['datum_geboorte'] !== null) expect(String(row['datum_geboorte'])).toMatch(/^\d{4}$/);
    }
    const privacy = await page('privacy-officer', 'NatuurlijkPersoon');
    expect(Object.keys(privacy._embedded.gegevens[0]!).sort()).toEqual(
      ['burgerservicenummer', 'datum_geboorte', 'geslachtsnaam', 'rechtspersoon_id', 'voornamen'].sort(),
    );
    const engineer = await page('data-engineer', 'Toewijzing');
    const masked = engineer.kolommen.filter((k) => k.classificatie !== 'none');
    expect(masked.every((k) => k.behandeling === 'masked')).toBe(true);
    for (const row of engineer._embedded.gegevens)
      for (const k of masked) if (row[k.naam] !== null) expect(row[k.naam]).toBe(MASK);
  });

  it('grants the restricted resources to their roles only', async () => {
    for (const [role, grant] of Object.entries(GRANTED)) {
      for (const resource of RESOURCES) {
        const response = await get(role, `/api/v1/${resource}`);
        expect(response.status, `${role} ${resource}`).toBe(grant.resources.includes(resource) ? 200 : 403);
        await response.body?.cancel();
      }
    }
    const quarantine = (await (await get('data-engineer', '/api/v1/quarantaine')).json()) as Page;
    expect(quarantine._embedded.gegevens.length).toBeGreaterThan(0);
    for (const row of quarantine._embedded.gegevens) expect(row['reason']).toBe(MASK);
    const logbook = (await (await get('privacy-officer', '/api/v1/logboek?pageSize=5')).json()) as {
      _embedded: { records: { outcome: string }[] };
    };
    expect(logbook._embedded.records).toHaveLength(5);
  });

  it('serves the gold indicators: definitions to all, figures to research and BI only', async () => {
    const list = (await (await get('wmo-consulent', '/api/v1/indicatoren')).json()) as {
      _embedded: { indicatoren: { id: string; titel: string }[] };
    };
    expect(list._embedded.indicatoren.map((m) => m.id)).toContain('wmo_clienten');
    for (const [role, grant] of Object.entries(GRANTED)) {
      const response = await get(
        role,
        `/api/v1/indicatoren/wmo_clienten/gegevens?doel=${grant.purpose}&pageSize=100`,
      );
      const research = grant.purpose === 'beleidsonderzoek-sociaal-domein';
      expect(response.status, role).toBe(research ? 200 : 403);
      if (research) {
        const body = (await response.json()) as Page;
        expect(body._embedded.gegevens.length).toBeGreaterThan(0);
        expect(body.kolommen.every((k) => k.classificatie === 'none')).toBe(true);
      } else await response.body?.cancel();
    }
    expect((await get('bi-analist', '/api/v1/indicatoren/bestaat_niet')).status).toBe(404);
  });

  it('answers 64 concurrent reads, data and catalog, each with its own audit record', async () => {
    const paths = Array.from({ length: 64 }, (_, i) =>
      i % 4 === 3
        ? '/api/v1/tabellen?pageSize=5'
        : `/api/v1/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=5&page=${(i % 2) + 1}`,
    );
    const responses = await Promise.all(paths.map((p) => get('wmo-consulent', p)));
    expect(responses.map((r) => r.status)).toEqual(paths.map(() => 200));
    const traces = new Set((await auditRecords()).map((r) => r.traceId));
    responses.forEach((r, i) => {
      if (paths[i]!.includes('gegevens')) expect(traces.has(traceOf(r))).toBe(true);
    });
    await Promise.all(responses.map((r) => r.body?.cancel()));
  });

  it('writes no BSN to its log and never answers with a 5xx', async () => {
    const records = await auditRecords();
    const text = logs.join('') + JSON.stringify(records);
    const clear = (await (
      await get('wmo-consulent', '/api/v1/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=50')
    ).json()) as Page;
    for (const row of clear._embedded.gegevens)
      expect(text).not.toContain(String(row['burgerservicenummer']));
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    void join;
  });
});
