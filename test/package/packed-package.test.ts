import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';

/**
 * The package as a user gets it: `npm pack`, installed from the tarball into a fresh folder, then used
 * through its exports map (the root and every subpath), its type declarations and its `ggm` bin. Fails
 * when an exports target is not in the tarball, when an entry point does not load or lacks a name, or
 * when a declared type does not resolve.
 */

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};
const SUBPATHS = Object.keys(PACKAGE.exports).filter((k) => k !== './package.json');
/** `.` → `ggm-platform`, `./model` → `ggm-platform/model`. */
const specifier = (subpath: string) =>
  subpath === '.' ? PACKAGE.name : `${PACKAGE.name}${subpath.slice(1)}`;
const BUILD_MINUTES = 4;

/** npm run by `npm test` passes its own prefix and package settings on; the installs here get none of them. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|config_(local_prefix|prefix|global_prefix)$)/i.test(k)) continue;
    if (k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, {
    cwd,
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  return stdout;
}

/** `npm test` builds first; run on its own, the test builds when dist is missing or older than src. */
async function ensureBuild(): Promise<void> {
  const entry = join(ROOT, 'dist', 'index.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return Math.max(m, newest(path));
      return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? Math.max(m, statSync(path).mtimeMs) : m;
    }, 0);
  if (built < newest(join(ROOT, 'src'))) await npm(['run', 'build', '--silent'], ROOT);
}

/** Every file the exports map points at (all conditions). */
function exportTargets(): string[] {
  const out: string[] = [];
  const walk = (v: string | Record<string, string>) =>
    typeof v === 'string' ? out.push(v) : Object.values(v).forEach(walk);
  Object.values(PACKAGE.exports).forEach(walk);
  return out.map((t) => t.replace(/^\.\//, ''));
}

let work: string;
let consumer: string;
let packed: string[];

beforeAll(async () => {
  await ensureBuild();
  work = await mkdtemp(join(tmpdir(), 'ggm-packed-'));
  const pack = JSON.parse(
    await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT),
  ) as { filename: string; files: { path: string }[] }[];
  packed = pack[0]!.files.map((f) => f.path);
  const tarball = join(work, pack[0]!.filename);

  consumer = join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'ggm-consumer', private: true, type: 'module' }),
  );
  // Dependencies from the npm cache where it has them (npm ci filled it), else from the registry.
  await npm(
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--prefix', consumer, tarball],
    consumer,
  );
  // A release as a local releases directory lays it out, for a real call through the installed package.
  await mkdir(join(work, 'releases', 'v9.9.9'), { recursive: true });
  await writeFile(join(work, 'releases', 'v9.9.9', 'Gemeentelijk Gegevensmodel.xlsx'), fixtureWorkbook());
}, BUILD_MINUTES * 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs an ES module script in the consumer folder; it prints one JSON value. */
async function consume(script: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: consumer,
    env: cleanEnv({
      GGM_RELEASES_DIR: join(work, 'releases'),
      GGM_CACHE_DIR: join(work, 'cache'),
      GGM_RELEASE_BASE_URL: 'http://127.0.0.1:9/', // never download
    }),
  });
  return JSON.parse(stdout) as unknown;
}

