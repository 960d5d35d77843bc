// W3C Trace Context on the API: an incoming `traceparent` is honoured (its trace continues, its span is
// the parent), otherwise a new trace starts; every response carries the server's own `traceparent`.
import { formatTraceparent, newSpanId, newTraceId, parseTraceparent } from '../audit/trace-context.js';

export interface RequestTrace {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

export function traceOf(header: string | string[] | undefined): RequestTrace {
  const parent = typeof header === 'string' ? parseTraceparent(header) : undefined;
  if (parent) return { traceId: parent.traceId, spanId: newSpanId(), parentSpanId: parent.parentId };
  return { traceId: newTraceId(), spanId: newSpanId() };
}

export function traceparentOf(trace: RequestTrace): string {
  return formatTraceparent(trace);
}
