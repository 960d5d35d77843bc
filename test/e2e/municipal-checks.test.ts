import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../src/engines/engine.js';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../src/engines/open-engine.js';
import { createTestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { runProject } from '../../src/pipeline/run-project.js';
import { writeMunicipalProject } from '../helpers/municipal-project.js';
import { hasReleases, TEST_CACHE_DIR } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

const TARGETS = [
  {
    name: 'DuckDB',
    setup: async () => ({ engine: 'duckdb:warehouse.duckdb', teardown: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    setup: async () => {
      const db = await createTestDatabase('ggm_e2e_checks');
      return { engine: db.url, teardown: () => db.drop() };
    },
  },
];

async function query(dir: string, engine: string, sql: string): Promise<Row[]> {
  const e: Engine = await openEngine(parseEngineSpec(engine, dir) as EngineSpec);
  try {
    return await e.query(sql);
  } finally {
    await e.close();
  }
}

const STRICT = `# Every woonplaats must have a geometry: the source does not deliver one, so this fails.
name: woonplaats_geometrie
table: woonplaats
severity: error
description: a woonplaats without geometry cannot be shown on the map
expect:
  not_null: geometrie
`;

describe.skipIf(!hasReleases()).each(TARGETS)('checks of the municipal project on $name', (target) => {
  let dir: string;
  let engine: string;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-e2e-checks-'));
    ({ engine, teardown } = await target.setup());
    await writeMunicipalProject(dir, { engine });
  });
  afterAll(async () => {
    await teardown?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('ggm run checks each built table after its build and stores the results under the run', async () => {
    const result = await runProject(dir);
    expect(result.status).toBe('succeeded');
    const ids = result.outcomes.map((o) => o.step.id);
    expect(ids.slice(-2)).toEqual(['check:woonplaats', 'check:openbare_ruimte']);
    expect(ids.indexOf('check:woonplaats')).toBeGreaterThan(ids.indexOf('build:woonplaatsen'));
    const checkStep = result.outcomes.find((o) => o.step.id === 'check:woonplaats')!;
    expect(checkStep.status).toBe('succeeded');
    expect(checkStep.message).toMatch(/passed, \d+ warning\(s\)/);
    const stored = await query(
      dir,
      engine,
      `SELECT check_id, status, violations FROM meta.check_results WHERE run_id = '${result.runId}' ORDER BY check_id`,
    );
    const status = Object.fromEntries(
      stored.map((r) => [r['check_id'], `${r['status']} ${Number(r['violations'])}`]),
    );
    // The source delivers no geometry; every woonplaats version is open after the first delivery.
    expect(status['woonplaats.mandatory.geometrie']).toBe('fail 3');
    expect(status['woonplaats.open-version-unique.identificatie']).toBe('pass 0');
    expect(status['woonplaats.reference.status_enum_id']).toBe('pass 0');
    expect(status['openbare_ruimte.reference.ligt_in_woonplaats_id']).toBe('pass 0');
    expect(status['openbare_ruimte.max-length.huisnummerrange_even_en_oneven_nummers']).toBe('pass 0');
  });

  it('ggm check prints a report per table and exits 0 when only warnings fail', async () => {
    const out = await runCli(['check', '--project', dir]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/silver\.woonplaats: \d+\/\d+ checks passed/);
    expect(out.stdout).toMatch(
      /woonplaats\.mandatory\.geometrie\s+warn\s+fail\s+3\s+\{"identificatie":"3001"/,
    );
    expect(out.stdout).toMatch(/checks check-\S+: \d+ passed, \d+ warning\(s\), 0 error\(s\)/);
  });

  it('ggm check --select narrows to a table; unknown names get the nearest ones', async () => {
    const out = await runCli(['check', '--project', dir, '--json', '--select', 'woonplaats']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(new Set(json.checks.map((c: { table: string }) => c.table))).toEqual(new Set(['woonplaats']));
    const bad = await runCli(['check', '--project', dir, '--select', 'woonplaatz']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/GGM-Q009.*did you mean woonplaats/);
  });

  it('an error-severity custom check that fails makes ggm check and ggm run exit 1', async () => {
    await mkdir(join(dir, 'checks'), { recursive: true });
    await writeFile(join(dir, 'checks', 'strict.yaml'), STRICT);
    const check = await runCli(['check', '--project', dir, '--select', 'custom']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/woonplaats_geometrie\s+error\s+fail\s+3/);
    const run = await runCli(['run', '--project', dir, '--json']);
    expect(run.code).toBe(1);
    const steps = JSON.parse(run.stdout).steps as { id: string; status: string; message: string }[];
    expect(steps.find((s) => s.id === 'check:woonplaats')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/1 error\(s\): woonplaats_geometrie \(3 rows\)/),
    });
    expect(steps.find((s) => s.id === 'check:openbare_ruimte')?.status).toBe('succeeded');
    await rm(join(dir, 'checks', 'strict.yaml'));
  });

  it('a check file with a mistake is reported with file, line and nearest name; nothing runs', async () => {
    await writeFile(join(dir, 'checks', 'typo.sql'), '-- table: woonplaatsen\nSELECT 1 AS x\n');
    const out = await runCli(['check', '--project', dir]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(
      /GGM-Q005 at .*typo\.sql, line 1:11: unknown silver table "woonplaatsen" \(did you mean woonplaats/,
    );
    const run = await runCli(['run', '--project', dir, '--dry-run']);
    expect(run.code).toBe(1);
    await rm(join(dir, 'checks', 'typo.sql'));
    const plan = await runCli(['run', '--project', dir, '--dry-run']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/check silver\.woonplaats \(\d+ checks\)/);
  });
});
