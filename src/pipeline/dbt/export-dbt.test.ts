import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '@polyglot-sql/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { DBT_ADAPTERS, workingAdapters } from '../../dbt/dbt-adapters.js';
import { renderDbtJinja } from '../../dbt/dbt-jinja.js';
import type { DbtFile } from '../../dbt/export-dbt.js';
import { getDialect, getMappingDialect, type MappingDialectName } from '../../dialects/dialect-registry.js';
import { ProjectService } from '../project-service.js';
import { tsqlProblems } from '../scale-out/tsql-forms-test-support.js';
import { projectDbt } from './project-dbt.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');
const NO_INPUT = mkdtempSync(join(tmpdir(), 'ggm-dbt-'));
process.env['ISTANDAARDEN_DIR'] ??= NO_INPUT;

/** `UPDATE_GOLDEN=1 npx vitest run …` rewrites the golden dbt projects. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'dbt');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const SOCIAAL = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'sociaal');

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function golden(dir: string, files: DbtFile[]): void {
  if (UPDATE || !existsSync(dir))
    for (const f of files) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
  expect(files.map((f) => f.path).sort()).toEqual(listFiles(dir).sort());
  for (const f of files) expect(f.content, f.path).toBe(readFileSync(join(dir, f.path), 'utf8'));
}

/** Renders the Jinja the export writes as plain names: source → bronze.t, ref → silver.m. */
function rendered(sql: string, engine: MappingDialectName, model: string, incremental: boolean): string {
  const q = getMappingDialect(engine).quoteIdentifier;
  return renderDbtJinja(sql, {
    ref: (m) => `${q('silver')}.${q(m)}`,
    source: (s, t) => `${q(s)}.${q(t)}`,
    self: `${q('silver')}.${q(model)}`,
    incremental,
  });
}

describe.skipIf(!hasReleases())('ggm export dbt: examples/sociaal', () => {
  let service: ProjectService;
  beforeAll(async () => {
    service = await ProjectService.open(SOCIAAL);
  }, 300_000);

  for (const adapter of workingAdapters()) {
    it(`${adapter.name}: golden project, every model and test parses for ${adapter.engine}`, async () => {
      const { files, diagnostics } = await projectDbt(service, adapter.name, {
        periods: { from: '2024-01-01', to: '2025-12-31' },
      });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      golden(join(GOLDEN_DIR, 'sociaal', adapter.name), files);
      const engine = adapter.engine as MappingDialectName;
      const parserDialect = getDialect(engine).parserDialect as never;
      const sql = files.filter((f) => f.path.endsWith('.sql') && !f.path.startsWith('macros/'));
      expect(sql.filter((f) => f.path.startsWith('models/silver/')).length).toBe(10);
      const failing: string[] = [];
      for (const f of sql)
        for (const incremental of [false, true]) {
          const model = f.path.replace(/^.*\//, '').replace(/\.sql$/, '');
          const text = rendered(f.content, engine, model, incremental);
          if (!parse(text, parserDialect).success) failing.push(`${f.path} (incremental: ${incremental})`);
          // The parser also takes forms T-SQL lacks (TRUE, ||, NULLS LAST …): checked apart for Fabric.
          if (engine === 'fabric' && tsqlProblems(text).length > 0)
            failing.push(`${f.path} (incremental: ${incremental}): ${tsqlProblems(text).join(', ')}`);
        }
      expect(failing).toEqual([]);
      // Gold: declarative metrics as models with exposures where the engine compiles gold.
      const gold = files.filter((f) => /^models\/gold\/.*\.sql$/.test(f.path));
      if (getDialect(engine).gold) {
        expect(gold.length).toBeGreaterThan(0);
        expect(files.find((f) => f.path === 'models/gold/exposures.yml')?.content).toContain("ref('");
      } else expect(diagnostics.some((d) => d.code === 'GGM-X006')).toBe(true);
    }, 300_000);
  }

  it('writes for all five adapters; an unknown one is refused with the adapters that work, nothing written', async () => {
    expect(workingAdapters().map((a) => a.name)).toEqual(DBT_ADAPTERS.map((a) => a.name));
    expect(DBT_ADAPTERS.map((a) => a.name).sort()).toEqual([
      'databricks',
      'duckdb',
      'fabric',
      'postgres',
      'snowflake',
    ]);
    const out = mkdtempSync(join(tmpdir(), 'ggm-dbt-unknown-'));
    const r = await runCli(['export', 'dbt', '-p', SOCIAAL, '--adapter', 'bigquery', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-X002');
    expect(r.stderr).toContain(
      workingAdapters()
        .map((a) => a.name)
        .join(', '),
    );
    expect(listFiles(out)).toEqual([]);
  });

  it('writes the project through the CLI', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ggm-dbt-cli-'));
    const r = await runCli(['export', 'dbt', '-p', SOCIAAL, '--adapter', 'duckdb', '-o', out]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(listFiles(out).sort()).toEqual(listFiles(join(GOLDEN_DIR, 'sociaal', 'duckdb')).sort());
  }, 300_000);
});
