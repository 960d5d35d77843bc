import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { writeCorpus } from '../ingest/istandaarden/generator/write-corpus.js';
import { listMessageFiles } from '../ingest/istandaarden/validate-files.js';
import { describeProgress } from '../pipeline/step-progress.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';
import { loadIntoBronze } from './istandaarden-bronze-bench.js';

/** Files (one message each) per client in the generated chains; used to size the corpus. */
const FILES_PER_CLIENT = 6.6;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/** Baseline: saxes tokenizes the same files, counting Bericht elements and nothing else. */
async function tokenizeOnly(files: readonly string[]): Promise<number> {
  let messages = 0;
  for (const file of files) {
    const parser = new SaxesParser({ xmlns: true, position: true });
    parser.on('opentag', (tag) => {
      if (tag.local === 'Bericht') messages++;
    });
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      parser.write(chunk as string);
    }
    parser.close();
  }
  return messages;
}

/**
 * `npm run bench -- istandaarden-files [--files 20000] [--repeat 3]`: many small files, the way care
 * providers' messages arrive (one message per file), through validate + load into bronze on DuckDB as
 * `ggm run` loads them (a batch per file, several files per commit), against saxes tokenizing the same
 * files in the same run.
 * Prints progress during the load (it takes minutes).
 */
export async function run(args: string[]): Promise<void> {
  const wanted = option(args, 'files', 20_000);
  const repeat = option(args, 'repeat', 3);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-istandaarden-files-bench-'));
  try {
    const summary = await writeCorpus(dir, {
      seed: 7,
      clients: Math.ceil(wanted / FILES_PER_CLIENT),
      batchSize: 1,
      invalid: false,
    });
    const files = await listMessageFiles(join(dir, 'valid'));
    console.log(`corpus: ${summary.messages} messages in ${files.length} files`);

    let counted = 0;
    const cpu0 = process.cpuUsage();
    const base = await time(async () => (counted = await tokenizeOnly(files)), repeat, 1);
    const cpuBase = process.cpuUsage(cpu0);
    const memory = trackPeakMemory();
    const cpu1 = process.cpuUsage();
    const started = performance.now();
    let last = started;
    let rows = 0;
    const loaded = await loadIntoBronze(dir, 'valid/*.xml', (done, total, fileRows) => {
      rows += fileRows;
      const now = performance.now();
      if (now - last < 10_000) return;
      last = now;
      console.log(
        `  load: ${describeProgress({ unit: 'files', done, total, rows, elapsedMs: now - started })}`,
      );
    });
    const loadMs = performance.now() - started;
    const cpuLoad = process.cpuUsage(cpu1);
    const peak = memory.stop();
    // CPU time (the process's, DuckDB's threads included) beside wall time: on a shared machine wall
    // time mostly measures the other processes
    const cpuRatio = (cpuBase.user + cpuBase.system) / (repeat + 1) / (cpuLoad.user + cpuLoad.system);
    // (enveloped messages carry their Bericht inside the envelope's payload: the tokenizer counts fewer)
    if (!loaded.ok || loaded.quarantined > 0)
      throw new Error(`load failed: ok=${loaded.ok}, quarantined ${loaded.quarantined}`);
    console.log(
      `baseline (saxes tokenize only): ${round(base.ms)} ms median, runs ${base.runs.map((r) => round(r)).join(', ')}`,
    );
    console.log(
      `validate + load into bronze:    ${round(loadMs)} ms, ${loaded.rows} rows, ${round(loadMs / files.length, 1)} ms per file`,
    );
    const perSecond = (ms: number) => files.length / (ms / 1000);
    console.log(
      resultLine(
        'istandaarden-files',
        'files_per_s',
        perSecond(loadMs),
        perSecond(base.ms),
        {
          files: files.length,
          messages: summary.messages,
          tokenized_berichten: counted,
          rows: loaded.rows,
          peak_rss_mb: round(peak / 1024 / 1024, 1),
          load_cpu_s: round((cpuLoad.user + cpuLoad.system) / 1e6, 1),
          cpu_ratio: round(cpuRatio, 3),
        },
        'higher-is-better',
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
