import { TextDecoder } from 'node:util';
import type { CsvEncoding } from '../../project/project-config.js';

/** Bytes of an incomplete UTF-8 sequence at the end of `bytes` (0 when it ends on a boundary). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
  }
  return 0;
}

export interface DecodedChunk {
  text: string;
  /** The chunk held bytes that are not valid in the encoding; they became U+FFFD. */
  invalid: boolean;
}

/**
 * Decodes a byte stream chunk by chunk. UTF-8 is decoded strictly first (fast, native); a chunk that
 * fails is decoded again leniently and flagged, so the caller can quarantine the records that hold U+FFFD
 * instead of loading mangled text. Single-byte encodings cannot be invalid.
 */
export class ChunkDecoder {
  private carry: Uint8Array = new Uint8Array(0);
  private readonly strict?: TextDecoder;
  private readonly lenient: TextDecoder;

  constructor(readonly encoding: CsvEncoding) {
    if (encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.lenient = new TextDecoder(encoding === 'iso-8859-1' ? 'windows-1252' : encoding, {
      ignoreBOM: true,
    });
  }

  decode(chunk: Uint8Array, final = false): DecodedChunk {
    if (!this.strict) return { text: this.lenient.decode(chunk, { stream: !final }), invalid: false };
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const keep = final ? 0 : incompleteTail(bytes);
    const body = keep > 0 ? bytes.subarray(0, bytes.length - keep) : bytes;
    this.carry = keep > 0 ? bytes.slice(bytes.length - keep) : new Uint8Array(0);
    try {
      return { text: this.strict.decode(body), invalid: false };
    } catch {
      return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), invalid: true };
    }
  }
}

/** Whether `bytes` is valid UTF-8, ignoring a sequence cut off at the end when `partial`. */
export function isValidUtf8(bytes: Uint8Array, partial: boolean): boolean {
  const body = partial ? bytes.subarray(0, bytes.length - incompleteTail(bytes)) : bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
