import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex, TEST_CACHE_DIR } from '../../test/helpers/releases.js';
import type { Engine, SqlParam } from '../engines/engine.js';
import { ensureWarehouse } from '../ingest/bronze/meta-tables.js';
import { silverProfile, tablesNeeded } from '../pipeline/silver-schema.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import type { SchemaPlan } from '../schema/schema-plan.js';
import { planCheck } from './check-sql.js';
import type { CheckDefinition, CheckResult } from './check-types.js';
import { deriveChecks, keyColumnsOf } from './derive-checks.js';
import { parseCheckSql, parseCheckYaml } from './parse-custom-checks.js';
import { blocking, runChecks } from '../pipeline/checks/run-checks.js';
import { TEST_ENGINES as ENGINES } from '../engines/testing/test-engines.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

const BUILT = ['woonplaats', 'openbare_ruimte', 'natuurlijk_persoon'];

/** The v2.5.1 Kern plan; `woonplaatsnaam` stored as text, wider than the model's 80 characters. */
async function testPlan() {
  const index = await loadReleaseIndex('v2.5.1');
  const { plan } = buildSchemaPlan(index, { domains: ['99 Kern'] });
  const widened: SchemaPlan = {
    ...plan,
    tables: plan.tables.map((t) =>
      t.name !== 'woonplaats'
        ? t
        : {
            ...t,
            columns: t.columns.map((c) =>
              c.name === 'woonplaatsnaam' ? { ...c, type: { kind: 'text' } } : c,
            ),
          },
    ),
  };
  const available = new Set(tablesNeeded(widened, new Set(BUILT)));
  return { index, plan: widened, available };
}

async function createSilver(engine: Engine, plan: SchemaPlan, tables: ReadonlySet<string>): Promise<void> {
  await ensureWarehouse(engine);
  const silver = silverProfile({ ...plan, tables: plan.tables.filter((t) => tables.has(t.name)) });
  const { statements } = emitDdl(silver, getDialect(engine.kind));
  await engine.transaction(async (tx) => {
    await tx.execute('SET search_path = silver');
    for (const s of statements) await tx.execute(s);
    await tx.execute('RESET search_path');
  });
}

async function insert(engine: Engine, table: string, columns: string[], rows: SqlParam[][]): Promise<void> {
  const params = columns.map((_, i) => `$${i + 1}`).join(', ');
  for (const row of rows)
    await engine.execute(
      `INSERT INTO silver.${table} (${columns.join(', ')}) VALUES (${params})`,
      row.map((v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)),
    );
}

/** Deliberate violations, each named in the test that finds it. */
async function fillSilver(engine: Engine): Promise<void> {
  await insert(
    engine,
    'woonplaats',
    [
      'woonplaats_id',
      'identificatie',
      'woonplaatsnaam',
      'woonplaatsnaam_nen',
      'status_enum_id',
      'valid_from',
      'valid_to',
    ],
    [
      [1, '3001', 'Doesburg', 'Doesburg', 1, '2024-01-01', null],
      [2, '3001', 'Doesburg', 'Doesburg', 1, '2024-02-01', null], // a second open version of 3001
      [3, '3002', 'L'.repeat(81), 'Lang', 1, '2024-01-01', null], // longer than the model's 80
      [4, '3003', null, 'Leeg', 1, '2024-01-01', null], // mandatory name missing on an open version
      [5, '3004', null, 'Oud', 1, '2023-01-01', '2024-01-01'], // missing too, but closed: not counted
      [6, '3004', 'Nieuw', 'Nieuw', 99, '2024-01-01', null], // no status 99 in the enumeration
    ],
  );
  await insert(
    engine,
    'openbare_ruimte',
    ['openbare_ruimte_id', 'identificatie', 'naam_openbareruimte', 'ligt_in_woonplaats_id', 'valid_from'],
    [
      [10, '0221', 'Straat', 5, '2024-01-01'], // points to a closed version: some version exists
      [11, '0222', 'Weg', 12345, '2024-01-01'], // dangling
    ],
  );
  await insert(
    engine,
    'natuurlijk_persoon',
    ['rechtspersoon_id', 'burgerservicenummer'],
    [
      [1, '111222333'],
      [2, '123456789'],
      [3, '12345678'],
      [4, '12345678X'],
      [5, null],
    ],
  );
}

