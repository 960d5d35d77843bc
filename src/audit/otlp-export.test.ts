import { describe, expect, it } from 'vitest';
import { sampleInput } from './audit-test-support.js';
import { chainRecord, GENESIS_HASH } from './record-chain.js';
import { toOtlpJson } from './otlp-export.js';
import { perSubjectRecords } from './subject-records.js';

const resource = {
  serviceName: 'ggm-platform',
  serviceVersion: '0.1.0',
  attributes: { 'ggm.gemeente': 'Voorbeeld' },
};

describe('toOtlpJson', () => {
  it('writes an ExportTraceServiceRequest with the dpl.core attributes, nanosecond strings and the status', () => {
    const one = chainRecord(sampleInput(1, ['111222333']), 0, GENESIS_HASH);
    const request = toOtlpJson([one], resource);
    expect(request.resourceSpans).toHaveLength(1);
    const [rs] = request.resourceSpans;
    expect(rs!.resource.attributes).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'ggm-platform' },
    });
    expect(rs!.resource.attributes).toContainEqual({
      key: 'ggm.gemeente',
      value: { stringValue: 'Voorbeeld' },
    });
    expect(rs!.scopeSpans[0]!.scope.name).toBe('ggm-platform/audit');
    const [span] = rs!.scopeSpans[0]!.spans;
    expect(span).toMatchObject({
      traceId: one.traceId,
      spanId: one.spanId,
      name: one.name,
      kind: 1,
      startTimeUnixNano: `${one.startTime}000000`,
      endTimeUnixNano: `${one.endTime}000000`,
      status: { code: 0 },
    });
    const attrs = Object.fromEntries(span!.attributes.map((a) => [a.key, a.value]));
    expect(attrs['dpl.core.processing_activity_id']).toEqual({ stringValue: one.processingActivityId });
    expect(attrs['dpl.core.data_subject_id']).toEqual({ stringValue: one.dataSubjects[0]!.id });
    expect(attrs['dpl.core.data_subject_id_type']).toEqual({ stringValue: 'BSN' });
    expect(attrs['ggm.audit.sequence']).toEqual({ intValue: '0' });
    expect(attrs['ggm.audit.hash']).toEqual({ stringValue: one.hash });
    expect(attrs['ggm.actor.roles']).toEqual({ arrayValue: { values: [{ stringValue: 'wmo-consulent' }] } });
    expect(attrs['ggm.actor.user']).toBeUndefined();
    const withUser = toOtlpJson([one], resource, { includeUser: true }).resourceSpans[0]!.scopeSpans[0]!
      .spans[0]!;
    expect(withUser.attributes).toContainEqual({
      key: 'ggm.actor.user',
      value: { stringValue: 'medewerker-1' },
    });
    expect(JSON.parse(JSON.stringify(request))).toEqual(request);
  });

  it('per-subject records (the server writes them) export as the operation span and a child span each', () => {
    const { dataSubjects: _none, ...operation } = sampleInput(3);
    const subjects = sampleInput(3, ['111222333', '123456782']).dataSubjects;
    let previous = GENESIS_HASH;
    const records = perSubjectRecords(operation, subjects).map((input, i) => {
      const record = chainRecord(input, i, previous);
      previous = record.hash;
      return record;
    });
    const spans = toOtlpJson(records, resource).resourceSpans[0]!.scopeSpans[0]!.spans;
    expect(spans).toHaveLength(3);
    const [parent, ...children] = spans;
    expect(parent!.spanId).toBe(operation.spanId);
    expect(parent!.attributes.some((a) => a.key === 'dpl.core.data_subject_id')).toBe(false);
    expect(children.map((c) => c.parentSpanId)).toEqual([operation.spanId, operation.spanId]);
    expect(children.map((c) => c.spanId)).toEqual(records.slice(1).map((r) => r.spanId));
    expect(children.map((c) => c.traceId)).toEqual([operation.traceId, operation.traceId]);
    expect(
      children.map((c) => c.attributes.find((a) => a.key === 'dpl.core.data_subject_id')!.value),
    ).toEqual(subjects.map((s) => ({ stringValue: s.id })));
  });

  it('an older record about two people (before per-subject records) is a parent span with two children', () => {
    const two = chainRecord(
      { ...sampleInput(2, ['111222333', '123456782']), statusCode: 2 },
      3,
      GENESIS_HASH,
    );
    const spans = toOtlpJson([two], resource).resourceSpans[0]!.scopeSpans[0]!.spans;
    expect(spans).toHaveLength(3);
    const [parent, ...children] = spans;
    expect(parent!.attributes.some((a) => a.key === 'dpl.core.data_subject_id')).toBe(false);
    expect(parent!.status).toEqual({ code: 2, message: two.detail });
    expect(children.map((c) => c.parentSpanId)).toEqual([two.spanId, two.spanId]);
    expect(new Set(children.map((c) => c.spanId)).size).toBe(2);
    for (const c of children) expect(c.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(
      children.map((c) => c.attributes.find((a) => a.key === 'dpl.core.data_subject_id')!.value),
    ).toEqual(two.dataSubjects.map((s) => ({ stringValue: s.id })));
    // stable ids: the same export twice gives the same spans
    expect(toOtlpJson([two], resource)).toEqual(toOtlpJson([two], resource));
  });
});
