import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileHash {
  sha256: string;
  bytes: number;
  nul: boolean;
  /**
   * The delimiters (of `,` `;` tab `|`) some line ends with. DuckDB's reader takes a delimiter at the
   * end of a line as no field at all, where ours counts an empty last field; a CSV with one goes the
   * stream path so both engines load it alike.
   */
  trailing: string[];
}

const DELIMITERS = [',', ';', '\t', '|'].map((text) => {
  const byte = text.charCodeAt(0);
  return { text, byte, lf: Buffer.from([byte, 10]), cr: Buffer.from([byte, 13]) };
});

/**
 * SHA-256 (hex) and size of a file, streamed; `nul` tells whether it holds a NUL byte (a native load must
 * then give way to the stream path, which quarantines those records as PostgreSQL must).
 */
export async function hashFile(file: string): Promise<FileHash> {
  const hash = createHash('sha256');
  let bytes = 0;
  let nul = false;
  const trailing = new Set<string>();
  let last = -1;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (!nul && chunk.includes(0)) nul = true;
    for (const d of DELIMITERS) {
      if (trailing.has(d.text)) continue;
      const first = chunk[0];
      if (chunk.includes(d.lf) || chunk.includes(d.cr) || (last === d.byte && (first === 10 || first === 13)))
        trailing.add(d.text);
    }
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return { sha256: hash.digest('hex'), bytes, nul, trailing: [...trailing] };
}
