import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';

describe.skipIf(!hasReleases())('ggm generate ddl', () => {
  const model = releasePath('v2.5.1');
  let dir: string;
  let previousCache: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-ddl-cli-'));
    previousCache = process.env['GGM_CACHE_DIR'];
    process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    if (previousCache === undefined) delete process.env['GGM_CACHE_DIR'];
    else process.env['GGM_CACHE_DIR'] = previousCache;
  });

  it('prints DDL for a selection and summarises the diagnostics on stderr', async () => {
    const r = await runCli([
      'generate',
      'ddl',
      '--model',
      model,
      '--dialect',
      'postgres',
      '--package',
      'Kern/BAG',
      '--no-closure',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE pand (');
    expect(r.stdout).toContain('INSERT INTO status_pand_enum');
    expect(r.stderr).toMatch(/GGM-S104 ×\d+/);
  });

  it('writes the plan as JSON into a folder', async () => {
    const r = await runCli([
      'generate',
      'ddl',
      '--model',
      model,
      '--json',
      '--class',
      'Pand',
      '--naming',
      'ggm',
      '--out',
      `${dir}/`,
    ]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(await readFile(join(dir, 'ggm-plan.json'), 'utf8')) as {
      tables: { name: string }[];
    };
    expect(plan.tables.map((t) => t.name)).toContain('PAND');
  });

  it('writes engine DDL with the chosen options to a file', async () => {
    const out = join(dir, 'bag.sql');
    const r = await runCli([
      'generate',
      'ddl',
      '--model',
      model,
      '--dialect',
      'oracle',
      '--class',
      'Pand',
      '--no-closure',
      '--enums',
      'check',
      '--no-history',
      '--no-load-metadata',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const sql = await readFile(out, 'utf8');
    expect(sql).toContain('CHECK (status IN (');
    expect(sql).not.toContain('valid_from');
  });

  it('rejects an unknown dialect with a suggestion, and an unknown class', async () => {
    const bad = await runCli(['generate', 'ddl', '--model', model, '--dialect', 'postgress']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean postgres');
    const unknown = await runCli([
      'generate',
      'ddl',
      '--model',
      model,
      '--dialect',
      'duckdb',
      '--class',
      'Pandd',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('GGM-M110');
  });
});
