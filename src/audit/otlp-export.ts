// LDV records as OpenTelemetry traces in OTLP/JSON (ExportTraceServiceRequest), the delivery the LDV
// standard recommends. The standard wants one record per data subject: a record about several people
// becomes its own span plus one child span per person, with span ids derived from the record's hash so
// an export can be repeated and gives the same ids.
import { createHash } from 'node:crypto';
import type { LdvRecord } from './ldv-record.js';

export interface OtlpResource {
  /** `service.name`, e.g. `ggm-platform`. */
  serviceName: string;
  serviceVersion?: string;
  /** More resource attributes, e.g. a CMDB reference. */
  attributes?: Record<string, string>;
}

export interface OtlpExportOptions {
  /**
   * The LDV standard keeps user identities out of the logbook (they belong in a separate BIO audit log,
   * linked by span id): the user is exported only when asked. Roles and the outcome are always exported.
   */
  includeUser?: boolean;
}

type AnyValue = { stringValue: string } | { intValue: string } | { arrayValue: { values: AnyValue[] } };
export interface OtlpAttribute {
  key: string;
  value: AnyValue;
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** 1: SPAN_KIND_INTERNAL. */
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpAttribute[];
  links?: { traceId: string; spanId: string; attributes: OtlpAttribute[] }[];
  status: { code: number; message?: string };
}

export interface OtlpTraceRequest {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { scope: { name: string; version?: string }; spans: OtlpSpan[] }[];
  }[];
}

export const OTLP_SCOPE = 'ggm-platform/audit';

export function toOtlpJson(
  records: readonly LdvRecord[],
  resource: OtlpResource,
  options: OtlpExportOptions = {},
): OtlpTraceRequest {
  const resourceAttributes = [
    str('service.name', resource.serviceName),
    ...(resource.serviceVersion ? [str('service.version', resource.serviceVersion)] : []),
    ...Object.entries(resource.attributes ?? {}).map(([k, v]) => str(k, v)),
  ];
  return {
    resourceSpans: [
      {
        resource: { attributes: resourceAttributes },
        scopeSpans: [
          {
            scope: {
              name: OTLP_SCOPE,
              ...(resource.serviceVersion ? { version: resource.serviceVersion } : {}),
            },
            spans: records.flatMap((r) => recordSpans(r, options)),
          },
        ],
      },
    ],
  };
}

function recordSpans(record: LdvRecord, options: OtlpExportOptions): OtlpSpan[] {
  const base = baseSpan(record, options);
  const subjects = record.dataSubjects;
  if (subjects.length <= 1) {
    return [{ ...base, attributes: [...base.attributes, ...subjects.flatMap(subjectAttributes)] }];
  }
  const children = subjects.map((subject, i): OtlpSpan => ({
    ...base,
    spanId: childSpanId(record.hash, i),
    parentSpanId: record.spanId,
    links: undefined,
    attributes: [...base.attributes, ...subjectAttributes(subject), int('ggm.data_subject_index', i)],
  }));
  return [base, ...children].map(dropUndefined);
}

function baseSpan(record: LdvRecord, options: OtlpExportOptions): OtlpSpan {
  const attributes: OtlpAttribute[] = [];
  if (record.processingActivityId)
    attributes.push(str('dpl.core.processing_activity_id', record.processingActivityId));
  if (record.foreignOperation) {
    attributes.push(str('dpl.core.foreign_operation.processor', record.foreignOperation.entity));
  }
  attributes.push(str('ggm.outcome', record.outcome));
  attributes.push({
    key: 'ggm.actor.roles',
    value: { arrayValue: { values: record.actor.roles.map((r) => ({ stringValue: r })) } },
  });
  if (options.includeUser) attributes.push(str('ggm.actor.user', record.actor.user));
  if (record.detail !== undefined) attributes.push(str('ggm.detail', record.detail));
  attributes.push(int('ggm.audit.sequence', record.sequence));
  attributes.push(str('ggm.audit.previous_hash', record.previousHash));
  attributes.push(str('ggm.audit.hash', record.hash));
  const span: OtlpSpan = {
    traceId: record.traceId,
    spanId: record.spanId,
    ...(record.parentSpanId ? { parentSpanId: record.parentSpanId } : {}),
    name: record.name,
    kind: 1,
    startTimeUnixNano: msToNanos(record.startTime),
    endTimeUnixNano: msToNanos(record.endTime),
    attributes,
    status: {
      code: record.statusCode,
      ...(record.statusCode === 2 && record.detail ? { message: record.detail } : {}),
    },
  };
  if (record.foreignOperation) {
    span.links = [
      {
        traceId: record.foreignOperation.traceId,
        spanId: record.foreignOperation.spanId,
        attributes: [str('dpl.core.foreign_operation.processor', record.foreignOperation.entity)],
      },
    ];
  }
  return span;
}

function subjectAttributes(subject: LdvRecord['dataSubjects'][number]): OtlpAttribute[] {
  return [str('dpl.core.data_subject_id', subject.id), str('dpl.core.data_subject_id_type', subject.type)];
}

/** 8 bytes of sha256(record hash, index): stable across exports, distinct per subject. */
function childSpanId(recordHash: string, index: number): string {
  return createHash('sha256').update(`${recordHash}:${index}`).digest('hex').slice(0, 16);
}

/** Milliseconds as a decimal string of nanoseconds, exact beyond 2^53 (OTLP/JSON writes uint64 as strings). */
function msToNanos(ms: number): string {
  return (BigInt(ms) * 1_000_000n).toString();
}

function str(key: string, value: string): OtlpAttribute {
  return { key, value: { stringValue: value } };
}

function int(key: string, value: number): OtlpAttribute {
  return { key, value: { intValue: String(value) } };
}

function dropUndefined(span: OtlpSpan): OtlpSpan {
  return Object.fromEntries(Object.entries(span).filter(([, v]) => v !== undefined)) as unknown as OtlpSpan;
}
