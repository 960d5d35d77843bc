import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { ZipReader, type ZipEntry } from '../../xlsx/zip-reader.js';
import { BAG_CODES, excerptOf, type BagItem, type BagQuarantine } from './bag-items.js';
import { isExtractCompanionFile, parseBagFileName } from './bag-file-names.js';
import { parseBagObject } from './bag-object-parser.js';
import type { BagObjectType } from './bag-object-types.js';
import { BagXmlSplitter } from './bag-xml-splitter.js';

export interface BagReadOptions {
  /** Only these object types; others are passed over (files by name, records by content). */
  objectTypes?: readonly BagObjectType[];
}

/**
 * Reads a BAG 2.0 LV-extract: a directory, a zip (entries `.xml`, and `.zip` one level deep, as in the
 * national extract), or a plain `.xml` file. Yields one record per object voorkomen, quarantine items for
 * input that cannot become a record, and warnings. Streams throughout: memory stays flat however large
 * the files are.
 */
export async function* readBag(path: string, options: BagReadOptions = {}): AsyncGenerator<BagItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  if (info.isDirectory()) yield* readDirectory(path, options);
  else if (/\.zip$/i.test(path)) yield* readZip(path, basename(path), options);
  else yield* readXmlFile(path, basename(path), options);
}

async function* readDirectory(dir: string, options: BagReadOptions): AsyncGenerator<BagItem> {
  const names = (await readdir(dir)).sort();
  // Part files unzipped next to their zip would be read twice; the zip wins.
  const inZips = new Map<string, string>();
  for (const name of names.filter((n) => /\.zip$/i.test(n))) {
    const zip = await ZipReader.open(join(dir, name)).catch(() => undefined);
    if (!zip) continue;
    for (const entry of zip.entries.keys()) inZips.set(basename(entry), name);
    await zip.close();
  }
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile() || isExtractCompanionFile(name)) continue;
    const parsed = parseBagFileName(name);
    if (!parsed) {
      yield warning(
        BAG_CODES.skippedFile,
        `skipped ${name}: not a BAG object file (<code><TYPE><date>.xml|zip)`,
        path,
      );
      continue;
    }
    if (!wanted(parsed.objectType, options)) continue;
    const zipName = inZips.get(name);
    if (zipName && !/\.zip$/i.test(name)) {
      yield warning(BAG_CODES.skippedFile, `skipped ${name}: the same part is read from ${zipName}`, path);
      continue;
    }
    if (/\.zip$/i.test(name)) yield* readZip(path, name, options);
    else yield* readXmlFile(path, name, options);
  }
}

async function* readZip(path: string, label: string, options: BagReadOptions): AsyncGenerator<BagItem> {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(path);
  } catch (error) {
    yield unreadable(label, error);
    return;
  }
  try {
    const entries = [...zip.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const entryLabel = `${label}!${entry.name}`;
      const parsed = parseBagFileName(entry.name);
      if (!parsed) {
        if (!isExtractCompanionFile(basename(entry.name))) {
          yield warning(BAG_CODES.skippedFile, `skipped ${entryLabel}: not a BAG object file`, label);
        }
        continue;
      }
      if (!wanted(parsed.objectType, options)) continue;
      if (/\.zip$/i.test(entry.name)) yield* readNestedZip(zip, entry, entryLabel, options);
      else yield* readEntry(zip, entry, entryLabel, parsed.objectType, options);
    }
  } finally {
    await zip.close();
  }
}

async function* readEntry(
  zip: ZipReader,
  entry: ZipEntry,
  label: string,
  nameType: BagObjectType,
  options: BagReadOptions,
): AsyncGenerator<BagItem> {
  let stream;
  try {
    stream = await zip.stream(entry.name);
  } catch (error) {
    yield unreadable(label, error);
    return;
  }
  yield* readBagXml(stream, label, options, nameType);
}

