/** Helpers every benchmark uses, so all of them report the same way. */

export interface Timing {
  /** Median wall time in milliseconds over the runs. */
  ms: number;
  runs: number[];
}

/** Runs `fn` `warmup` times unmeasured, then `repeat` times, and returns the median. */
export async function time(fn: () => Promise<unknown> | unknown, repeat = 5, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, runs };
}

/** Tracks the peak resident set size while a benchmark runs (`memoryUsage.rss()`: cheap, no heap walk). */
export function trackPeakMemory(intervalMs = 20): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The one line every benchmark ends with:
 * `RESULT <name> <figure>=<value> baseline=<value> ratio=<value>`; ratio = ours / baseline, and for time
 * figures lower is better. `extra` adds key=value pairs (peak memory, throughput) before the ratio.
 */
export function resultLine(
  name: string,
  figure: string,
  value: number,
  baseline: number,
  extra: Record<string, string | number> = {},
  direction: 'lower-is-better' | 'higher-is-better' = 'lower-is-better',
): string {
  const pairs = Object.entries(extra).map(([k, v]) => `${k}=${v}`);
  return [
    'RESULT',
    name,
    `${figure}=${round(value)}`,
    `baseline=${round(baseline)}`,
    ...pairs,
    `ratio=${round(value / baseline, 3)}`,
    `(${direction})`,
  ].join(' ');
}
