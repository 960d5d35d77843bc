import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { countSql, sharedScanSql } from '../../checks/check-sql.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { projectChecks } from '../checks/project-checks.js';
import { compileMapping } from '../../compiler/compile-mapping.js';
import { miniIndex } from '../../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../../test/fixtures/mappings/mini-schema.js';
import { ProjectService } from '../project-service.js';
import { parsesGuarded, tsqlProblems } from './tsql-forms-test-support.js';
import type { OpenedProject } from '../opened-project.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

/** `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'scale-out');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
// The examples name their extract folders through these variables; compiling never reads them.
const NO_INPUT = mkdtempSync(join(tmpdir(), 'ggm-scale-out-'));
process.env['ISTANDAARDEN_DIR'] ??= NO_INPUT;
process.env['BAG_EXTRACT_DIR'] ??= NO_INPUT;
process.env['BRP_DIR'] ??= NO_INPUT;
process.env['SSD_DIR'] ??= NO_INPUT;
const EXAMPLES = resolve(import.meta.dirname, '..', '..', '..', 'examples');
const ENGINES = ['databricks', 'snowflake', 'fabric'] as const;
// The demo municipality is sociaal + brp (population) + participatie (uitkeringen); its gold is in
// scale-out-gold.test.ts. The least each project has, so a lost mapping or check shows.
const PROJECTS = ['sociaal', 'bag', 'brp', 'participatie'] as const;
const AT_LEAST: Record<(typeof PROJECTS)[number], { mappings: number; statements: number; checks: number }> =
  {
    sociaal: { mappings: 6, statements: 51, checks: 11 },
    bag: { mappings: 6, statements: 51, checks: 11 },
    brp: { mappings: 4, statements: 20, checks: 3 },
    participatie: { mappings: 2, statements: 10, checks: 1 },
  };

/**
 * Statements the SQL parser (@polyglot-sql/sdk) rejects, by a pattern of their form, listed rather
 * than skipped. Each entry says why; everything else must parse.
 */
const PARSER_GAPS: Record<(typeof ENGINES)[number], { form: RegExp; why: string }[]> = {
  databricks: [],
  snowflake: [],
  fabric: [],
};

/** Fabric statements with a form T-SQL lacks (the parser accepts them): statement start → problems. */
function tsqlFormsIn(engine: string, statements: string[]): Record<string, string[]> {
  if (engine !== 'fabric') return {};
  const found: Record<string, string[]> = {};
  for (const st of statements) {
    const problems = tsqlProblems(st);
    if (problems.length > 0) found[st.slice(0, 200)] = problems;
  }
  return found;
}

describe('T-SQL form check (the parser alone accepts non-T-SQL)', () => {
  it('finds what the Snowflake and DuckDB load SQL have and T-SQL lacks', () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'mappings', 'pand-deletes.yaml'),
      'utf8',
    );
    const ctx = { index: miniIndex(), targets: miniSchema().targets, bronze: MINI_BRONZE };
    const compiled = compileMapping(text, 'pand-deletes.yaml', ctx, ['snowflake', 'duckdb', 'fabric']);
    const problems = (engine: 'snowflake' | 'duckdb' | 'fabric') =>
      new Set(compiled.sql[engine]!.statements.flatMap(tsqlProblems));
    expect([...problems('snowflake')]).toEqual(
      expect.arrayContaining([
        'CREATE TEMPORARY TABLE',
        'IF NOT EXISTS',
        'a predicate selected as a value',
        '||',
      ]),
    );
    expect([...problems('duckdb')]).toEqual(expect.arrayContaining(['a boolean literal', 'LIMIT']));
    expect([...problems('fabric')]).toEqual([]);
  });
});

function golden(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

// The fixture mappings cover what the examples do not: snapshot history (closing versions, MERGE on
// Databricks), versioned keys, tombstones. Their scripts are pinned in test/golden/mappings.
describe('load SQL of the fixture mappings parses for Databricks, Snowflake and Fabric', () => {
  const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'mappings');
  const CASES = [
    ['pand-snapshot', 'stable-key'],
    ['pand-snapshot', 'versioned'],
    ['pand-deletes', 'stable-key'],
    ['pand-deletes', 'versioned'],
    ['pand-deletes-none', 'stable-key'],
    ['pand-events', 'stable-key'],
    ['pand-latest', 'stable-key'],
    ['vbo-none', 'versioned'],
  ] as const;
  for (const engine of ENGINES) {
    it(engine, () => {
      const parserDialect = getDialect(engine).parserDialect as never;
      const failing: string[] = [];
      let merges = 0;
      for (const [file, layout] of CASES) {
        const text = readFileSync(join(FIXTURES, `${file}.yaml`), 'utf8');
        const ctx = { index: miniIndex(), targets: miniSchema(layout).targets, bronze: MINI_BRONZE };
        for (const bound of [undefined, { maxBatches: 8, maxRows: 100_000 }]) {
          const compiled = compileMapping(
            text,
            `${file}.yaml`,
            ctx,
            [engine],
            bound ? { batchBound: bound } : {},
          );
          expect(compiled.diagnostics).toEqual([]);
          const sql = compiled.sql[engine]!;
          expect(tsqlFormsIn(engine, sql.statements)).toEqual({});
          for (const st of sql.statements) {
            if (st.startsWith('MERGE')) merges++;
            if (!parsesGuarded(st, parserDialect)) failing.push(st);
          }
        }
      }
      expect(failing.map((st) => st.slice(0, 400))).toEqual([]);
      // Delta has no UPDATE … FROM and no correlated subquery in UPDATE … SET: versions close by MERGE.
      if (engine === 'databricks') expect(merges).toBeGreaterThan(3);
    });
  }
});

