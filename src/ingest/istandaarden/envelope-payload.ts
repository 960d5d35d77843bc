import { inflateRawSync } from 'node:zlib';

/**
 * Decodes the payload of an envelope element (VECOZO `Data`, a StUF attachment): base64 of either a zip
 * holding one message file or the XML itself. Returns the XML text or a reason it could not be read.
 */
export function decodePayload(base64: string): { xml: string } | { problem: string } {
  const clean = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return { problem: 'the payload is not base64' };
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return unzipFirst(bytes);
  return { xml: bytes.toString('utf8') };
}

/** The first file of a zip held in memory, found through the central directory. */
function unzipFirst(zip: Buffer): { xml: string } | { problem: string } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return { problem: 'the zipped payload has no central directory' };
  const central = zip.readUInt32LE(eocd + 16);
  if (central + 46 > zip.length || zip.readUInt32LE(central) !== 0x02014b50) {
    return { problem: 'the zipped payload has a broken central directory' };
  }
  const method = zip.readUInt16LE(central + 10);
  const size = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) {
    return { problem: 'the zipped payload has a broken local header' };
  }
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + size);
  try {
    if (method === 0) return { xml: data.toString('utf8') };
    if (method === 8) return { xml: inflateRawSync(data).toString('utf8') };
    return { problem: `the zipped payload uses compression method ${method}` };
  } catch (error) {
    return { problem: `the zipped payload cannot be inflated: ${(error as Error).message}` };
  }
}
