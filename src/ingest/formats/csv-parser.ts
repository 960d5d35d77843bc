/** One record of a CSV file as the parser found it. */
export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  /** Cells: `null` for an unquoted empty cell, `''` for a quoted empty one (`""`). */
  fields: (string | null)[];
  /** Why the record cannot be read (its cells are then unreliable); `raw` holds its text. */
  error?: string;
  raw?: string;
}

export interface CsvSyntax {
  delimiter: string;
  quote: string;
  escape: string;
}

/** Records longer than this are taken to be an unterminated quote. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const LF = 10;
const CR = 13;

/**
 * An incremental CSV parser over decoded text: `push` chunks, then `end`. It never throws on bad input:
 * a quote that is never closed or text after a closing quote becomes a record with `error`, and parsing
 * resumes on the next physical line, so one bad record never swallows the rest of the file. Empty lines
 * are skipped, as DuckDB skips them.
 */
export class CsvParser {
  private buffer = '';
  /** Line number of `buffer[0]`. */
  private line = 1;
  private readonly delim: number;
  private readonly quote: number;
  private readonly escape: number;

  constructor(
    syntax: CsvSyntax,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {
    this.delim = syntax.delimiter.charCodeAt(0);
    this.quote = syntax.quote.charCodeAt(0);
    this.escape = syntax.escape.charCodeAt(0);
  }

  push(text: string): void {
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
  }

  /** Parses whole records from the buffer; keeps an incomplete last record unless `final`. */
  private parse(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const result = this.record(s, pos, final);
      if (result === undefined) break; // incomplete: wait for more text
      pos = result;
    }
    this.buffer = pos >= n ? '' : s.slice(pos);
  }

  /** Reads one record at `start`; returns the position after it, or undefined when more text is needed. */
  private record(s: string, start: number, final: boolean): number | undefined {
    const n = s.length;
    const fields: (string | null)[] = [];
    let p = start;
    let newlines = 0;
    // an empty line is not a record
    if (s.charCodeAt(p) === LF || s.charCodeAt(p) === CR) {
      const after = this.lineEnd(s, p, final);
      if (after === undefined) return undefined;
      this.line += 1;
      return after;
    }
    for (;;) {
      if (p < n && s.charCodeAt(p) === this.quote) {
        // quoted field
        let value = '';
        let seg = p + 1;
        let q = p + 1;
        for (;;) {
          if (q >= n) {
            if (!final && n - start < MAX_RECORD_CHARS) return undefined;
            return this.recover(
              s,
              start,
              'unterminated quoted field (a quote is opened and never closed)',
              true,
            );
          }
          const c = s.charCodeAt(q);
          if (c === this.escape && this.escape !== this.quote) {
            if (q + 1 >= n && !final) return undefined;
            const next = s.charCodeAt(q + 1);
            if (next === this.quote || next === this.escape) {
              value += s.slice(seg, q) + s[q + 1];
              q += 2;
              seg = q;
              continue;
            }
          }
          if (c === this.quote) {
            if (q + 1 >= n && !final) return undefined;
            if (this.escape === this.quote && s.charCodeAt(q + 1) === this.quote) {
              value += s.slice(seg, q + 1);
              q += 2;
              seg = q;
              continue;
            }
            value += s.slice(seg, q);
            q += 1;
            break;
          }
          if (c === LF) newlines++;
          else if (c === CR && s.charCodeAt(q + 1) !== LF) newlines++;
          q++;
        }
        fields.push(value);
        p = q;
        if (p >= n) {
          if (!final) return undefined;
          break;
        }
        const c = s.charCodeAt(p);
        if (c === this.delim) {
          p++;
          continue;
        }
        if (c === LF || c === CR) break;
        return this.recover(s, start, 'unexpected text after a closing quote', final);
      }
      // unquoted field: up to the delimiter or the end of the line
      let q = p;
      while (q < n) {
        const c = s.charCodeAt(q);
        if (c === this.delim || c === LF || c === CR) break;
        q++;
      }
      if (q >= n && !final) return undefined;
      fields.push(q === p ? null : s.slice(p, q));
      p = q;
      if (p < n && s.charCodeAt(p) === this.delim) {
        p++;
        if (p >= n && final) {
          fields.push(null);
          break;
        }
        continue;
      }
      break;
    }
    const after = p >= n ? n : this.lineEnd(s, p, final);
    if (after === undefined) return undefined;
    this.onRecord({ line: this.line, fields });
    this.line += 1 + newlines;
    return after;
  }

  /** Position after the line break at `p` (CRLF, LF or CR). */
  private lineEnd(s: string, p: number, final: boolean): number | undefined {
    if (s.charCodeAt(p) === CR) {
      if (p + 1 >= s.length && !final) return undefined;
      return s.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
    }
    return p + 1;
  }

  /** Reports the record at `start` as unreadable and resumes after its first physical line. */
  private recover(s: string, start: number, reason: string, final: boolean): number | undefined {
    let end = start;
    while (end < s.length && s.charCodeAt(end) !== LF && s.charCodeAt(end) !== CR) end++;
    if (end >= s.length && !final) return undefined;
    this.onRecord({ line: this.line, fields: [], error: reason, raw: s.slice(start, end) });
    this.line += 1;
    return end >= s.length ? end : (this.lineEnd(s, end, true) ?? end);
  }
}