describe.skipIf(!hasReleases())('load SQL of the examples for Databricks, Snowflake and Fabric', () => {
  for (const project of PROJECTS) {
    for (const engine of ENGINES) {
      describe(`examples/${project} on ${engine}`, () => {
        let compiled: OpenedProject;
        beforeAll(async () => {
          const service = await ProjectService.open(join(EXAMPLES, project));
          compiled = await service.compile({ dialect: engine });
        }, 120_000);

        it('compiles every mapping without diagnostics of severity error', () => {
          expect(compiled.mappings.length).toBeGreaterThanOrEqual(AT_LEAST[project].mappings);
          const errors = compiled.mappings.flatMap((m) =>
            m.compiled.diagnostics.filter((d) => d.severity === 'error'),
          );
          expect(errors).toEqual([]);
        });

        it('matches the golden script per mapping', () => {
          for (const m of compiled.mappings) {
            const name = m.file.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '');
            golden(join(GOLDEN_DIR, project, `${name}.${engine}.sql`), m.compiled.sql[engine]!.script);
          }
        });

        it('parses statement by statement, except the listed parser gaps', () => {
          const parserDialect = getDialect(engine).parserDialect as never;
          const failing: string[] = [];
          let statements = 0;
          for (const m of compiled.mappings) {
            const sql = m.compiled.sql[engine]!;
            expect(tsqlFormsIn(engine, [...sql.statements, sql.pendingSql])).toEqual({});
            for (const s of [...sql.statements, sql.pendingSql]) {
              statements++;
              if (!parsesGuarded(s, parserDialect)) failing.push(s);
            }
          }
          const unlisted = failing.filter((s) => !PARSER_GAPS[engine].some((g) => g.form.test(s)));
          expect(unlisted.map((s) => s.slice(0, 400))).toEqual([]);
          expect(statements).toBeGreaterThanOrEqual(AT_LEAST[project].statements);
        });

        it('compiles the derived and custom checks: pinned, and every query parses', async () => {
          const { checks, diagnostics } = await projectChecks(compiled);
          expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(checks.length).toBeGreaterThanOrEqual(AT_LEAST[project].checks);
          const byTable = new Map<string, typeof checks>();
          for (const c of checks.filter((c) => c.predicate))
            byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
          const queries = [
            ...checks.flatMap((c) => [c.sql, countSql(c)]),
            ...[...byTable].map(([table, cs]) => sharedScanSql(table, cs, engine)),
          ];
          golden(join(GOLDEN_DIR, project, `checks.${engine}.sql`), `${queries.join(';\n\n')};\n`);
          const parserDialect = getDialect(engine).parserDialect as never;
          const failing = queries.filter((q) => !parsesGuarded(q, parserDialect));
          expect(tsqlFormsIn(engine, queries)).toEqual({});
          expect(failing.map((q) => q.slice(0, 400))).toEqual([]);
        });
      });
    }
  }

  it('ggm compile --engine snowflake prints the Snowflake load SQL', async () => {
    const r = await runCli(['compile', '-p', join(EXAMPLES, 'bag'), '--engine', 'snowflake']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CREATE TEMPORARY TABLE ggm_stage AS');
    expect(r.stdout).toContain('BEGIN TRANSACTION;');
  });

  it('ggm compile --engine fabric prints the Fabric (T-SQL) load SQL', async () => {
    const r = await runCli(['compile', '-p', join(EXAMPLES, 'bag'), '--engine', 'fabric']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('SELECT * INTO #ggm_stage FROM (');
    expect(r.stdout).toContain('BEGIN TRANSACTION;');
    expect(r.stdout).not.toMatch(/ NULLS LAST|\bTRUE\b|\bFALSE\b| \|\| /);
  });

  it('ggm compile --engine oracle is refused with the engines that compile', async () => {
    const r = await runCli(['compile', '-p', join(EXAMPLES, 'bag'), '--engine', 'oracle']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('databricks, snowflake, fabric');
  });
});
