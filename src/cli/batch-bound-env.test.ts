import { describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_BOUND } from '../compiler/passes/batch-set-pass.js';
import { batchBoundFromEnv } from './batch-bound-env.js';

describe('the batch bound of a build', () => {
  it('defaults, and is read from GGM_BATCHES_PER_PASS and GGM_ROWS_PER_PASS', () => {
    expect(batchBoundFromEnv({})).toEqual(DEFAULT_BATCH_BOUND);
    expect(batchBoundFromEnv({ GGM_BATCHES_PER_PASS: '1' })).toEqual({
      maxBatches: 1,
      maxRows: DEFAULT_BATCH_BOUND.maxRows,
    });
    expect(batchBoundFromEnv({ GGM_BATCHES_PER_PASS: ' 20 ', GGM_ROWS_PER_PASS: '5000' })).toEqual({
      maxBatches: 20,
      maxRows: 5000,
    });
  });

  it('refuses a value that is no count, naming the variable', () => {
    expect(() => batchBoundFromEnv({ GGM_BATCHES_PER_PASS: '0' })).toThrow(/GGM_BATCHES_PER_PASS/);
    expect(() => batchBoundFromEnv({ GGM_ROWS_PER_PASS: 'many' })).toThrow(/GGM_ROWS_PER_PASS .*"many"/);
  });
});
