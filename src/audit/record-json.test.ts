import { describe, expect, it } from 'vitest';
import { sampleInput } from './audit-test-support.js';
import { canonicalJson } from './canonical-json.js';
import { chainCheckedRecord, chainRecord, checkRecordInput, computeRecordHash } from './record-chain.js';
import { recordJsonPair } from './record-json.js';

describe('recordJsonPair', () => {
  const shapes = {
    plain: sampleInput(1),
    subject: sampleInput(2, ['111222333']),
    bare: (() => {
      const { detail: _d, processingActivityId: _p, ...rest } = sampleInput(3);
      return { ...rest, actor: { user: 'q"uote\\ \u00e9 \u2028', roles: [] } };
    })(),
    child: { ...sampleInput(4, ['123456782']), parentSpanId: 'a'.repeat(16), statusCode: 2 as const },
    foreign: {
      ...sampleInput(5),
      foreignOperation: { traceId: 'b'.repeat(32), spanId: 'c'.repeat(16), entity: 'https://x.example/€' },
    },
  };

  for (const [name, input] of Object.entries(shapes)) {
    it(`writes the same text as canonicalJson, hash and all (${name})`, () => {
      const unhashed = { ...checkRecordInput(input), sequence: 7, previousHash: 'd'.repeat(64) };
      const pair = recordJsonPair(unhashed);
      expect(pair.unhashed).toBe(canonicalJson(unhashed));
      expect(pair.withHash('e'.repeat(64))).toBe(canonicalJson({ ...unhashed, hash: 'e'.repeat(64) }));
      // the writer's fast chaining gives the record and hash the generic path gives
      const fast = chainCheckedRecord(checkRecordInput(input), 7, 'd'.repeat(64));
      expect(fast.record).toEqual(chainRecord(checkRecordInput(input), 7, 'd'.repeat(64)));
      expect(computeRecordHash(JSON.parse(fast.line))).toBe(fast.record.hash);
      expect(fast.line).toBe(canonicalJson(fast.record));
    });
  }
});
