import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ZipFormatError, type ZipEntry, type ZipReader } from '../../xlsx/zip-reader.js';

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Streams one zip entry straight from disk. `ZipReader.stream` reads the whole compressed entry into memory
 * first, which suits workbook parts but not a national BAG extract (an entry can be hundreds of MB), so
 * here only the entry's byte range is read, chunk by chunk, and inflated on the way.
 */
export async function openZipEntryStream(zip: ZipReader, entry: ZipEntry): Promise<Readable> {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipFormatError(
      zip.file,
      `entry ${entry.name} uses unsupported compression method ${entry.method}`,
    );
  }
  const handle = await open(zip.file, 'r');
  const header = Buffer.alloc(30);
  try {
    await handle.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(zip.file, `entry ${entry.name} has a damaged local header`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(zip.file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  if (entry.method === 0) return raw;
  return pipeline(raw, createInflateRaw({ chunkSize: 256 * 1024 }), () => {
    // Errors surface on the returned stream; nothing else to clean up.
  });
}
