import { DEFAULT_BATCH_BOUND } from '../compiler/passes/batch-set-pass.js';
import type { BatchBound } from '../compiler/plan/load-plan.js';

/**
 * GGM_BATCHES_PER_PASS and GGM_ROWS_PER_PASS over the defaults; a value that is no count is refused.
 * Read here, by the command, and handed to the project service: the plan carries the bound, the
 * compiled SQL is of its form, and the executor reads no environment.
 */
export function batchBoundFromEnv(env: NodeJS.ProcessEnv = process.env): BatchBound {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (text === undefined || text === '') return fallback;
    if (!/^[1-9][0-9]*$/.test(text))
      throw new Error(`${name} must be a whole number of at least 1, not "${text}"`);
    return Number(text);
  };
  return {
    maxBatches: read('GGM_BATCHES_PER_PASS', DEFAULT_BATCH_BOUND.maxBatches),
    maxRows: read('GGM_ROWS_PER_PASS', DEFAULT_BATCH_BOUND.maxRows),
  };
}
