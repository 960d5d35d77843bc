// The demo policy of examples/sociaal, end to end on both engines: silver built by the sociaal mappings
// from generated messages, then every role × purpose × table through compileGovernedRead and the
// GovernedReader, compared with what an independent reading of the raw tables says the caller may see.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import type { Engine, Row } from '../../engines/engine.js';
import { isDenial, compileGovernedRead, SUBJECT_COLUMN } from '../../governance/compile-governed-read.js';
import { MASK } from '../../governance/column-treatments.js';
import { findCatalogTable } from '../../governance/governance-catalog.js';
import { keyOfPurpose } from '../../governance/governance-policy.js';
import type { GovernedRead } from '../../governance/governed-read.js';
import {
  addMessages,
  generateMessages,
  removeAll,
  sociaalProjectOn,
  WAREHOUSE_TARGETS,
} from '../../ingest/istandaarden/lakehouse/lakehouse-test-support.js';
import { ProjectService } from '../project-service.js';
import { runProject } from '../run-project.js';
import { GovernedReader } from './governed-reader.js';
import type { ProjectGovernance } from './project-governance.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

const KEYS: Record<string, Buffer> = {
  'sociaal-domein-uitvoering': Buffer.from('sleutel-uitvoering-0123456789abcdef'),
  onderzoek: Buffer.from('sleutel-onderzoek-0123456789abcdef'),
  kwaliteitsbewaking: Buffer.from('sleutel-kwaliteit-0123456789abcdef'),
  'inzage-en-privacy': Buffer.from('sleutel-inzage-0123456789abcdef'),
  audit: Buffer.from('sleutel-audit-0123456789abcdef012'),
};
const hmac = (key: string, text: string) => createHmac('sha256', KEYS[key]!).update(text).digest('hex');

