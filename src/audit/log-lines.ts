// Reading an audit log line by line as a stream: memory stays bounded by the longest line.
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

export interface LogLine {
  text: string;
  /** 1-based line number. */
  lineNo: number;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** False for a last line without its newline: a write that was cut off. */
  complete: boolean;
}

export async function* readLogLines(path: string): AsyncGenerator<LogLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let lineNo = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece;
      yield { text: bytes.toString('utf8'), lineNo: ++lineNo, offset, complete: true };
      offset += bytes.length + 1;
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  if (pendingBytes > 0) {
    yield { text: Buffer.concat(pending).toString('utf8'), lineNo: lineNo + 1, offset, complete: false };
  }
}

export interface LogTail {
  /** Byte offset just past the last newline: where the complete records end. */
  end: number;
  /** The last complete line, without its newline; absent in a log with no complete line. */
  lastLine?: string;
}

const TAIL_CHUNK = 64 * 1024;

/** Finds the last complete line by reading backwards from the end, never the whole file. */
export async function readLogTail(file: FileHandle, size: number): Promise<LogTail> {
  let position = size;
  let window = Buffer.alloc(0);
  while (position > 0) {
    const length = Math.min(TAIL_CHUNK, position);
    position -= length;
    const chunk = Buffer.alloc(length);
    await readFully(file, chunk, position);
    window = Buffer.concat([chunk, window]);
    const lastNewline = window.lastIndexOf(10);
    if (lastNewline === -1) continue;
    const previousNewline = lastNewline === 0 ? -1 : window.lastIndexOf(10, lastNewline - 1);
    if (previousNewline === -1 && position > 0) continue;
    return {
      end: position + lastNewline + 1,
      lastLine: window.subarray(previousNewline + 1, lastNewline).toString('utf8'),
    };
  }
  return { end: 0 };
}

export async function readFully(file: FileHandle, buffer: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await file.read(buffer, done, buffer.length - done, position + done);
    if (bytesRead === 0) throw new Error(`the audit log ended early at byte ${position + done}`);
    done += bytesRead;
  }
}
