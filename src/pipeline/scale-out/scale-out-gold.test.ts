import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@polyglot-sql/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases } from '../../../test/helpers/releases.js';
import { sociaalContext } from '../../../test/helpers/gold-silver.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { metricEngineSql } from '../../gold/metric-engine-sql.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import { demoMetricFiles } from './demo-metric-files-test-support.js';

/** `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'scale-out', 'gold');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const ENGINES = ['databricks', 'snowflake'] as const;
/** Where a metric file names no periods (`ggm run` takes the range of the data). */
const RANGE = { from: '2024-01-01', to: '2025-12-31' };

/**
 * Statements the SQL parser (@polyglot-sql/sdk) rejects, by a pattern of their form, listed rather
 * than skipped. Each entry says why; everything else must parse.
 */
const PARSER_GAPS: Record<(typeof ENGINES)[number], { form: RegExp; why: string }[]> = {
  databricks: [],
  snowflake: [],
};

function golden(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.skipIf(!hasReleases())('gold metrics of the demo for Databricks and Snowflake', () => {
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
      let base: string | undefined;
      for (const m of metrics) {
        const sql = metricEngineSql(m, dialect, RANGE);
        expect(sql.diagnostics, m.descriptor.id).toEqual([]);
        golden(join(GOLDEN_DIR, engine, `${m.descriptor.id}.sql`), `${sql.query};\n`);
        if (sql.setup.length > 0) base = `${sql.setup.join(';\n\n')};\n`;
        for (const s of [...sql.setup, sql.query])
          if (!parse(s, dialect.parserDialect as never).success) failing.push(s);
      }
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
});
