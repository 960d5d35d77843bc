import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.js';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../src/engines/open-engine.js';
import { createTestDatabase, type TestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { hasReleases, TEST_CACHE_DIR } from '../helpers/releases.js';
import { writeMunicipalProject } from '../helpers/municipal-project.js';

const GGM = resolve(import.meta.dirname, '..', '..', 'bin', 'ggm.js');
const STRATEN = { files: 4, perFile: 10_000 };
/**
 * When to kill the process: a delay after a progress line appears (or after the start), so each kill
 * lands in a known phase whatever the machine's speed: model load and prepare, the straten load, the
 * woonplaatsen build, and twice inside the straten build (several batches, one transaction each).
 */
interface Kill {
  after?: RegExp;
  delayMs: number;
}
const KILLS: Kill[] = [
  { delayMs: 300 },
  { after: /load woonplaatsen into bronze/, delayMs: 20 },
  { after: /load straten into bronze/, delayMs: 10 },
  { after: /build silver\.woonplaats /, delayMs: 60 },
  { after: /build silver\.woonplaats /, delayMs: 400 },
];

/** Runs `ggm run` in a child process; kills it with SIGKILL as `kill` says, when given. */
function ggmRun(
  dir: string,
  kill?: Kill,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [GGM, 'run', '--project', dir], {
      env: { ...process.env, GGM_CACHE_DIR: TEST_CACHE_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), kill!.delayMs));
    if (kill && !kill.after) arm();
    const collect = (b: Buffer) => {
      output += b.toString();
      if (kill?.after?.test(output)) arm();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, output });
    });
  });
}

/**
 * Silver and bronze content that a run must reproduce exactly. Left out: when and in which batch a row
 * was loaded and registered in the warehouse, which differ between any two runs.
 */
async function snapshot(dir: string, engineText: string): Promise<Record<string, unknown>> {
  const engine: Engine = await openEngine(parseEngineSpec(engineText, dir) as EngineSpec);
  try {
    const out: Record<string, unknown> = {};
    for (const table of ['woonplaats', 'openbare_ruimte']) {
      const info = await engine.describeTable({ schema: 'silver', name: table });
      const columns = info!.columns
        .map((c) => c.name)
        .filter((c) => !['load_batch_id', 'loaded_at', 'load_source', 'registered_at'].includes(c));
      const rows = await engine.query(
        `SELECT ${columns.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ')} FROM silver.${table} ORDER BY ${columns.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')}`,
      );
      out[table] = rows;
    }
    const bronze = await engine.query(
      `SELECT (SELECT count(*) FROM bronze.straten) AS straten, (SELECT count(*) FROM bronze.woonplaatsen) AS woonplaatsen,
        (SELECT count(*) FROM meta.batches WHERE status = 'loaded') AS batches, (SELECT count(*) FROM meta.quarantine) AS quarantined`,
    );
    out['bronze'] = Object.fromEntries(Object.entries(bronze[0]!).map(([k, v]) => [k, Number(v)]));
    return out;
  } finally {
    await engine.close();
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function project(kind: 'duckdb' | 'postgres'): Promise<{ dir: string; engine: string }> {
  const dir = await mkdtemp(join(tmpdir(), `ggm-kill-${kind}-`));
  let engine = 'duckdb:warehouse.duckdb';
  if (kind === 'postgres') {
    const db: TestDatabase = await createTestDatabase('ggm_kill');
    engine = db.url;
    cleanups.push(() => db.drop());
  }
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await writeMunicipalProject(dir, { engine, straten: STRATEN });
  return { dir, engine };
}

describe.skipIf(!hasReleases()).each(['duckdb', 'postgres'] as const)(
  'a run killed at any moment (%s)',
  (kind) => {
    it('ends, after a rerun, with exactly the warehouse a clean run produces', async () => {
      const clean = await project(kind);
      const first = await ggmRun(clean.dir);
      expect(first.code, first.output).toBe(0);
      const expected = await snapshot(clean.dir, clean.engine);
      expect(expected['bronze']).toEqual({
        straten: STRATEN.files * STRATEN.perFile,
        woonplaatsen: 3,
        batches: STRATEN.files + 1,
        quarantined: 1,
      });

      const killed = await project(kind);
      let kills = 0;
      for (const kill of KILLS) {
        const r = await ggmRun(killed.dir, kill);
        if (r.signal === 'SIGKILL') kills++;
        else expect(r.code, r.output).toBe(0);
      }
      expect(kills).toBeGreaterThanOrEqual(4);
      const final = await ggmRun(killed.dir);
      expect(final.code, final.output).toBe(0);
      expect(await snapshot(killed.dir, killed.engine)).toEqual(expected);
    }, 300_000);
  },
);
