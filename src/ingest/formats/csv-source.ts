import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { CsvSettings } from '../../project/project-config.js';
import { ChunkDecoder } from './chunk-decoder.js';
import { detectCsvDialect, type CsvDialect } from './csv-dialect.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { clipRaw, SourceError, type RecordSource, type SourceRecord } from './source-records.js';

const SAMPLE_BYTES = 1 << 20;

/** The text of a parsed record, rebuilt for the quarantine. */
function rebuild(fields: readonly (string | null)[], dialect: CsvDialect): string {
  const needs = new RegExp(`[${dialect.delimiter.replace(/[\]\\^-]/g, '\\$&')}\\r\\n"]`);
  return fields
    .map((f) =>
      f === null
        ? ''
        : needs.test(f)
          ? `${dialect.quote}${f.replaceAll(dialect.quote, dialect.quote + dialect.quote)}${dialect.quote}`
          : f,
    )
    .join(dialect.delimiter);
}

/**
 * Reads CSV from a byte stream: the first record is the header (or, without one, sets the width); every
 * later record with another number of cells, invalid bytes or a NUL character is an error record.
 */
export class CsvStreamReader implements RecordSource {
  columns: string[] = [];
  readonly format: Record<string, string | number | boolean>;
  private readonly decoder: ChunkDecoder;
  private readonly parser: CsvParser;
  private pending: CsvRecord[] = [];
  private invalidSeen = false;
  private done = false;
  private width = 0;
  private row = 0;

  private constructor(
    private readonly chunks: AsyncIterator<Uint8Array>,
    readonly dialect: CsvDialect,
    private readonly checkWidth: boolean,
  ) {
    this.decoder = new ChunkDecoder(dialect.encoding);
    this.parser = new CsvParser(dialect, (r) => this.pending.push(r));
    this.format = {
      encoding: dialect.encoding,
      delimiter: dialect.delimiter,
      quote: dialect.quote,
      escape: dialect.escape,
      header: dialect.header,
      ...(dialect.decimal ? { decimal: dialect.decimal } : {}),
      ...(dialect.detected.length > 0 ? { detected: dialect.detected.join(',') } : {}),
      ...(dialect.mixed ? { mixed: true } : {}),
    };
  }

  /** Opens a stream and reads up to the header. */
  static async open(
    chunks: AsyncIterable<Uint8Array>,
    dialect: CsvDialect,
    options: { checkWidth?: boolean } = {},
  ): Promise<CsvStreamReader> {
    const reader = new CsvStreamReader(chunks[Symbol.asyncIterator](), dialect, options.checkWidth ?? true);
    await reader.readHeader();
    return reader;
  }

  private async fill(): Promise<void> {
    const next = await this.chunks.next();
    if (next.done) {
      const tail = this.decoder.decode(new Uint8Array(0), true);
      if (tail.invalid) this.invalidSeen = true;
      this.parser.push(tail.text);
      this.parser.end();
      this.done = true;
      return;
    }
    const { text, invalid } = this.decoder.decode(next.value);
    if (invalid) this.invalidSeen = true;
    this.parser.push(text);
  }

  private async readHeader(): Promise<void> {
    while (this.pending.length === 0 && !this.done) await this.fill();
    const first = this.pending[0];
    if (!first) return; // an empty file: no columns, no records
    if (first.error && this.dialect.header) {
      throw new SourceError(
        `the header (line ${first.line}) cannot be read: ${first.error}`,
        'check the quote character, or set csv.header: false',
      );
    }
    this.width = first.fields.length;
    if (this.dialect.header) {
      this.pending.shift();
      this.columns = first.fields.map((f) => f ?? '');
    } else {
      this.columns = first.fields.map((_, i) => `column_${i + 1}`);
    }
  }

  private convert(r: CsvRecord): SourceRecord {
    const row = ++this.row;
    if (r.error) return { row, line: r.line, error: r.error, raw: clipRaw(r.raw ?? '') };
    if (this.checkWidth && r.fields.length !== this.width) {
      return {
        row,
        line: r.line,
        error: `expected ${this.width} fields, found ${r.fields.length}`,
        raw: clipRaw(rebuild(r.fields, this.dialect)),
      };
    }
    if (this.invalidSeen && r.fields.some((f) => f !== null && f.includes('\uFFFD'))) {
      return {
        row,
        line: r.line,
        error: this.dialect.mixed
          ? 'invalid utf-8 byte sequence (the file mixes UTF-8 and Windows-1252 lines; declare csv.encoding to read every line one way)'
          : `invalid ${this.dialect.encoding} byte sequence`,
        raw: clipRaw(rebuild(r.fields, this.dialect)),
      };
    }
    if (r.fields.some((f) => f !== null && f.includes('\u0000'))) {
      return {
        row,
        line: r.line,
        error: 'contains a NUL character',
        raw: clipRaw(rebuild(r.fields, this.dialect).replaceAll('\u0000', '\\0')),
      };
    }
    return { row, line: r.line, values: r.fields };
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }

  async *records(): AsyncIterable<SourceRecord[]> {
    for (;;) {
      if (this.pending.length > 0) {
        const batch = this.pending.map((r) => this.convert(r));
        this.pending = [];
        yield batch;
      }
      if (this.done) break;
      await this.fill();
    }
  }
}

/** Reads the first megabyte of a file (the whole file when smaller) for detection. */
export async function readSample(
  file: string,
  bytes = SAMPLE_BYTES,
): Promise<{ sample: Uint8Array; whole: boolean }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return { sample: buffer.subarray(0, bytesRead), whole: bytesRead < bytes };
  } finally {
    await handle.close();
  }
}

/** Opens a CSV file: detects its dialect from a sample (config settings win) and reads the header. */
export async function openCsvFile(file: string, settings: CsvSettings = {}): Promise<CsvStreamReader> {
  const { sample, whole } = await readSample(file);
  const dialect = detectCsvDialect(sample, settings, whole);
  const stream = createReadStream(file, { start: dialect.bomBytes, highWaterMark: 1 << 20 });
  return CsvStreamReader.open(stream as AsyncIterable<Uint8Array>, dialect);
}
