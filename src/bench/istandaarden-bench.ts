import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { writeCorpus } from '../ingest/istandaarden/generator/write-corpus.js';
import { readMessages } from '../ingest/istandaarden/message-reader.js';
import { InMemoryMessageHistory } from '../ingest/istandaarden/rules/message-history.js';
import { isValid, validateAgainstHistory, validateParsed } from '../ingest/istandaarden/validate-message.js';
import { listMessageFiles, refOf } from '../ingest/istandaarden/validate-files.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';
import { loadIntoBronze } from './istandaarden-bronze-bench.js';

/** Average messages per client in the generated chains; used to size the corpus. */
const MESSAGES_PER_CLIENT = 6.5;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/** Baseline: saxes tokenizes the same files (same options), counting Bericht elements and nothing else. */
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

/** Ours: read typed records and validate all four layers, the history growing as files are read. */
async function parseAndValidate(
  files: readonly string[],
  withHistory = true,
): Promise<{ messages: number; findings: number }> {
  const history = new InMemoryMessageHistory();
  let messages = 0;
  let findings = 0;
  for (const file of files) {
    for await (const p of readMessages(file)) {
      messages++;
      let f = validateParsed(p);
      if (withHistory && p.record && isValid(f)) {
        history.add(p.record, refOf(p));
        f = f.concat(validateAgainstHistory(p.record, history, refOf(p)));
      }
      findings += f.length;
    }
  }
  return { messages, findings };
}

/**
 * `npm run bench -- istandaarden [--messages 100000] [--batch 500] [--repeat 3]`: messages per second
 * through validate + load into bronze (DuckDB) against saxes tokenizing the same files, on a corpus in
 * os.tmpdir(); parse + validate alone is reported beside it (`validate_only_*`).
 */
export async function run(args: string[]): Promise<void> {
  const target = option(args, 'messages', 100_000);
  const batch = option(args, 'batch', 500);
  const repeat = option(args, 'repeat', 3);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-istandaarden-bench-'));
  try {
    const started = performance.now();
    const summary = await writeCorpus(dir, {
      seed: 42,
      clients: Math.ceil(target / MESSAGES_PER_CLIENT),
      batchSize: batch,
      invalid: false,
    });
    const files = await listMessageFiles(join(dir, 'valid'));
    console.log(
      `corpus: ${summary.messages} messages in ${files.length} files (${batch} per file), generated in ${round((performance.now() - started) / 1000)} s`,
    );

    let counted = 0;
    const cpu0 = process.cpuUsage();
    const base = await time(async () => (counted = await tokenizeOnly(files)), repeat, 1);
    const cpuBase = process.cpuUsage(cpu0);
    let result = { messages: 0, findings: 0 };
    const memory = trackPeakMemory();
    const cpu1 = process.cpuUsage();
    const ours = await time(async () => (result = await parseAndValidate(files)), repeat, 1);
    const cpuOurs = process.cpuUsage(cpu1);
    const peak = memory.stop();
    // the same without the history layer: how much of the cost is keeping and querying the history
    const noHistory = await time(() => parseAndValidate(files, false), repeat, 1);
    // what the issue measures: validate + load into bronze, as `ggm run` does it (once: it writes a
    // warehouse of a few hundred MB)
    const loadMemory = trackPeakMemory();
    const t0 = performance.now();
    const cpu2 = process.cpuUsage();
    const loaded = await loadIntoBronze(dir, 'valid/*.xml');
    const loadMs = performance.now() - t0;
    const cpuLoad = process.cpuUsage(cpu2);
    // the load runs once, the baseline `repeat` times after a warm-up: per run (DuckDB's threads included)
    const loadCpuRatio = (cpuBase.user + cpuBase.system) / (repeat + 1) / (cpuLoad.user + cpuLoad.system);
    const loadPeak = loadMemory.stop();
    if (!loaded.ok || loaded.quarantined > 0) {
      throw new Error(`load failed: ok=${loaded.ok}, quarantined ${loaded.quarantined}`);
    }
    // wall time is what the RESULT line reports; CPU time is printed too because a shared machine makes
    // wall time noisy (both phases run the same number of times, so the CPU ratio is comparable)
    const cpuRatio = (cpuBase.user + cpuBase.system) / (cpuOurs.user + cpuOurs.system);
    if (counted !== summary.messages || result.messages !== summary.messages) {
      throw new Error(
        `message counts differ: corpus ${summary.messages}, baseline ${counted}, ours ${result.messages}`,
      );
    }
    const perSecond = (ms: number) => summary.messages / (ms / 1000);
    console.log(
      `baseline (saxes tokenize only): ${round(base.ms)} ms median, runs ${base.runs.map((r) => round(r)).join(', ')}`,
    );
    console.log(
      `parse + validate (4 layers):    ${round(ours.ms)} ms median, runs ${ours.runs.map((r) => round(r)).join(', ')}`,
    );
    console.log(`without history (layers 1–3):   ${round(noHistory.ms)} ms median`);
    console.log(`validate + load into bronze:    ${round(loadMs)} ms, ${loaded.rows} rows (DuckDB)`);
    console.log(`findings on the valid corpus: ${result.findings}`);
    console.log(
      resultLine(
        'istandaarden',
        'messages_per_s',
        perSecond(loadMs),
        perSecond(base.ms),
        {
          messages: summary.messages,
          files: files.length,
          peak_rss_mb: round(loadPeak / 1024 / 1024, 1),
          validate_only_per_s: round(perSecond(ours.ms)),
          validate_only_ratio: round(base.ms / ours.ms, 3),
          validate_peak_rss_mb: round(peak / 1024 / 1024, 1),
          cpu_ratio: round(cpuRatio, 3),
          load_cpu_s: round((cpuLoad.user + cpuLoad.system) / 1e6, 1),
          load_cpu_ratio: round(loadCpuRatio, 3),
          no_history_ratio: round(base.ms / noHistory.ms, 3),
        },
        'higher-is-better',
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
