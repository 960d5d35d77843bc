import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@polyglot-sql/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { sociaalContext } from '../../../test/helpers/gold-silver.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { metricEngineSql } from '../../gold/metric-engine-sql.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import { demoMetricFiles } from './demo-metric-files-test-support.js';
import { parsesGuarded, tsqlProblems } from './tsql-forms-test-support.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');
// examples/sociaal names its extract folder through this variable; compiling never reads it.
process.env['ISTANDAARDEN_DIR'] ??= mkdtempSync(join(tmpdir(), 'ggm-scale-out-gold-'));
const SOCIAAL = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'sociaal');

/** `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'scale-out', 'gold');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const ENGINES = ['databricks', 'snowflake', 'fabric'] as const;
/** Where a metric file names no periods (`ggm run` takes the range of the data). */
const RANGE = { from: '2024-01-01', to: '2025-12-31' };

/**
 * Statements the SQL parser (@polyglot-sql/sdk) rejects, by a pattern of their form, listed rather
 * than skipped. Each entry says why; everything else must parse.
 */
const PARSER_GAPS: Record<(typeof ENGINES)[number], { form: RegExp; why: string }[]> = {
  databricks: [],
  snowflake: [],
  fabric: [],
};

function golden(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.skipIf(!hasReleases())('gold metrics of the demo for Databricks, Snowflake and Fabric', () => {
  let metrics: GoldMetric[];
  beforeAll(async () => {
    const resolved = resolveProjectMetrics(demoMetricFiles(), await sociaalContext());
    expect(resolved.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    metrics = resolved.metrics;
  }, 120_000);

  for (const engine of ENGINES) {
    it(`${engine}: every metric compiles, matches its golden file and parses`, () => {
      const dialect = getDialect(engine);
      expect(metrics.length).toBeGreaterThan(20);
      expect(metrics.filter((m) => m.standard).length).toBeGreaterThan(8);
      const failing: string[] = [];
      const tsqlForms: Record<string, string[]> = {};
      let base: string | undefined;
      for (const m of metrics) {
        const sql = metricEngineSql(m, dialect, RANGE);
        expect(sql.diagnostics, m.descriptor.id).toEqual([]);
        golden(join(GOLDEN_DIR, engine, `${m.descriptor.id}.sql`), `${sql.query};\n`);
        if (sql.setup.length > 0) base = `${sql.setup.join(';\n\n')};\n`;
        for (const s of [...sql.setup, sql.query]) {
          if (!parsesGuarded(s, dialect.parserDialect)) failing.push(s);
          const problems = engine === 'fabric' ? tsqlProblems(s) : [];
          if (problems.length > 0) tsqlForms[s.slice(0, 200)] = problems;
        }
      }
      // The parser accepts forms T-SQL lacks (NULLS LAST, TRUE, a condition as a value): none may remain.
      expect(tsqlForms).toEqual({});
      // the shared base tables of the standaard: metrics (one gemeente option in the demo)
      golden(join(GOLDEN_DIR, engine, 'standaard-basis.sql'), base!);
      const unlisted = [...new Set(failing)].filter((s) => !PARSER_GAPS[engine].some((g) => g.form.test(s)));
      expect(
        unlisted.map(
          (s) => `${s.slice(0, 300)}\n${JSON.stringify(parse(s, dialect.parserDialect as never).error)}`,
        ),
      ).toEqual([]);
    });
  }

  it('ggm metrics sql --engine snowflake prints the base tables and the query of a standaard: metric', async () => {
    const args = ['metrics', 'sql', 'doorlooptijd_start_zorg', '-p', SOCIAAL, '--engine', 'snowflake'];
    // its file names no periods (ggm run takes the years of the data): they must be given
    const without = await runCli(args);
    expect(without.code).not.toBe(0);
    expect(without.stderr).toContain('GGM-K020');
    const r = await runCli([...args, '--from', '2024-01-01', '--to', '2025-12-31']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE gold_intern.sd_voorziening AS');
    expect(r.stdout).toContain('DATEDIFF(day, e.datum_toewijzing, e.start_zorg) AS dagen');
    expect(r.stdout).toContain("CAST('2025H2' AS VARCHAR) AS periode");
  }, 120_000);

  it('ggm metrics sql --engine fabric prints T-SQL: a guarded schema, DATEDIFF, no DATE literal', async () => {
    const r = await runCli([
      ...['metrics', 'sql', 'doorlooptijd_start_zorg', '-p', SOCIAAL, '--engine', 'fabric'],
      ...['--from', '2024-01-01', '--to', '2025-12-31'],
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("IF SCHEMA_ID('gold_intern') IS NULL EXEC('CREATE SCHEMA gold_intern')");
    expect(r.stdout).toContain('DATEDIFF(day, e.datum_toewijzing, e.start_zorg) AS dagen');
    expect(r.stdout).toContain("CAST('2025-07-01' AS DATE) AS periode_start");
    expect(r.stdout).not.toContain("DATE '");
  }, 120_000);

  it('ggm metrics sql --engine mysql is refused with the engines that have gold syntax', async () => {
    const r = await runCli(['metrics', 'sql', 'wmo_clienten', '-p', SOCIAAL, '--engine', 'mysql']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('GGM-K021');
    expect(r.stderr).toContain('duckdb, postgres, fabric, snowflake, databricks');
  }, 120_000);
});
