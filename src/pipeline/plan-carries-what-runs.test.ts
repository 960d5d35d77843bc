import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMunicipalProject } from '../../test/helpers/municipal-project.js';
import { hasReleases, TEST_CACHE_DIR } from '../../test/helpers/releases.js';
import { runCli } from '../../test/helpers/run-cli.js';
import { executeRun } from './execute-run.js';
import { explainRunPlan } from './explain-run-plan.js';
import { ProjectService } from './project-service.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

// The batch bound is part of the plan: compile, --dry-run and the run read the same compiled SQL, and
// the executor runs exactly what was compiled (it never compiles and reads no environment).
describe.skipIf(!hasReleases())('the plan carries what runs', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-plan-'));
    await writeMunicipalProject(dir, {
      engine: 'duckdb:warehouse.duckdb',
      straten: { files: 3, perFile: 4 },
    });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts the bound in the build steps and compiles the SQL of that form', async () => {
    const service = await ProjectService.open(dir);
    const { project, plan } = await service.plan({ batchBound: { maxBatches: 7, maxRows: 900 } });
    const builds = plan.steps.flatMap((s) => (s.kind === 'build' ? [s] : []));
    const sqlOf = (mapping: string) =>
      project.mappings
        .find((m) => m.compiled.spec?.name === mapping)!
        .compiled.sql.duckdb!.statements.join('\n');
    // One mapping closes what a full extract lacks (close_missing): it keeps one batch per pass, and says why.
    const sets = builds.filter((b) => !b.oneBatchPerPass);
    const single = builds.filter((b) => b.oneBatchPerPass);
    expect(sets.length).toBeGreaterThan(0);
    expect(single.map((b) => b.oneBatchPerPass)).toEqual(['close_missing: each batch is a full extract']);
    for (const b of sets) {
      expect(b.batchBound).toEqual({ maxBatches: 7, maxRows: 900 });
      expect(sqlOf(b.mapping)).toContain('q.seq <= 7 AND (q.seq = 1 OR q.rows_upto <= 900)');
    }
    for (const b of single) {
      expect(b.batchBound.maxBatches).toBe(1);
      expect(sqlOf(b.mapping)).not.toContain('q.seq');
    }
    expect(explainRunPlan(plan)).toContain(
      'one batch per pass (close_missing: each batch is a full extract)',
    );
    expect(explainRunPlan(plan)).toContain('up to 7 batches (900 rows) per pass');

    const one = await service.plan({ batchBound: { maxBatches: 1, maxRows: 900 } });
    expect(explainRunPlan(one.plan)).toContain('one batch per pass');
    for (const m of one.project.mappings)
      expect(m.compiled.sql.duckdb!.statements.join('\n')).not.toContain('q.seq');
  });

  it('ggm compile and ggm run --dry-run take the bound the run takes', async () => {
    process.env['GGM_BATCHES_PER_PASS'] = '3';
    try {
      const compiled = await runCli(['compile', '-p', dir]);
      expect(compiled.code, compiled.stderr).toBe(0);
      expect(compiled.stdout).toContain('q.seq <= 3');
      const dry = await runCli(['run', '-p', dir, '--dry-run']);
      expect(dry.stdout).toContain('up to 3 batches');
    } finally {
      delete process.env['GGM_BATCHES_PER_PASS'];
    }
  });

  it('executes the compiled statements as they are', async () => {
    const service = await ProjectService.open(dir);
    const { project, plan } = await service.plan();
    const first = project.mappings[0]!.compiled.sql.duckdb!;
    // A marker statement in the compiled SQL: the executor runs it because it runs what was compiled.
    first.statements = [
      ...first.statements,
      'CREATE TABLE IF NOT EXISTS meta.compiled_marker AS SELECT 1 AS x',
    ];
    const result = await service.withWarehouse((engine) => executeRun(engine, project, plan));
    expect(result.status).toBe('succeeded');
    const rows = await service.withWarehouse((engine) => engine.query('SELECT x FROM meta.compiled_marker'));
    expect(rows).toEqual([{ x: 1 }]);
  });
});
