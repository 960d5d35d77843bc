import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { loadModel } from '../model/load-model.js';
import { GGM_SHEETS } from '../model/sheet-tables.js';
import { WorkbookReader } from '../xlsx/workbook-reader.js';
import { ZipReader } from '../xlsx/zip-reader.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/** Baseline: inflate the twelve sheets and run them through a SAX parser, doing nothing else. */
async function unzipAndParse(file: string): Promise<number> {
  const workbook = await WorkbookReader.open(file);
  const zip = await ZipReader.open(file);
  let elements = 0;
  try {
    for (const sheet of workbook.sheets) {
      if (!(GGM_SHEETS as readonly string[]).includes(sheet.name)) continue;
      const parser = new SaxesParser();
      parser.on('opentag', () => {
        elements++;
      });
      parser.on('text', () => undefined);
      const decoder = new TextDecoder();
      for await (const chunk of (await zip.stream(sheet.path)) as AsyncIterable<Buffer>) {
        parser.write(decoder.decode(chunk, { stream: true }));
      }
      parser.close();
    }
  } finally {
    await zip.close();
    await workbook.close();
  }
  return elements;
}

/** Inflate only, to show how much of either figure is decompression. */
async function unzipOnly(file: string): Promise<number> {
  const zip = await ZipReader.open(file);
  let bytes = 0;
  try {
    for (const entry of zip.entries.values()) {
      if (!entry.name.startsWith('xl/worksheets/')) continue;
      for await (const chunk of (await zip.stream(entry.name)) as AsyncIterable<Buffer>)
        bytes += chunk.length;
    }
  } finally {
    await zip.close();
  }
  return bytes;
}

/**
 * `npm run bench -- model-load [workbook]`: cold load of a release (stream, parse, clean, index into the
 * model) against unzipping + SAX-parsing the same sheets; warm load from the compiled cache.
 */
export async function run(args: string[]): Promise<void> {
  const file = resolve(args[0] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const cacheDir = await mkdtemp(join(tmpdir(), 'ggm-bench-'));
  const memory = trackPeakMemory();
  try {
    const repeat = 7;
    const unzip = await time(() => unzipOnly(file), repeat);
    const baseline = await time(() => unzipAndParse(file), repeat);
    const cold = await time(() => loadModel(file, { cacheDir, noCache: true }), repeat);
    await loadModel(file, { cacheDir });
    const warm = await time(() => loadModel(file, { cacheDir }), repeat);
    const peakMb = round(memory.stop() / 1024 / 1024, 0);
    console.log(`workbook             ${file}`);
    console.log(`unzip only           ${round(unzip.ms, 1)} ms`);
    console.log(`unzip + SAX parse    ${round(baseline.ms, 1)} ms   (baseline)`);
    console.log(`cold load (model)    ${round(cold.ms, 1)} ms   (stream, clean, resolve, diagnostics)`);
    console.log(`warm load (cache)    ${round(warm.ms, 1)} ms   (aim: under 100 ms)`);
    console.log(`peak RSS             ${peakMb} MB`);
    console.log(
      resultLine('model-load', 'cold_ms', cold.ms, baseline.ms, {
        warm_ms: round(warm.ms, 1),
        peak_mb: peakMb,
      }),
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
