import { resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { readBag, readBagXml } from '../ingest/bag/bag-reader.js';
import { ZipReader } from '../xlsx/zip-reader.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';

const DEFAULT_ZIP = resolve('..', 'shared', 'data', 'bag-doesburg-0221', '0221PND15092020.zip');

/** Baseline: inflate every part and tokenize it with saxes alone (no records, no geometry). */
async function saxesOnly(file: string): Promise<number> {
  const zip = await ZipReader.open(file);
  let elements = 0;
  try {
    for (const entry of zip.entries.values()) {
      const parser = new SaxesParser();
      parser.on('opentag', () => {
        elements++;
      });
      parser.on('text', () => undefined);
      const decoder = new TextDecoder();
      for await (const chunk of (await zip.stream(entry.name)) as AsyncIterable<Buffer>) {
        parser.write(decoder.decode(chunk, { stream: true }));
      }
      parser.close();
    }
  } finally {
    await zip.close();
  }
  return elements;
}

async function records(file: string): Promise<number> {
  let n = 0;
  for await (const item of readBag(file)) if (item.kind === 'record') n++;
  return n;
}

/** The objects of the zip's first part, repeated until about `bytes`: a large extract made in memory. */
async function* syntheticExtract(file: string, bytes: number): AsyncGenerator<Buffer> {
  const zip = await ZipReader.open(file);
  const first = [...zip.entries.values()][0]!;
  const text = (await zip.read(first.name)).toString('utf8');
  await zip.close();
  const start = text.indexOf('<sl:stand>');
  const end = text.lastIndexOf('</sl:stand>') + '</sl:stand>'.length;
  const head = Buffer.from(text.slice(0, start));
  const body = Buffer.from(text.slice(start, end));
  const tail = Buffer.from(text.slice(end));
  yield head;
  for (let written = 0; written < bytes; written += body.length) {
    for (let i = 0; i < body.length; i += 256 * 1024) yield body.subarray(i, i + 256 * 1024);
  }
  yield tail;
}

/**
 * `npm run bench -- bag [extract.zip] [--big <MB>]`: BAG records per second from a zipped extract
 * against inflating + tokenizing the same XML with saxes alone; then a large synthetic extract streamed
 * through the reader, to show memory stays flat.
 */
export async function run(args: string[]): Promise<void> {
  const bigIndex = args.indexOf('--big');
  const bigMb = bigIndex >= 0 ? Number(args[bigIndex + 1]) : 300;
  const file = resolve(args.find((a, i) => !a.startsWith('--') && i !== bigIndex + 1) ?? DEFAULT_ZIP);
  const count = await records(file);
  const ours = await time(() => records(file), 5, 1);
  const baseline = await time(() => saxesOnly(file), 5, 1);
  const perSecond = (count / ours.ms) * 1000;
  console.log(`${file}: ${count} records`);
  console.log(`reader:     ${round(ours.ms)} ms (${Math.round(perSecond)} records/s)`);
  console.log(`saxes only: ${round(baseline.ms)} ms`);

  const before = process.memoryUsage().rss;
  const memory = trackPeakMemory();
  let big = 0;
  const started = performance.now();
  for await (const item of readBagXml(syntheticExtract(file, bigMb * 1024 * 1024), 'synthetic.xml'))
    if (item.kind === 'record') big++;
  const bigMs = performance.now() - started;
  const peak = memory.stop();
  console.log(
    `synthetic ${bigMb} MB extract: ${big} records in ${round(bigMs / 1000)} s, ` +
      `peak RSS ${round(peak / 2 ** 20)} MB (${round(before / 2 ** 20)} MB before)`,
  );
  console.log(
    resultLine('bag', 'read_ms', ours.ms, baseline.ms, {
      records_per_s: Math.round(perSecond),
      big_mb: bigMb,
      big_peak_rss_mb: round(peak / 2 ** 20),
    }),
  );
}