describe('the package as installed from its tarball', () => {
  it('holds every file the exports map and the bin point at, and the examples', () => {
    const missing = [...exportTargets(), ...Object.values(PACKAGE.bin)].filter((t) => !packed.includes(t));
    expect(missing, 'exports/bin targets missing from the tarball').toEqual([]);
    expect(SUBPATHS).toEqual(['.', './model', './schema', './compiler', './pipeline']);
    expect(packed).toContain('examples/sociaal/ggm.yaml');
    expect(packed.filter((f) => /\.test\.(js|ts|d\.ts)$/.test(f))).toEqual([]);
  });

  it('loads the root and every subpath with their named exports', async () => {
    const names: Record<string, string[]> = {
      '.': [
        'loadModel',
        'ModelIndex',
        'buildSchemaPlan',
        'emitDdl',
        'getDialect',
        'compileMapping',
        'openProject',
        'planProject',
        'runProject',
        'buildRunPlan',
        'executeRun',
        'formatDiagnostic',
        'openEngine',
        'initProject',
      ],
      './model': ['loadModel', 'ModelIndex', 'selectClasses', 'diffModels'],
      './schema': ['buildSchemaPlan', 'emitDdl', 'getDialect'],
      './compiler': ['compileMapping', 'parseMapping', 'silverTargetsFromPlan'],
      './pipeline': ['openProject', 'runProject', 'buildRunPlan', 'executeRun'],
    };
    const kinds = (await consume(`
      const names = ${JSON.stringify(Object.fromEntries(SUBPATHS.map((s) => [specifier(s), names[s] ?? []])))};
      const out = {};
      for (const [spec, list] of Object.entries(names)) {
        const m = await import(spec);
        out[spec] = Object.fromEntries(list.map((n) => [n, typeof m[n]]));
      }
      console.log(JSON.stringify(out));
    `)) as Record<string, Record<string, string>>;
    for (const subpath of SUBPATHS) {
      const expected = Object.fromEntries((names[subpath] ?? []).map((n) => [n, 'function']));
      expect(kinds[specifier(subpath)], subpath).toEqual(expected);
    }
  });

  it('works: a release from GGM_RELEASES_DIR → schema plan → DDL, a run plan, a diagnostic', async () => {
    const result = await consume(`
      import * as ggm from 'ggm-platform';
      import { getDialect, DIALECT_NAMES } from 'ggm-platform/schema';
      const { model } = await ggm.loadModel('v9.9.9');
      const { plan } = ggm.buildSchemaPlan(new ggm.ModelIndex(model));
      const ddl = ggm.emitDdl(plan, getDialect('duckdb'));
      const run = ggm.buildRunPlan({ project: 'p', engine: 'duckdb:w.duckdb', model: { name: model.name },
        sources: ['brp'], mappings: [], silverTables: [] });
      const parsed = ggm.parseMapping('class: [', 'm.yaml');
      const deep = await import('ggm-platform/dist/index.js').then(() => 'loaded', (e) => e.code);
      console.log(JSON.stringify({
        dialect: ggm.getDialect('postgres').name,
        dialects: DIALECT_NAMES.length,
        latest: ggm.LATEST_KNOWN_RELEASE,
        version: model.version,
        classes: model.classes.length,
        tables: plan.tables.length,
        creates: ddl.statements.filter((s) => s.startsWith('CREATE TABLE')).length,
        steps: run.plan.steps.map((s) => s.id),
        diagnostic: ggm.formatDiagnostic(parsed.diagnostics[0]),
        deep,
      }));
    `);
    expect(result).toMatchObject({
      dialect: 'postgres',
      latest: 'v2.5.1',
      version: '9.9.9',
      classes: 8,
      steps: ['prepare', 'load:brp'],
      diagnostic: expect.stringMatching(/^error GGM-S501 at m\.yaml, line 1/),
      deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
    const r = result as { dialects: number; tables: number; creates: number };
    expect(r.dialects).toBeGreaterThanOrEqual(7);
    expect(r.tables).toBeGreaterThan(0);
    expect(r.creates).toBe(r.tables);
  });

  it('resolves its type declarations for a TypeScript consumer (NodeNext)', async () => {
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    await writeFile(
      join(consumer, 'use.ts'),
      [
        "import { loadModel, ModelIndex, buildSchemaPlan, emitDdl, getDialect, formatDiagnostic } from 'ggm-platform';",
        "import type { GgmModel, SchemaPlan, Diagnostic, RunResult, CompiledMapping } from 'ggm-platform';",
        "import { ModelIndex as Index } from 'ggm-platform/model';",
        "import type { DialectName } from 'ggm-platform/schema';",
        "import { compileMapping } from 'ggm-platform/compiler';",
        "import { buildRunPlan, type RunPlan } from 'ggm-platform/pipeline';",
        'export async function ddl(version: string): Promise<string[]> {',
        '  const model: GgmModel = (await loadModel(version)).model;',
        '  const plan: SchemaPlan = buildSchemaPlan(new ModelIndex(model)).plan;',
        "  const name: DialectName = 'duckdb';",
        '  return emitDdl(plan, getDialect(name)).statements;',
        '}',
        'export const shown = (d: Diagnostic): string => formatDiagnostic(d);',
        'export type Used = [RunResult, CompiledMapping, RunPlan, typeof Index, typeof compileMapping, typeof buildRunPlan];',
        '// a wrong type must be an error, so the declarations are really read',
        '// @ts-expect-error getDialect takes a name',
        'getDialect(42);',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', consumer], { cwd: consumer }).then(
      () => '',
      (e: { stdout?: string }) => e.stdout ?? String(e),
    );
    expect(result).toBe('');
  });

  it('installs the ggm command', async () => {
    const bin = join(consumer, 'node_modules', PACKAGE.name, PACKAGE.bin['ggm']!);
    expect(existsSync(join(consumer, 'node_modules', '.bin', 'ggm'))).toBe(true);
    const { stdout } = await run(process.execPath, [bin, '--help'], { cwd: consumer, env: cleanEnv() });
    expect(stdout).toMatch(/Usage: ggm/);
    expect(stdout).toContain('init');
  });
});
