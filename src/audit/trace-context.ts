// W3C Trace Context (https://www.w3.org/TR/trace-context/): the `traceparent` header that carries one
// processing's trace id from application to application, as the LDV standard requires over HTTP.
import { randomHex } from './random-hex.js';

export interface TraceParent {
  version: '00';
  /** 32 lowercase hex digits, not all zeros. */
  traceId: string;
  /** The caller's span: 16 lowercase hex digits, not all zeros. */
  parentId: string;
  /** Trace flags, two hex digits (bit 0: sampled). */
  flags: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Parses a `traceparent` header strictly: version 00 only, lowercase hex, ids not all zeros, nothing
 * before or after. Anything else is `undefined`: the receiver then starts a new trace, as the spec says.
 */
export function parseTraceparent(header: string | undefined | null): TraceParent | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header.trim());
  if (!match) return undefined;
  const [, traceId, parentId, flags] = match as unknown as [string, string, string, string];
  if (isAllZeros(traceId) || isAllZeros(parentId)) return undefined;
  return { version: '00', traceId, parentId, flags };
}

export function formatTraceparent(context: { traceId: string; spanId: string; flags?: string }): string {
  if (!isTraceId(context.traceId)) throw new Error('formatTraceparent: the trace id is not 32 hex digits');
  if (!isSpanId(context.spanId)) throw new Error('formatTraceparent: the span id is not 16 hex digits');
  const flags = context.flags ?? '01';
  if (!/^[0-9a-f]{2}$/.test(flags)) throw new Error('formatTraceparent: the flags are not two hex digits');
  return `00-${context.traceId}-${context.spanId}-${flags}`;
}

export function newTraceId(): string {
  return randomNonZeroHex(16);
}

export function newSpanId(): string {
  return randomNonZeroHex(8);
}

export function isTraceId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value) && !isAllZeros(value);
}

export function isSpanId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value) && !isAllZeros(value);
}

function isAllZeros(hex: string): boolean {
  return /^0+$/.test(hex);
}

function randomNonZeroHex(bytes: number): string {
  for (;;) {
    const hex = randomHex(bytes);
    if (!isAllZeros(hex)) return hex;
  }
}