/** A cell as JSON-comparable text: dates as ISO days, numbers and bigints as text. */
function cell(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'bigint' || typeof v === 'number') return String(v);
  return v;
}
/** The text Node and SQL hash for a value (as String(value) writes it). */
const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)('the demo policy on $name', (target) => {
  const cleanup: (() => Promise<void>)[] = [];
  let service: ProjectService;
  let governance: ProjectGovernance;
  let engine: Engine;
  let reader: GovernedReader;
  let projectDir: string;

  beforeAll(async () => {
    const { dir: corpus, valid } = await generateMessages(20261207, 6, 8);
    cleanup.push(() => removeAll(corpus));
    const p = await sociaalProjectOn(target, 'ggm_gov', cleanup);
    projectDir = p.dir;
    await addMessages(corpus, p.messages, valid);
    const run = await runProject(p.dir, { model: releasePath('v2.5.1') });
    expect(run.status).toBe('succeeded');
    service = await ProjectService.open(p.dir);
    engine = await service.openWarehouse();
    cleanup.unshift(() => engine.close());
    governance = await service.governance({ engine });
    reader = new GovernedReader(engine, async (name) => {
      const key = KEYS[name];
      if (!key) throw new Error(`no test key ${name}`);
      return key;
    });
    cleanup.unshift(() => reader.close());
  }, 600_000);
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it('classifies persons, BSNs, identifiers and care data from the model', () => {
    const cls = (table: string, column: string) =>
      findCatalogTable(governance.catalog, table)!.columns.find((c) => c.name === column)!.classification;
    expect(cls('natuurlijk_persoon', 'burgerservicenummer')).toBe('bsn');
    expect(cls('natuurlijk_persoon', 'geslachtsnaam')).toBe('personal');
    expect(cls('natuurlijk_persoon', 'datum_geboorte')).toBe('personal');
    expect(cls('natuurlijk_persoon', 'rechtspersoon_id')).toBe('personal');
    expect(cls('client', 'juridische_status')).toBe('special');
    expect(cls('levering', 'datum_start')).toBe('special');
    expect(cls('levering', 'prestatie_voor_client_id')).toBe('personal');
    expect(cls('natuurlijk_persoon', 'load_batch_id')).toBe('none');
    expect(cls('leverancier_sociaal_domein_generiek', 'agb_code')).toBe('none');
    expect(findCatalogTable(governance.catalog, 'Client')!.subject!.steps.map((s) => s.table)).toEqual([
      'ingeschreven_persoon',
      'natuurlijk_persoon',
    ]);
    expect(governance.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  /** What the caller may see, read independently: raw rows, the row filter and treatments in JS. */
  async function expected(read: GovernedRead, tableName: string, purpose: string, wet?: string) {
    const table = findCatalogTable(governance.catalog, tableName)!;
    let raw: Row[] = await engine.query(`SELECT * FROM ${read.table}`);
    if (wet) {
      const wets = new Map(
        (await engine.query('SELECT wet_enum_id, value FROM silver.wet_enum')).map((r) => [
          String(r['wet_enum_id']),
          r['value'],
        ]),
      );
      raw = raw.filter((r) => wets.get(String(r['wet_enum_id'])) === wet);
    }
    const persons = new Map(
      (await engine.query('SELECT rechtspersoon_id, burgerservicenummer FROM silver.natuurlijk_persoon')).map(
        (r) => [String(r['rechtspersoon_id']), String(r['burgerservicenummer'])],
      ),
    );
    const key = keyOfPurpose(governance.policy, purpose);
    const rows = raw.map((r) =>
      Object.fromEntries(
        read.columns.map((c) => {
          const v = r[c.name];
          if (v === null || v === undefined) return [c.name, null];
          switch (c.treatment) {
            case 'pseudonymised':
              return [c.name, hmac(key, text(v))];
            case 'masked':
              return [c.name, MASK];
            case 'generalised':
              return [c.name, v instanceof Date ? String(v.getUTCFullYear()) : text(v).slice(0, 4)];
            default:
              return [c.name, cell(v)];
          }
        }),
      ),
    );
    // the subject: this table's BSN, or the person its first person reference (shared keys) leads to
    const subjects = new Set<string>();
    if (table.subject) {
      const via = table.subject.steps.length === 0 ? undefined : table.subject.steps[0]!.from[0]!;
      for (const r of raw) {
        const bsn = via ? persons.get(String(r[via])) : r[table.subject.bsnColumn];
        if (bsn !== undefined && bsn !== null) subjects.add(hmac('audit', String(bsn)));
      }
    }
    return { rows, subjects };
  }

  const sortRows = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

  it('reads exactly the granted rows, columns and treatments for every role × purpose × table', async () => {
    const { policy, catalog, dialect } = governance;
    const tables = [...catalog.tables.map((t) => t.name), 'gold.bestaat_niet'];
    let granted = 0;
    for (const role of policy.roles) {
      for (const purpose of policy.purposes) {
        for (const table of tables) {
          const result = compileGovernedRead(
            policy,
            catalog,
            { roles: [role.name], purpose: purpose.id, table, page: 1, pageSize: 50 },
            dialect,
          );
          const label = `${role.name} × ${purpose.id} × ${table}`;
          if (!role.purposes.includes(purpose.id)) {
            expect(result, label).toMatchObject({ denied: true, status: 403, code: 'GGM-G101' });
            continue;
          }
          const grant = policy.grants.find(
            (g) =>
              g.role === role.name &&
              g.purpose === purpose.id &&
              g.tables.some((t) => {
                const wanted = findCatalogTable(catalog, table);
                // `gold.*` grants every published gold table, never gold_intern; `gold_intern.*` the
                // unsuppressed metric tables; `runs` its steps too
                if (t.name === 'gold.*') return wanted?.schema === 'gold';
                if (t.name === 'gold_intern.*') return wanted?.schema === 'gold_intern';
                if (wanted?.grantedWith === t.name) return true;
                return findCatalogTable(catalog, t.name) === wanted && wanted;
              }),
          );
          if (!findCatalogTable(catalog, table)) {
            expect(result, label).toMatchObject({ denied: true, status: 404 });
            continue;
          }
          if (!grant) {
            expect(result, label).toMatchObject({ denied: true, status: 403, code: 'GGM-G100' });
            continue;
          }
          expect(isDenial(result), label).toBe(false);
          const read = result as GovernedRead;
          granted++;
          const wet = grant.rows ? /wet = '(\w+)'/.exec(grant.rows.text)![1] : undefined;
          const want = await expected(read, table, purpose.id, wet);
          const got = await reader.read(read);
          const total = want.rows.length;
          // a page of 50 of the rows in key order: compare the whole set when it fits
          if (total <= 50) {
            expect(
              sortRows(
                got.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))),
              ),
              label,
            ).toEqual(sortRows(want.rows));
            expect(new Set(got.subjects), label).toEqual(want.subjects);
          } else {
            expect(got.rows, label).toHaveLength(50);
          }
          for (const r of got.rows) expect(Object.keys(r), label).not.toContain(SUBJECT_COLUMN);
        }
      }
    }
    expect(granted).toBeGreaterThanOrEqual(15);
  }, 300_000);

  it('shows each role the columns its grant gives, treated as the policy says', () => {
    const { policy, catalog, dialect } = governance;
    const columns = (role: string, purpose: string, table: string) => {
      const r = compileGovernedRead(
        policy,
        catalog,
        { roles: [role], purpose, table, page: 1, pageSize: 10 },
        dialect,
      );
      if (isDenial(r)) throw new Error(`${role} ${table}: ${r.reason}`);
      return Object.fromEntries(r.columns.map((c) => [c.name, c.treatment]));
    };
    const consulent = columns('wmo-consulent', 'wmo-uitvoering', 'NatuurlijkPersoon');
    expect(consulent).toMatchObject({
      burgerservicenummer: 'clear',
      geslachtsnaam: 'clear',
      rechtspersoon_id: 'clear',
    });
    const onderzoek = columns('beleidsmedewerker', 'beleidsonderzoek-sociaal-domein', 'NatuurlijkPersoon');
    expect(onderzoek).toMatchObject({
      burgerservicenummer: 'pseudonymised',
      rechtspersoon_id: 'pseudonymised',
      datum_geboorte: 'generalised',
    });
    expect(onderzoek).not.toHaveProperty('geslachtsnaam');
    expect(onderzoek).not.toHaveProperty('voornamen');
    expect(Object.keys(columns('privacy-officer', 'inzage-en-privacy', 'NatuurlijkPersoon'))).toEqual([
      'rechtspersoon_id',
      'voornamen',
      'datum_geboorte',
      'geslachtsnaam',
      'burgerservicenummer',
    ]);
    expect(columns('data-engineer', 'kwaliteitsbewaking', 'quarantaine')).toMatchObject({ raw: 'masked' });
  });

  it('splits toewijzingen by wet between the Wmo and the Jeugdwet consulent', async () => {
    const { policy, catalog, dialect } = governance;
    const ids = async (role: string, purpose: string) => {
      const r = compileGovernedRead(
        policy,
        catalog,
        { roles: [role], purpose, table: 'Toewijzing', page: 1, pageSize: 50, fields: ['toewijzing_id'] },
        dialect,
      );
      return (await reader.read(r as GovernedRead)).rows.map((x) => String(x['toewijzing_id']));
    };
    const wmo = await ids('wmo-consulent', 'wmo-uitvoering');
    const jeugd = await ids('jeugdconsulent', 'jeugdhulp-uitvoering');
    const all = await engine.query('SELECT toewijzing_id FROM silver.toewijzing');
    expect(wmo.length).toBeGreaterThan(0);
    expect(jeugd.length).toBeGreaterThan(0);
    expect(wmo.filter((id) => jeugd.includes(id))).toEqual([]);
    expect([...wmo, ...jeugd].sort()).toEqual(all.map((r) => String(r['toewijzing_id'])).sort());
  });

  it('finds a data subject by BSN (POST body) and pseudonymises it with the audit key', async () => {
    const { policy, catalog, dialect } = governance;
    const [person] = await engine.query(
      'SELECT burgerservicenummer FROM silver.natuurlijk_persoon ORDER BY burgerservicenummer LIMIT 1',
    );
    const bsn = String(person!['burgerservicenummer']);
    const read = compileGovernedRead(
      policy,
      catalog,
      {
        roles: ['wmo-consulent'],
        purpose: 'wmo-uitvoering',
        table: 'Client',
        page: 1,
        pageSize: 10,
        subjects: [bsn],
      },
      dialect,
    );
    expect(isDenial(read)).toBe(false);
    expect((read as GovernedRead).sql).not.toContain(bsn);
    const got = await reader.read(read as GovernedRead);
    expect(got.rows).toHaveLength(1);
    expect(got.subjects).toEqual([hmac('audit', bsn)]);
    // research sees pseudonyms: a BSN search would link one to its person, so it is refused
    const research = compileGovernedRead(
      policy,
      catalog,
      {
        roles: ['beleidsmedewerker'],
        purpose: 'beleidsonderzoek-sociaal-domein',
        table: 'Client',
        page: 1,
        pageSize: 10,
        subjects: [bsn],
      },
      dialect,
    );
    expect(research).toMatchObject({ denied: true, status: 403, code: 'GGM-G107' });
  });

  it('ggm policy explain prints the SQL with keys as placeholders; ggm policy check the classification', async () => {
    const explain = await runCli([
      'policy',
      'explain',
      '-p',
      projectDir,
      '--role',
      'beleidsmedewerker',
      '--purpose',
      'beleidsonderzoek-sociaal-domein',
      'NatuurlijkPersoon',
    ]);
    expect(explain.stderr).toBe('');
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('FROM "silver"."natuurlijk_persoon" t');
    expect(explain.stdout).toContain('<key onderzoek k⊕ipad>');
    expect(explain.stdout).toMatch(/burgerservicenummer\s+\|?\s*bsn\s+\|?\s*pseudonymised/);
    const denied = await runCli([
      'policy',
      'explain',
      '-p',
      projectDir,
      '--role',
      'bi-analist',
      '--purpose',
      'beleidsonderzoek-sociaal-domein',
      'Client',
    ]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain('GGM-G100');
    const check = await runCli(['policy', 'check', '-p', projectDir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/silver\.client\s+\|?\s*juridische_status\s+\|?\s*special/);
  }, 120_000);
});
