import { SaxesParser } from 'saxes';

/** One `bagObject` element cut from the stream, with the line its start tag is on and its ordinal. */
export interface BagObjectChunk {
  kind: 'object';
  xml: string;
  line: number;
  index: number;
}

/** The document around the objects is malformed, or the stream ends inside an object. */
export interface SplitProblem {
  kind: 'problem';
  reason: 'malformed' | 'truncated';
  message: string;
  line: number;
  index: number;
  xml: string;
}

export type SplitItem = BagObjectChunk | SplitProblem;

const OBJECT_START = /<((?:[A-Za-z_][\w.-]*:)?bagObject)(?=[\s/>])/g;
/** Longest text kept back when no start tag is found, in case a tag is split over two chunks. */
const TAIL = 64;

/**
 * Cuts a BAG extract's text into its `bagObject` elements, so each object can be parsed on its own and a
 * malformed one is quarantined while the rest continues. The text around the objects (the envelope:
 * `bagStand`, `bagInfo`, `standBestand` …) goes through its own SAX parser with the objects replaced by
 * their newlines, so the envelope is still checked for well-formedness and every line number is exact.
 * Holds at most one chunk plus one object in memory. Assumes no `bagObject` start tag inside a comment or
 * CDATA section, which BAG extracts do not have.
 */
export class BagXmlSplitter {
  private buffer = '';
  private line = 1;
  private index = 0;
  /** Name of the open object's element (`sl-bag-extract:bagObject`), while inside one. */
  private openName: string | undefined;
  private searchFrom = 0;
  private readonly envelope = new SaxesParser({ xmlns: false, position: true });
  private envelopeError: { message: string; line: number } | undefined;

  constructor() {
    this.envelope.on('error', (error) => {
      this.envelopeError ??= { message: error.message.replace(/^\d+:\d+: /, ''), line: this.envelope.line };
    });
  }

  /** Feeds decoded text; returns the objects (and problems) completed by it. */
  push(text: string): SplitItem[] {
    this.buffer += text;
    const out: SplitItem[] = [];
    for (;;) {
      if (this.openName === undefined) {
        if (!this.findStart()) break;
      }
      const item = this.findEnd();
      if (!item) break;
      out.push(item);
    }
    this.reportEnvelope(out);
    return out;
  }

  /** The line the text fed so far ends on. */
  lineAtEnd(): number {
    return this.line + countNewlines(this.buffer);
  }

  /** Ends the stream: an open object is truncated; the envelope must be complete. */
  end(): SplitItem[] {
    const out: SplitItem[] = [];
    if (this.openName !== undefined) {
      out.push({
        kind: 'problem',
        reason: 'truncated',
        message: `the file ends inside bagObject ${this.index + 1}, which is not closed`,
        line: this.line,
        index: this.index + 1,
        xml: this.buffer,
      });
      return out;
    }
    this.feedEnvelope(this.buffer);
    this.buffer = '';
    if (!this.envelopeError) {
      this.envelope.close();
    }
    this.reportEnvelope(out);
    return out;
  }

  /** Moves up to the next object start tag (feeding the text before it to the envelope). */
  private findStart(): boolean {
    OBJECT_START.lastIndex = 0;
    const match = OBJECT_START.exec(this.buffer);
    if (!match) {
      const keep = Math.min(TAIL, this.buffer.length);
      this.feedEnvelope(this.buffer.slice(0, this.buffer.length - keep));
      this.buffer = this.buffer.slice(this.buffer.length - keep);
      return false;
    }
    this.feedEnvelope(this.buffer.slice(0, match.index));
    this.buffer = this.buffer.slice(match.index);
    this.openName = match[1]!;
    this.searchFrom = 0;
    return true;
  }

  /** The open object when its end tag (or the end of a self-closing start tag) is in the buffer. */
  private findEnd(): BagObjectChunk | undefined {
    const name = this.openName!;
    let end: number;
    const startEnd = this.buffer.indexOf('>');
    if (startEnd > 0 && this.buffer[startEnd - 1] === '/') {
      end = startEnd + 1;
    } else {
      const closeEnd = this.findCloseTag(`</${name}`);
      if (closeEnd < 0) return undefined;
      end = closeEnd + 1;
    }
    const xml = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    this.openName = undefined;
    this.index++;
    const item: BagObjectChunk = { kind: 'object', xml, line: this.line, index: this.index };
    const newlines = countNewlines(xml);
    this.line += newlines;
    // The envelope sees the object as whitespace, so its line numbers stay those of the file.
    if (newlines > 0) this.writeEnvelope('\n'.repeat(newlines));
    return item;
  }

  /**
   * The `>` of the object's end tag, or -1 while it is not in the buffer yet (the search then resumes
   * where it stopped). `</x:bagObjectFoo>` is not the end tag of `x:bagObject`.
   */
  private findCloseTag(closeTag: string): number {
    for (;;) {
      const close = this.buffer.indexOf(closeTag, this.searchFrom);
      if (close < 0) {
        this.searchFrom = Math.max(0, this.buffer.length - closeTag.length);
        return -1;
      }
      const after = close + closeTag.length;
      if (after >= this.buffer.length) {
        this.searchFrom = close;
        return -1;
      }
      if (/[\s>]/.test(this.buffer[after]!)) {
        const closeEnd = this.buffer.indexOf('>', after);
        if (closeEnd < 0) this.searchFrom = close;
        return closeEnd;
      }
      this.searchFrom = close + 1;
    }
  }

  private feedEnvelope(text: string): void {
    if (text === '') return;
    this.line += countNewlines(text);
    this.writeEnvelope(text);
  }

  private writeEnvelope(text: string): void {
    if (!this.envelopeError) this.envelope.write(text);
  }

  private reported = false;

  private reportEnvelope(out: SplitItem[]): void {
    if (!this.envelopeError || this.reported) return;
    this.reported = true;
    out.push({
      kind: 'problem',
      reason: 'malformed',
      message: `malformed XML outside the objects: ${this.envelopeError.message}`,
      line: this.envelopeError.line,
      index: 0,
      xml: '',
    });
  }
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
