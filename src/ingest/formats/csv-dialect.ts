import { TextDecoder } from 'node:util';
import type { CsvEncoding, CsvSettings } from '../../project/project-config.js';
import { isValidUtf8 } from './chunk-decoder.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { SourceError } from './source-records.js';

/** Everything needed to read a CSV file, each item either declared in the config or detected. */
export interface CsvDialect {
  encoding: CsvEncoding;
  /** Length of the byte order mark to skip (0 when there is none). */
  bomBytes: number;
  delimiter: string;
  quote: string;
  escape: string;
  header: boolean;
  /** `,` for Dutch exports with decimal commas (`12,50`), `.` otherwise; undefined when no decimals seen. */
  decimal?: ',' | '.';
  /** Which settings came from detection rather than the config. */
  detected: (keyof CsvSettings)[];
  /**
   * Detected: the sample holds valid UTF-8 text and bytes that are not UTF-8 (Windows-1252 lines in a
   * UTF-8 file). It is read as UTF-8 and the undecodable records are quarantined, never stored as mojibake.
   */
  mixed?: boolean;
}

const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 200;

function detectEncoding(
  sample: Uint8Array,
  whole: boolean,
): { encoding: CsvEncoding; bomBytes: number; mixed?: boolean } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bomBytes: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  // Text that is not valid UTF-8 is, in Dutch municipal exports, nearly always Windows-1252, unless it
  // also holds UTF-8 sequences: then lines were joined from two exports, and neither reading is right
  // for all of them
  if (isValidUtf8(sample, !whole)) return { encoding: 'utf-8', bomBytes: 0 };
  return utf8Sequences(sample) > 0
    ? { encoding: 'utf-8', bomBytes: 0, mixed: true }
    : { encoding: 'windows-1252', bomBytes: 0 };
}

/** How many well-formed multi-byte UTF-8 sequences the sample holds. */
function utf8Sequences(sample: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= sample.length) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((sample[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      count++;
      i += need;
    }
  }
  return count;
}

/** A declared UTF-16 file without a BOM must hold zero bytes (every ASCII character has one). */
function checkUtf16(sample: Uint8Array, encoding: CsvEncoding, bomBytes: number): void {
  if (!encoding.startsWith('utf-16') || bomBytes > 0 || sample.length < 2) return;
  const bom8 = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (bom8 || !sample.includes(0)) {
    throw new SourceError(
      `the file is declared ${encoding}, but it is not UTF-16 (${bom8 ? 'it starts with a UTF-8 byte order mark' : 'it holds no zero bytes'})`,
      'remove csv.encoding to detect the encoding, or declare the one the export uses',
    );
  }
}

function bomLength(sample: Uint8Array, encoding: CsvEncoding): number {
  if (encoding === 'utf-8') return sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return sample[0] === 0xff && sample[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return sample[0] === 0xfe && sample[1] === 0xff ? 2 : 0;
  return 0;
}

/** Detection parses at most this much text: a few hundred records are plenty. */
const SAMPLE_CHARS = 64 * 1024;

function sampleRecords(text: string, delimiter: string, quote: string, escape: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  // the last line of a sample may be cut off: leave it out
  const head = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const cut = head.lastIndexOf('\n');
  const parser = new CsvParser({ delimiter, quote, escape }, (r) => {
    if (records.length < SAMPLE_RECORDS) records.push(r);
  });
  parser.push(cut > 0 ? head.slice(0, cut + 1) : head);
  parser.end();
  return records;
}

/**
 * The delimiter that splits the sample into the same number of fields (more than one) on most records;
 * ties go to the one giving more fields.
 */
function detectDelimiter(text: string, quote: string, escape: string): string {
  let best = { delimiter: ',', score: -1 };
  for (const d of DELIMITERS) {
    const records = sampleRecords(text, d, quote, escape).filter((r) => !r.error);
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    const [width, hits] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (width < 2) continue;
    const score = (hits / records.length) * 1000 + Math.min(width, 999) / 1000;
    if (score > best.score) best = { delimiter: d, score };
  }
  return best.delimiter;
}

const DECIMAL_COMMA = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const DECIMAL_POINT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

function detectDecimal(records: CsvRecord[], header: boolean): ',' | '.' | undefined {
  let comma = 0;
  let point = 0;
  for (const r of header ? records.slice(1) : records) {
    for (const f of r.fields) {
      if (f === null || f.length > 40) continue;
      if (DECIMAL_COMMA.test(f)) comma++;
      else if (DECIMAL_POINT.test(f)) point++;
    }
  }
  if (comma === 0 && point === 0) return undefined;
  return comma > point ? ',' : '.';
}

/**
 * Detects encoding, delimiter and decimal separator from the first bytes of a file (`whole` when the
 * sample is the entire file). Settings from the source config always win.
 */
export function detectCsvDialect(sample: Uint8Array, settings: CsvSettings = {}, whole = false): CsvDialect {
  const detected: (keyof CsvSettings)[] = [];
  let encoding = settings.encoding;
  let bomBytes: number;
  let mixed: boolean | undefined;
  if (encoding) {
    bomBytes = bomLength(sample, encoding);
    checkUtf16(sample, encoding, bomBytes);
  } else {
    ({ encoding, bomBytes, mixed } = detectEncoding(sample, whole));
    detected.push('encoding');
  }
  const decoderLabel = encoding === 'iso-8859-1' ? 'windows-1252' : encoding;
  const text = new TextDecoder(decoderLabel).decode(sample.subarray(bomBytes));
  const quote = settings.quote ?? '"';
  const escape = settings.escape ?? quote;
  let delimiter = settings.delimiter;
  if (!delimiter) {
    delimiter = detectDelimiter(text, quote, escape);
    detected.push('delimiter');
  }
  const header = settings.header ?? true;
  let decimal = settings.decimal;
  if (!decimal) {
    decimal = detectDecimal(sampleRecords(text, delimiter, quote, escape), header);
    if (decimal) detected.push('decimal');
  }
  return {
    encoding,
    bomBytes,
    delimiter,
    quote,
    escape,
    header,
    ...(decimal ? { decimal } : {}),
    detected,
    ...(mixed ? { mixed } : {}),
  };
}

/** The first record of a sample under `dialect` (the header when there is one), or undefined. */
export function firstRecord(sample: Uint8Array, dialect: CsvDialect): CsvRecord | undefined {
  const label = dialect.encoding === 'iso-8859-1' ? 'windows-1252' : dialect.encoding;
  const text = new TextDecoder(label).decode(sample.subarray(dialect.bomBytes));
  let first: CsvRecord | undefined;
  const parser = new CsvParser(dialect, (r) => {
    first ??= r;
  });
  // a header is one record; a quarter of a megabyte holds any real one
  parser.push(text.length > 4 * SAMPLE_CHARS ? text.slice(0, 4 * SAMPLE_CHARS) : text);
  parser.end();
  return first;
}
