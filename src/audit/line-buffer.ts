// A growable byte buffer the writer puts a batch's lines into: text is encoded straight into it, so a
// batch is never one long string first (a string built from thousands of pieces is slow to turn into
// bytes, and its pieces are garbage to collect).
export class LineBuffer {
  private buffer: Buffer;
  private end = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  get length(): number {
    return this.end;
  }

  /** Empties it, keeping its memory. */
  reset(): void {
    this.end = 0;
  }

  /** Any text, as UTF-8. */
  text(value: string): void {
    this.reserve(value.length * 3);
    this.end += this.buffer.write(value, this.end, 'utf8');
  }

  /** Text known to be ASCII (hex digits, decimal numbers): one byte per character. */
  ascii(value: string): void {
    this.reserve(value.length);
    this.end += this.buffer.write(value, this.end, 'latin1');
  }

  bytes(value: Buffer): void {
    this.reserve(value.length);
    this.end += value.copy(this.buffer, this.end);
  }

  /** Bytes `start`…`end` of another LineBuffer. */
  copyFrom(other: LineBuffer, start: number, end: number): void {
    this.reserve(end - start);
    this.end += other.buffer.copy(this.buffer, this.end, start, end);
  }

  /** The bytes written so far (a view: valid until the next write or reset). */
  view(start = 0, end = this.end): Buffer {
    return this.buffer.subarray(start, end);
  }

  private reserve(bytes: number): void {
    if (this.end + bytes <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.end + bytes) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.buffer.copy(grown, 0, 0, this.end);
    this.buffer = grown;
  }
}
