import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveKey } from '../audit/key-store.js';
import { keyProblem } from './key-problem.js';

describe('keyProblem', () => {
  it('turns a key missing in production into a 503 with the key store code, without the path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-key-problem-'));
    try {
      const error = await resolveKey('onderzoek', { projectDir: dir, env: {}, mode: 'production' }).catch(
        (e: unknown) => e,
      );
      const problem = keyProblem(error);
      expect(problem).toMatchObject({ status: 503, code: 'GGM-A102' });
      expect(problem!.detail).not.toContain(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves other errors alone', () => {
    expect(keyProblem(new Error('x'))).toBeUndefined();
  });
});
