import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { Readable, pipeline } from 'node:stream';

/** One file inside a zip archive, as listed in its central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A zlib failure inside an entry as a `ZipFormatError`; other errors unchanged. */
function damaged(file: string, entry: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_'))
    return new ZipFormatError(file, `entry ${entry} is damaged (${(error as Error).message})`);
  return error;
}

export class ZipFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * A minimal reader for zip archives (what xlsx files are): it reads the central directory once and then
 * streams single entries, so a workbook is never inflated as a whole. Zip64 and encryption are not needed
 * for the files we read and are reported as errors.
 */
export class ZipReader {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(file: string): Promise<ZipReader> {
    const handle = await open(file, 'r');
    try {
      const entries = await readCentralDirectory(file, handle);
      return new ZipReader(file, handle, entries);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry's bytes, inflated, as a stream of chunks. Only the entry's byte range is read from disk,
   * chunk by chunk, so an entry of hundreds of MB (a national BAG extract) never sits in memory.
   */
  async stream(name: string): Promise<Readable> {
    const { entry, start } = await this.locate(name);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(this.file, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 256 * 1024,
    });
    if (entry.method === 0) return raw;
    // Large output chunks: fewer, bigger pieces for the scanner to join and split.
    const inflated = pipeline(raw, createInflateRaw({ chunkSize: 256 * 1024 }), () => {
      // Errors surface on the returned stream.
    });
    const file = this.file;
    // a damaged deflate stream names the archive and the entry, not only zlib's words
    return Readable.from(
      (async function* () {
        try {
          for await (const chunk of inflated as AsyncIterable<Buffer>) yield chunk;
        } catch (error) {
          throw damaged(file, name, error);
        }
      })(),
      { objectMode: false },
    );
  }

  /** The whole entry at once; for the small parts of a workbook (workbook.xml, rels, shared strings). */
  async read(name: string): Promise<Buffer> {
    const { entry, data } = await this.readCompressed(name);
    try {
      return entry.method === 0 ? data : inflateRawSync(data);
    } catch (error) {
      throw damaged(this.file, name, error);
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async readCompressed(name: string): Promise<{ entry: ZipEntry; data: Buffer }> {
    const { entry, start } = await this.locate(name);
    const data = Buffer.alloc(entry.compressedSize);
    await this.handle.read(data, 0, entry.compressedSize, start);
    return { entry, data };
  }

  /** The entry and the offset of its data, after checking its local header. */
  private async locate(name: string): Promise<{ entry: ZipEntry; start: number }> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(this.file, `no entry named ${name}`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipFormatError(
        this.file,
        `entry ${name} uses unsupported compression method ${entry.method}`,
      );
    }
    const header = Buffer.alloc(30);
    await this.handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      throw new ZipFormatError(this.file, `entry ${name} has a damaged local header`);
    }
    return { entry, start: entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28) };
  }
}

async function readCentralDirectory(file: string, handle: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  const tailSize = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailSize);
  await handle.read(tail, 0, tailSize, size - tailSize);
  let eocd = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ZipFormatError(file, 'not a zip archive (no end of central directory); is it an xlsx?');
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset === 0xffffffff) throw new ZipFormatError(file, 'zip64 archives are not supported');
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError(file, 'damaged central directory');
    }
    const flags = dir.readUInt16LE(p + 8);
    if (flags & 1) throw new ZipFormatError(file, 'encrypted archives are not supported');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, {
      name,
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      uncompressedSize: dir.readUInt32LE(p + 24),
      localHeaderOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
