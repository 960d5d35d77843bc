import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMunicipalProject } from '../../test/helpers/municipal-project.js';
import { hasReleases, TEST_CACHE_DIR } from '../../test/helpers/releases.js';
import type { RunEvent } from './execute-run.js';
import { runProject } from './run-project.js';
import { describeProgress, throttledProgress, type StepProgress } from './step-progress.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

describe('step progress', () => {
  it('is throttled, and leaves the last unit to the end of the step', () => {
    let clock = 1000;
    const seen: StepProgress[] = [];
    const report = throttledProgress(
      (p) => seen.push(p),
      2000,
      () => clock,
    );
    for (let done = 1; done <= 10; done++) {
      clock += 900;
      report('files', done, 10, done * 5);
    }
    // every 2 s at the earliest (2.7 s, 5.4 s, 8.1 s); not at 9 s: the tenth file ends the step
    expect(seen.map((p) => [p.done, p.elapsedMs])).toEqual([
      [3, 2700],
      [6, 5400],
      [9, 8100],
    ]);
  });

  it('says what is done of the total, the rate and the time left', () => {
    expect(describeProgress({ unit: 'files', done: 812, total: 19898, rows: 40120, elapsedMs: 60_000 })).toBe(
      '812/19,898 files, 40,120 rows, 14 files/s, about 24 min left',
    );
    expect(
      describeProgress({ unit: 'batches', done: 3, total: 4, rows: 9, passes: 3, elapsedMs: 2000 }),
    ).toBe('3/4 batches, 9 rows, 3 pass(es), 1.5 batches/s, about 1 s left');
  });

  it.skipIf(!hasReleases())('is reported by ggm run inside its load and build steps', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-progress-'));
    try {
      await writeMunicipalProject(dir, {
        engine: 'duckdb:warehouse.duckdb',
        straten: { files: 4, perFile: 3 },
      });
      const events: Extract<RunEvent, { type: 'step-progress' }>[] = [];
      const result = await runProject(
        dir,
        { progressEveryMs: 0, batchBound: { maxBatches: 1, maxRows: 0 } },
        (e) => {
          if (e.type === 'step-progress') events.push(e);
        },
      );
      expect(result.status).toBe('succeeded');
      const of = (id: string) =>
        events
          .filter((e) => e.step.id === id)
          .map((e) => `${e.progress.done}/${e.progress.total} ${e.progress.unit}`);
      expect(of('load:straten')).toEqual(['1/4 files', '2/4 files', '3/4 files']);
      expect(of('build:straten')).toEqual(['1/4 batches', '2/4 batches', '3/4 batches']);
      const build = events.filter((e) => e.step.id === 'build:straten').map((e) => e.progress);
      expect(build.map((p) => p.passes)).toEqual([1, 2, 3]);
      expect(build[2]!.rows).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
