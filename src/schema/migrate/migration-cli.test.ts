import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import type { MigrationPlan } from './index.js';

describe.skipIf(!hasReleases())('ggm generate migration', () => {
  const from = releasePath('v2.5.0');
  const to = releasePath('v2.5.1');
  let dir: string;
  let previousCache: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-migration-cli-'));
    previousCache = process.env['GGM_CACHE_DIR'];
    process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    if (previousCache === undefined) delete process.env['GGM_CACHE_DIR'];
    else process.env['GGM_CACHE_DIR'] = previousCache;
  });

  it('prints the script and lists every skipped destructive step on stderr', async () => {
    const r = await runCli(['generate', 'migration', '--from', from, '--to', to, '--dialect', 'postgres']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'ALTER TABLE standplaats RENAME COLUMN datum_begin_geldigheid TO begin_geldigheid;',
    );
    expect(r.stdout).toContain('-- Skipped destructive steps');
    expect(r.stdout).not.toContain('DROP COLUMN');
    expect(r.stderr.match(/warning GGM-S301/g)).toHaveLength(3);
  });

  it('includes the drops with --allow-destructive and writes --json to --out', async () => {
    const out = join(dir, 'migration.json');
    const r = await runCli([
      'generate',
      'migration',
      '--from',
      from,
      '--to',
      to,
      '--dialect',
      'mariadb',
      '--allow-destructive',
      '--json',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8')) as {
      dialect: string;
      migration: MigrationPlan;
      statements: string[];
    };
    expect(json.dialect).toBe('mysql');
    expect(json.migration.skipped).toEqual([]);
    expect(json.statements).toContain('ALTER TABLE begroeid_terreindeel DROP COLUMN op_talud');
  });

  it('restricts to a selection in both versions', async () => {
    const args = [
      'generate',
      'migration',
      '--from',
      from,
      '--to',
      to,
      '--dialect',
      'duckdb',
      '--domain',
      'Sociaal Domein',
    ];
    const r = await runCli([...args, '--no-closure']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-- 0 steps; 0 destructive steps skipped');
    expect(r.stdout).not.toContain('standplaats');
  });

  it('rejects an unknown dialect with a suggestion, and an unknown domain', async () => {
    const bad = await runCli(['generate', 'migration', '--from', from, '--to', to, '--dialect', 'postgress']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('postgres');
    const domain = await runCli([
      'generate',
      'migration',
      '--from',
      from,
      '--to',
      to,
      '--dialect',
      'postgres',
      '--domain',
      'Nergens',
    ]);
    expect(domain.code).toBe(1);
    expect(domain.stderr).toContain('GGM-S308');
  });
});
