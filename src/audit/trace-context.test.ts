import { describe, expect, it } from 'vitest';
import { formatTraceparent, newSpanId, newTraceId, parseTraceparent } from './trace-context.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('W3C Trace Context', () => {
  it('parses a valid traceparent and formats it back', () => {
    const header = `00-${TRACE}-${SPAN}-01`;
    expect(parseTraceparent(header)).toEqual({ version: '00', traceId: TRACE, parentId: SPAN, flags: '01' });
    expect(parseTraceparent(` ${header} `)?.traceId).toBe(TRACE);
    expect(formatTraceparent({ traceId: TRACE, spanId: SPAN })).toBe(header);
    expect(formatTraceparent({ traceId: TRACE, spanId: SPAN, flags: '00' })).toBe(`00-${TRACE}-${SPAN}-00`);
  });

  it.each([
    ['all-zero trace id', `00-${'0'.repeat(32)}-${SPAN}-01`],
    ['all-zero parent id', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-${SPAN}-01`],
    ['version ff', `ff-${TRACE}-${SPAN}-01`],
    ['another version (strict: only 00)', `01-${TRACE}-${SPAN}-01`],
    ['short trace id', `00-${TRACE.slice(1)}-${SPAN}-01`],
    ['long span id', `00-${TRACE}-${SPAN}0-01`],
    ['one-digit flags', `00-${TRACE}-${SPAN}-1`],
    ['non-hex flags', `00-${TRACE}-${SPAN}-zz`],
    ['trailing data', `00-${TRACE}-${SPAN}-01-extra`],
    ['wrong separators', `00_${TRACE}_${SPAN}_01`],
    ['empty', ''],
  ])('refuses %s', (_why, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });

  it('refuses a missing header and makes fresh non-zero ids', () => {
    expect(parseTraceparent(undefined)).toBeUndefined();
    expect(parseTraceparent(null)).toBeUndefined();
    const t = newTraceId();
    const s = newSpanId();
    expect(t).toMatch(/^[0-9a-f]{32}$/);
    expect(s).toMatch(/^[0-9a-f]{16}$/);
    expect(newTraceId()).not.toBe(t);
    expect(parseTraceparent(formatTraceparent({ traceId: t, spanId: s }))).toMatchObject({
      traceId: t,
      parentId: s,
    });
  });

  it('formatTraceparent refuses ids that are not hex of the right length', () => {
    expect(() => formatTraceparent({ traceId: 'x', spanId: SPAN })).toThrow(/trace id/);
    expect(() => formatTraceparent({ traceId: TRACE, spanId: '0'.repeat(16) })).toThrow(/span id/);
  });
});