const byId = (results: CheckResult[], id: string) => {
  const r = results.find((x) => x.check.id === id);
  if (!r) throw new Error(`no result for ${id}: ${results.map((x) => x.check.id).join(', ')}`);
  return r;
};

const CUSTOM_YAML = `checks:
  - name: naam_gevuld
    table: woonplaats
    severity: error
    description: every woonplaats has a name, closed versions too
    expect:
      not_null: woonplaatsnaam
  - name: uniek_nen
    table: woonplaats
    expect:
      unique: woonplaatsnaam_nen
  - name: bekende_status
    table: woonplaats
    expect:
      accepted_values:
        column: status_enum_id
        values: [1, 2]
  - name: niet_oud
    table: woonplaats
    expect:
      expression: woonplaatsnaam_nen <> 'Oud'
  - name: geen_weg
    table: openbare_ruimte
    sql: SELECT identificatie FROM silver.openbare_ruimte WHERE naam_openbareruimte = 'Weg'
`;

const CUSTOM_SQL = `-- table: natuurlijk_persoon
-- severity: error
-- description: every person has a BSN
SELECT rechtspersoon_id FROM silver.natuurlijk_persoon WHERE burgerservicenummer IS NULL;
`;

describe.skipIf(!hasReleases()).each(ENGINES)('checks on $name', ({ open }) => {
  let engine: Engine;
  let close: () => Promise<void>;
  let derived: CheckDefinition[];
  let results: CheckResult[];
  let custom: CheckResult[];
  let plan: SchemaPlan;

  beforeAll(async () => {
    ({ engine, close } = await open('ggm_checks'));
    const t = await testPlan();
    plan = t.plan;
    await createSilver(engine, t.plan, t.available);
    await fillSilver(engine);
    derived = deriveChecks({ plan: t.plan, index: t.index, tables: BUILT, available: t.available });
    results = await runChecks(
      engine,
      'run-derived',
      derived.map((c) => planCheck(c, engine.kind)),
    );
  }, 60_000);
  afterAll(async () => close?.());

  it('finds text longer than the model allows, with the offending row', () => {
    const r = byId(results, 'woonplaats.max-length.woonplaatsnaam');
    expect(r).toMatchObject({ status: 'fail', violations: 1 });
    expect(r.samples[0]).toMatchObject({ identificatie: '3002', value_length: 81 });
  });

  it('finds a missing mandatory value on open versions only', () => {
    const r = byId(results, 'woonplaats.mandatory.woonplaatsnaam');
    expect(r).toMatchObject({
      status: 'fail',
      violations: 1,
      samples: [expect.objectContaining({ identificatie: '3003' })],
    });
  });

  it('finds an enumeration key that is not in the reference table', () => {
    const r = byId(results, 'woonplaats.reference.status_enum_id');
    expect(r).toMatchObject({ status: 'fail', violations: 1 });
    expect(r.samples[0]).toMatchObject({ identificatie: '3004', status_enum_id: 99 });
  });

  it('finds a dangling reference, while a reference to a closed version is fine', () => {
    const r = byId(results, 'openbare_ruimte.reference.ligt_in_woonplaats_id');
    expect(r).toMatchObject({ status: 'fail', violations: 1 });
    expect(r.samples[0]).toMatchObject({ identificatie: '0222', ligt_in_woonplaats_id: 12345 });
  });

  it('finds two open versions of one object, as an error', () => {
    const r = byId(results, 'woonplaats.open-version-unique.identificatie');
    expect(r).toMatchObject({
      status: 'fail',
      violations: 1,
      samples: [{ identificatie: '3001', open_versions: 2 }],
    });
    expect(r.check.severity).toBe('error');
    expect(blocking(results).map((b) => b.check.id)).toEqual([
      'woonplaats.open-version-unique.identificatie',
    ]);
    expect(byId(results, 'openbare_ruimte.open-version-unique.identificatie').status).toBe('pass');
  });

  it('finds BSNs failing the 11-proef, not nine digits or not digits', () => {
    const r = byId(results, 'natuurlijk_persoon.bsn.burgerservicenummer');
    expect(r).toMatchObject({ status: 'fail', violations: 3 });
    expect(r.samples.map((s) => s['burgerservicenummer']).sort()).toEqual([
      '12345678',
      '123456789',
      '12345678X',
    ]);
  });

  it('passes the checks nothing violates', () => {
    expect(byId(results, 'woonplaats.max-length.woonplaatsnaam_nen').status).toBe('pass');
    expect(byId(results, 'woonplaats.reference.geconstateerd_enum_id').status).toBe('pass');
    expect(byId(results, 'openbare_ruimte.reference-absent.is_object_id').status).toBe('pass');
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
  });

  it('matches model patterns against the whole value', async () => {
    const check = (pattern: string): CheckDefinition => ({
      id: `pattern ${pattern}`,
      table: 'woonplaats',
      column: 'identificatie',
      severity: 'warn',
      description: '',
      origin: 'model',
      rule: { kind: 'pattern', column: 'identificatie', pattern },
      keyColumns: ['identificatie', 'valid_from'],
    });
    const r = await runChecks(
      engine,
      'run-pattern',
      [check('300[12]'), check('300')].map((c) => planCheck(c, engine.kind)),
    );
    expect(r.map((x) => x.violations)).toEqual([3, 6]);
  });

  it('runs custom YAML and SQL checks', async () => {
    const tables = new Map(plan.tables.map((t) => [t.name, t]));
    const yaml = parseCheckYaml(CUSTOM_YAML, 'checks/woonplaats.yaml', tables);
    const sql = parseCheckSql(CUSTOM_SQL, 'checks/bsn_gevuld.sql', 'bsn_gevuld', tables);
    expect([...yaml.diagnostics, ...sql.diagnostics]).toEqual([]);
    custom = await runChecks(
      engine,
      'run-custom',
      [...yaml.checks, ...sql.checks].map((c) => planCheck(c, engine.kind)),
    );
    expect(custom.map((r) => [r.check.id, r.check.severity, r.status, r.violations])).toEqual([
      ['naam_gevuld', 'error', 'fail', 2],
      ['uniek_nen', 'warn', 'fail', 1],
      ['bekende_status', 'warn', 'fail', 1],
      ['niet_oud', 'warn', 'fail', 1],
      ['geen_weg', 'warn', 'fail', 1],
      ['bsn_gevuld', 'error', 'fail', 1],
    ]);
    expect(byId(custom, 'uniek_nen').samples).toEqual([{ woonplaatsnaam_nen: 'Doesburg', rows: 2 }]);
    expect(byId(custom, 'bsn_gevuld').samples).toEqual([{ rechtspersoon_id: 5 }]);
  });

  it('reports a custom check whose query fails as an error, not a crash', async () => {
    const broken: CheckDefinition = {
      id: 'kapot',
      table: 'woonplaats',
      severity: 'warn',
      description: '',
      origin: 'custom',
      rule: { kind: 'sql', sql: 'SELECT nope FROM silver.woonplaats' },
      keyColumns: keyColumnsOf(plan.tables.find((t) => t.name === 'woonplaats')!),
    };
    const [r] = await runChecks(engine, 'run-broken', [planCheck(broken, engine.kind)]);
    expect(r).toMatchObject({ status: 'error', violations: 0 });
    expect(r!.message).toMatch(/nope/);
  });

  it('runs custom checks in the sandbox: one that reads a file is an error and stores no sample', async () => {
    const keyColumns = keyColumnsOf(plan.tables.find((t) => t.name === 'woonplaats')!);
    const custom = (id: string, rule: CheckDefinition['rule']): CheckDefinition => ({
      id,
      table: 'woonplaats',
      severity: 'error',
      description: '',
      origin: 'custom',
      rule,
      keyColumns,
    });
    const escapes =
      engine.kind === 'duckdb'
        ? [
            custom('leest_passwd', {
              kind: 'sql',
              sql: "SELECT * FROM read_csv('/etc/passwd', header = false)",
            }),
            custom('leest_blob', { kind: 'sql', sql: "SELECT content FROM read_blob('/etc/passwd')" }),
            custom('leest_tekst', {
              kind: 'expression',
              condition: "(SELECT count(*) FROM read_text('/etc/passwd')) = 0",
            }),
          ]
        : [
            custom('leest_passwd', { kind: 'sql', sql: "SELECT pg_read_file('/etc/passwd') AS inhoud" }),
            custom('importeert', { kind: 'expression', condition: "lo_import('/etc/passwd') IS NULL" }),
          ];
    const fine = custom('naam_gevuld', { kind: 'expression', condition: 'woonplaatsnaam IS NOT NULL' });
    const r = await runChecks(
      engine,
      'run-escape',
      [...escapes, fine].map((c) => planCheck(c, engine.kind)),
    );
    expect(r.map((x) => [x.check.id, x.status, x.violations, x.samples.length])).toEqual([
      ...escapes.map((c) => [c.id, 'error', 0, 0]),
      ['naam_gevuld', 'fail', 2, 2],
    ]);
    for (const x of r.slice(0, -1)) expect(x.message).toMatch(/^GGM-E001 the sandbox refused the statement/);
    const stored = await engine.query(
      `SELECT check_id, count(*) AS n FROM meta.check_samples WHERE run_id = 'run-escape' GROUP BY check_id`,
    );
    expect(stored.map((s) => [s['check_id'], Number(s['n'])])).toEqual([['naam_gevuld', 2]]);
  });

  it('counts the same in a shared scan per table as check by check', async () => {
    const planned = derived.map((c) => planCheck(c, engine.kind));
    expect(planned.filter((c) => c.predicate).length).toBeGreaterThan(10);
    const single = await runChecks(engine, 'run-single', planned, { shareScans: false });
    expect(single.map((r) => [r.check.id, r.violations])).toEqual(
      results.map((r) => [r.check.id, r.violations]),
    );
  });

  it('a broken expression does not hide the other checks of its table', async () => {
    const tables = new Map(plan.tables.map((t) => [t.name, t]));
    const parsed = parseCheckYaml(
      `checks:
  - name: kapotte_expressie
    table: woonplaats
    expect:
      expression: nope = 1
  - name: naam
    table: woonplaats
    expect:
      not_null: woonplaatsnaam
`,
      'checks/x.yaml',
      tables,
    );
    const r = await runChecks(
      engine,
      'run-mixed',
      parsed.checks.map((c) => planCheck(c, engine.kind)),
    );
    expect(r.map((x) => [x.check.id, x.status, x.violations])).toEqual([
      ['kapotte_expressie', 'error', 0],
      ['naam', 'fail', 2],
    ]);
  });

  it('stores results and samples per run in meta', async () => {
    const stored = await engine.query(
      `SELECT check_id, severity, status, violations, table_name, column_name FROM meta.check_results WHERE run_id = 'run-derived' AND status <> 'pass' ORDER BY check_id`,
    );
    expect(stored.length).toBe(results.filter((r) => r.status !== 'pass').length);
    expect(stored.find((r) => r['check_id'] === 'natuurlijk_persoon.bsn.burgerservicenummer')).toMatchObject({
      severity: 'warn',
      status: 'fail',
      table_name: 'natuurlijk_persoon',
      column_name: 'burgerservicenummer',
    });
    const all = await engine.query(
      `SELECT count(*) AS n FROM meta.check_results WHERE run_id = 'run-derived'`,
    );
    expect(Number(all[0]!['n'])).toBe(derived.length);
    const samples = await engine.query(
      `SELECT row_json FROM meta.check_samples WHERE run_id = 'run-derived' AND check_id = 'woonplaats.reference.status_enum_id'`,
    );
    expect(samples.map((s) => JSON.parse(String(s['row_json'])))).toEqual([
      expect.objectContaining({ identificatie: '3004', status_enum_id: 99 }),
    ]);
  });
});