/** A zip inside the zip (national extract): copied to a temporary file, because entries need seeking. */
async function* readNestedZip(
  zip: ZipReader,
  entry: ZipEntry,
  label: string,
  options: BagReadOptions,
): AsyncGenerator<BagItem> {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bag-'));
  const copy = join(dir, basename(entry.name));
  try {
    try {
      await pipeline(await zip.stream(entry.name), createWriteStream(copy));
    } catch (error) {
      yield unreadable(label, error);
      return;
    }
    yield* readZip(copy, label, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* readXmlFile(path: string, label: string, options: BagReadOptions): AsyncGenerator<BagItem> {
  const nameType = parseBagFileName(path)?.objectType;
  if (nameType && !wanted(nameType, options)) return;
  yield* readBagXml(createReadStream(path, { highWaterMark: 256 * 1024 }), label, options, nameType);
}

/**
 * The core: bytes of one extract XML → items. UTF-8 is decoded strictly; the splitter cuts out each
 * `bagObject`, which is parsed on its own.
 */
export async function* readBagXml(
  bytes: AsyncIterable<Buffer | Uint8Array | string>,
  file: string,
  options: BagReadOptions = {},
  nameType?: BagObjectType,
): AsyncGenerator<BagItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const splitter = new BagXmlSplitter();
  const warned = new Set<string>();
  let mismatchWarned = false;
  const handle = function* (items: ReturnType<BagXmlSplitter['push']>): Generator<BagItem> {
    for (const item of items) {
      if (item.kind === 'problem') {
        yield quarantineOf(
          file,
          item.line,
          item.index,
          item.reason === 'truncated' ? BAG_CODES.truncated : BAG_CODES.malformedXml,
          item.message,
          item.xml,
        );
        continue;
      }
      const parsed = parseBagObject(item.xml, { file, line: item.line, index: item.index });
      for (const element of parsed.unknownElements) {
        if (warned.has(element)) continue;
        warned.add(element);
        yield warning(
          BAG_CODES.unknownElement,
          `unknown element ${element}; its values are kept in overigeGegevens`,
          file,
          item.line,
        );
      }
      for (const out of parsed.items) {
        if (out.kind === 'record') {
          if (nameType && out.objectType !== nameType && !mismatchWarned) {
            mismatchWarned = true;
            yield warning(
              BAG_CODES.mixedObjectTypes,
              `the file name says ${nameType} but it holds ${out.objectType} objects`,
              file,
              out.line,
            );
          }
          if (options.objectTypes && !options.objectTypes.includes(out.objectType)) continue;
        }
        yield out;
      }
    }
  };
  try {
    for await (const chunk of bytes) {
      let text: string;
      try {
        text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      } catch {
        // Read up to the first invalid byte, then stop: what follows cannot be trusted.
        const lenient = new TextDecoder('utf-8').decode(chunk as Uint8Array);
        yield* handle(splitter.push(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')))));
        const line = splitter.lineAtEnd();
        yield quarantineOf(
          file,
          line,
          0,
          BAG_CODES.invalidUtf8,
          `invalid UTF-8 on line ${line}; the rest of this file is not read`,
          '',
        );
        return;
      }
      yield* handle(splitter.push(text));
    }
    yield* handle(splitter.push(decoder.decode()));
  } catch (error) {
    const line = splitter.lineAtEnd();
    yield quarantineOf(
      file,
      line,
      0,
      BAG_CODES.unreadableFile,
      `the file could not be read after line ${line}: ${message(error)}`,
      '',
    );
    return;
  }
  yield* handle(splitter.end());
}

function wanted(type: BagObjectType, options: BagReadOptions): boolean {
  return !options.objectTypes || options.objectTypes.includes(type);
}

function quarantineOf(
  file: string,
  line: number,
  index: number,
  code: string,
  reason: string,
  xml: string,
): BagQuarantine {
  return { kind: 'quarantine', code, reason, file, line, index, excerpt: excerptOf(xml) };
}

function unreadable(file: string, error: unknown): BagQuarantine {
  return quarantineOf(file, 0, 0, BAG_CODES.unreadableFile, `cannot read ${file}: ${message(error)}`, '');
}

function warning(code: string, text: string, file: string, line?: number): BagItem {
  const diagnostic: Diagnostic = {
    code,
    severity: 'warning',
    message: text,
    at: line === undefined ? { file } : { file, line },
  };
  return { kind: 'warning', diagnostic };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
