import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { ingestSources } from '../ingest/bronze/ingest-project.js';
import { writeCorpus } from '../ingest/istandaarden/generator/write-corpus.js';
import { readMessages } from '../ingest/istandaarden/message-reader.js';
import { listMessageFiles } from '../ingest/istandaarden/validate-files.js';
import { validateParsed } from '../ingest/istandaarden/validate-message.js';
import type { ProjectConfig } from '../project/project-config.js';
import { resultLine, round } from './bench-util.js';

const MESSAGES_PER_CLIENT = 6.5;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/**
 * Loads `pattern` (relative to `dir`) into `bronze.istandaarden` of a new DuckDB file in `dir`, as
 * `ggm run` would: every message validated (with the load history), flattened and bulk inserted.
 */
export async function loadIntoBronze(
  dir: string,
  pattern: string,
  /** After each file: files done of the files matched (progress of a long load). */
  onFile?: (done: number, total: number, rows: number) => void,
): Promise<{ rows: number; quarantined: number; ok: boolean }> {
  const engine = await DuckDbEngine.open({ path: join(dir, `bench-${Date.now()}.duckdb`) });
  try {
    const config: ProjectConfig = {
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
          path: pattern,
          csv: {},
          at: { file: join(dir, 'ggm.yaml') },
        },
      ],
    };
    const report = await ingestSources(engine, config, undefined, undefined, (_s, done, total, r) =>
      onFile?.(done, total, r.rowsLoaded),
    );
    return {
      rows: report.results.reduce((n, r) => n + r.rowsLoaded, 0),
      quarantined: report.results.reduce((n, r) => n + r.rowsQuarantined, 0),
      ok: report.ok,
    };
  } finally {
    await engine.close();
  }
}

/**
 * `npm run bench -- istandaarden-bronze [--messages 20000] [--batch 500]`: loading a generated corpus into
 * `bronze.istandaarden` on DuckDB (validate, flatten to lines, bulk insert, batch and quarantine rows),
 * against reading and validating the same files without writing anything (the baseline).
 */
export async function run(args: string[]): Promise<void> {
  const target = option(args, 'messages', 20_000);
  const batch = option(args, 'batch', 500);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-istandaarden-bronze-bench-'));
  try {
    const summary = await writeCorpus(dir, {
      seed: 42,
      clients: Math.ceil(target / MESSAGES_PER_CLIENT),
      batchSize: batch,
      invalid: false,
    });
    const files = await listMessageFiles(join(dir, 'valid'));
    console.log(`corpus: ${summary.messages} messages in ${files.length} files (${batch} per file)`);

    const t0 = performance.now();
    let read = 0;
    for (const f of files) {
      for await (const p of readMessages(f)) {
        validateParsed(p);
        read++;
      }
    }
    const baseMs = performance.now() - t0;

    const t1 = performance.now();
    const { rows, quarantined, ok } = await loadIntoBronze(dir, 'valid/*.xml');
    const oursMs = performance.now() - t1;
    if (!ok || read !== summary.messages || quarantined > 0) {
      throw new Error(`load failed: ok=${ok}, read ${read}, quarantined ${quarantined}`);
    }
    console.log(`read + validate only: ${round(baseMs)} ms; into bronze: ${round(oursMs)} ms, ${rows} rows`);
    console.log(
      resultLine('istandaarden-bronze', 'load_ms', oursMs, baseMs, {
        messages: summary.messages,
        rows,
        messages_per_s: round(summary.messages / (oursMs / 1000)),
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
