/** How far a long step is: files (load) or batches (build) done of the total known when it started. */
export interface StepProgress {
  unit: 'files' | 'batches';
  done: number;
  total: number;
  /** Rows loaded (load) or changed (build) so far. */
  rows: number;
  /** Passes so far (build: each pass is one transaction that applies one or more batches). */
  passes?: number;
  elapsedMs: number;
}

/** What a step calls after each unit of work; the throttle decides whether it becomes an event. */
export type ProgressReporter = (
  unit: StepProgress['unit'],
  done: number,
  total: number,
  rows: number,
  passes?: number,
) => void;

/**
 * Reports at most once per `everyMs` (the first after `everyMs`), so a step of many small units does
 * not flood the output; the last unit is left to the step's own end event.
 */
export function throttledProgress(
  emit: (p: StepProgress) => void,
  everyMs = 2000,
  now: () => number = Date.now,
): ProgressReporter {
  const started = now();
  let last = started;
  return (unit, done, total, rows, passes) => {
    const t = now();
    if (t - last < everyMs || done >= total) return;
    last = t;
    emit({ unit, done, total, rows, ...(passes !== undefined ? { passes } : {}), elapsedMs: t - started });
  };
}

/** `812/19,898 files, 40,120 rows, 14.2 files/s, about 23 min left`. */
export function describeProgress(p: StepProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const rate = p.done / Math.max(p.elapsedMs / 1000, 0.001);
  const parts = [`${n(p.done)}/${n(p.total)} ${p.unit}`, `${n(p.rows)} rows`];
  if (p.passes !== undefined) parts.push(`${n(p.passes)} pass(es)`);
  parts.push(`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} ${p.unit}/s`);
  if (rate > 0) parts.push(`about ${duration((p.total - p.done) / rate)} left`);
  return parts.join(', ');
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
