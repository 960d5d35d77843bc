// A load of many one-message files in a child process is killed (SIGKILL) while it gathers a group:
// every file it confirmed must be in bronze with all its rows, no file may be there in part, and a
// rerun must end where one-by-one loading ends. Runs the built code (dist/, `npm run build`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../../engines/engine.js';
import type { ProjectConfig } from '../../../project/project-config.js';
import { ingestSources } from '../../bronze/ingest-project.js';
import type { LoadOptions } from '../../bronze/source-loader.js';
import { writeCorpus } from '../generator/write-corpus.js';
import { bronzeState, plain } from './lakehouse-test-support.js';

const DIST = resolve(import.meta.dirname, '..', '..', '..', '..', 'dist');
const DIST_INGEST = join(DIST, 'ingest', 'bronze', 'ingest-project.js');
const DIST_DUCKDB = join(DIST, 'engines', 'duckdb', 'duckdb-engine.js');

/** The project the loads run in: one source over the corpus's one-message files. */
const config = (dir: string): ProjectConfig => ({
  file: join(dir, 'ggm.yaml'),
  dir,
  engine: 'duckdb:w.duckdb',
  domains: [],
  domainsAt: [],
  allowPaths: [],
  sources: [
    {
      kind: 'file',
      name: 'istandaarden',
      format: 'istandaarden',
      path: 'valid/*.xml',
      csv: {},
      at: { file: join(dir, 'ggm.yaml') },
    },
  ],
});

// groups of 10 files with no time bound: the kill lands while the second group is being read
const LOADER = `
const { ingestSources } = await import(process.argv[2]);
const { DuckDbEngine } = await import(process.argv[3]);
const [dir, path] = process.argv.slice(4);
const engine = await DuckDbEngine.open({ path });
const config = JSON.parse(process.argv[6]);
await ingestSources(engine, config, undefined, undefined, (_s, done, _t, r) => {
  process.stdout.write('done ' + done + ' ' + r.file + ' ' + r.status + '\\n');
}, { commitGroup: { files: 10, ms: 600000 } });
process.stdout.write('finished\\n');
`;

/** Runs the loader and kills it once `after` files are confirmed; returns the files it confirmed. */
function killLoaderAfter(dir: string, path: string, after: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const script = join(dir, 'loader.mjs');
    const confirmed: string[] = [];
    void writeFile(script, LOADER).then(() => {
      const child = spawn(
        process.execPath,
        [
          script,
          pathToFileURL(DIST_INGEST).href,
          pathToFileURL(DIST_DUCKDB).href,
          dir,
          path,
          JSON.stringify(config(dir)),
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let buffered = '';
      let errors = '';
      child.stderr.on('data', (b: Buffer) => (errors += b.toString()));
      child.stdout.on('data', (b: Buffer) => {
        buffered += b.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          const [word, , file, status] = line.split(' ');
          if (word === 'done' && status === 'loaded') confirmed.push(file!);
        }
        if (confirmed.length >= after) child.kill('SIGKILL');
      });
      child.on('close', (_code, signal) => {
        if (signal !== 'SIGKILL') fail(new Error(`the loader ended without being killed: ${errors}`));
        else done(confirmed);
      });
    }, fail);
  });
}

async function withDuckDb<T>(path: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const engine = await DuckDbEngine.open({ path });
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

describe.skipIf(!existsSync(DIST_INGEST))('several message files per commit, killed (built code)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-files-commit-crash-'));
    await writeCorpus(dir, { seed: 11, clients: 12, batchSize: 1, invalid: false });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every confirmed file whole, no part of the killed group, and a rerun ends as one-by-one', async () => {
    const killed = join(dir, 'killed.duckdb');
    const confirmed = await killLoaderAfter(dir, killed, 10);
    expect(confirmed.length).toBeGreaterThanOrEqual(10);

    await withDuckDb(killed, async (e) => {
      const batches = plain(
        await e.query(`SELECT b.file, b.rows_loaded,
          (SELECT count(*) FROM bronze.istandaarden t WHERE t._batch_id = b.batch_id) AS in_bronze
          FROM meta.batches b WHERE b.status = 'loaded'`),
      );
      // every confirmed file is there, and only whole groups (the kill came while one was open)
      const loaded = batches.map((b) => String(b['file'])).sort();
      expect(loaded).toEqual(expect.arrayContaining(confirmed));
      expect(loaded.length % 10).toBe(0);
      for (const b of batches) expect(b['in_bronze']).toBe(b['rows_loaded']);
      expect((await bronzeState(e)).orphans).toEqual([{ n: 0 }]);
      // the rerun loads the rest and skips what the killed run confirmed
      const rerun = await ingestSources(e, config(dir));
      expect(rerun.ok).toBe(true);
      const skipped = rerun.results.filter((r) => r.status === 'unchanged').map((r) => r.file);
      expect(skipped.sort()).toEqual(loaded);
    });

    const oneByOne: LoadOptions = { commitGroup: { files: 1 } };
    const reference = await withDuckDb(join(dir, 'reference.duckdb'), async (e) => {
      expect((await ingestSources(e, config(dir), undefined, undefined, undefined, oneByOne)).ok).toBe(true);
      return bronzeState(e);
    });
    expect(await withDuckDb(killed, bronzeState)).toEqual(reference);
  }, 120_000);
});
