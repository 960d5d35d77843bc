// Where a page's first load spends its time, read from the browser's Navigation and Resource Timing
// entries: the document, each script, style sheet and API call (start, server time, end, bytes on the
// wire) and the first paint, so a FIRST_LOAD figure comes with its explanation.
import type { BrowserContext, Page } from 'playwright-core';

export interface TimingEntry {
  /** Path and query of the URL (the origin is always the test server's). */
  name: string;
  kind: string;
  startMs: number;
  /** Request sent → first byte: the server's time plus the local round trip. */
  serverMs: number;
  endMs: number;
  /** Bytes over the wire (0 when served from the browser's cache) and the decoded body. */
  transferBytes: number;
  bodyBytes: number;
  encodedBytes: number;
}

export interface FirstLoadTiming {
  entries: TimingEntry[];
  domContentLoadedMs: number;
  firstContentfulPaintMs: number | undefined;
}

/** The timing entries of the page's current document (read in the page; the test has no DOM types). */
export async function firstLoadTiming(page: Page): Promise<FirstLoadTiming> {
  return page.evaluate<FirstLoadTiming>(`(() => {
    const entry = (e, kind) => ({
      name: (() => { const u = new URL(e.name); return u.pathname + u.search; })(),
      kind,
      startMs: e.startTime,
      serverMs: e.responseStart > 0 && e.requestStart > 0 ? e.responseStart - e.requestStart : 0,
      endMs: e.responseEnd,
      transferBytes: e.transferSize,
      bodyBytes: e.decodedBodySize,
      encodedBytes: e.encodedBodySize,
    });
    const [nav] = performance.getEntriesByType('navigation');
    const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
    return {
      entries: [
        entry(nav, 'document'),
        ...performance.getEntriesByType('resource').map((e) => entry(e, e.initiatorType)),
      ],
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      firstContentfulPaintMs: fcp ? fcp.startTime : undefined,
    };
  })()`);
}

const ms = (n: number) => `${Math.round(n)}`.padStart(5);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One line per entry in start order, with the moments and sizes that explain the total. */
export function describeFirstLoad(timing: FirstLoadTiming): string {
  const lines = [...timing.entries]
    .sort((a, b) => a.startMs - b.startMs)
    .map(
      (e) =>
        `  ${ms(e.startMs)} → ${ms(e.endMs)} ms  server ${ms(e.serverMs)} ms  ` +
        `${e.transferBytes === 0 && e.kind !== 'document' ? 'cache' : kb(e.transferBytes)} ` +
        `(${kb(e.encodedBytes)} encoded, ${kb(e.bodyBytes)} body)  ${e.kind} ${e.name}`,
    );
  const fcp = timing.firstContentfulPaintMs;
  return [
    `  DOMContentLoaded ${Math.round(timing.domContentLoadedMs)} ms, first contentful paint ` +
      `${fcp === undefined ? '-' : Math.round(fcp)} ms`,
    ...lines,
  ].join('\n');
}

/**
 * Before the page loads: watches the DOM and notes `performance.now()` at the first frame after
 * `condition` (a JavaScript expression, evaluated in the page) holds. The moment the user sees the
 * content, without the polling delay of the test's own waits; read it with `contentReadyMs`.
 */
export async function watchContentReady(context: BrowserContext, condition: string): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const ready = () => { try { return Boolean(${condition}); } catch { return false; } };
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        // the frame that shows it: noted at the start of the frame after it was drawn
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__ggmContentReadyMs = performance.now(); }));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    })();`,
  });
}

/** The moment `watchContentReady` noted (undefined if the content never appeared). */
export async function contentReadyMs(page: Page): Promise<number | undefined> {
  // polled through the DevTools protocol: a waitForFunction predicate would be an eval, which the
  // app's Content-Security-Policy refuses
  for (let waited = 0; waited < 10_000; waited += 50) {
    const ms = await page.evaluate<number | undefined>('window.__ggmContentReadyMs');
    if (ms !== undefined) return ms;
    await page.waitForTimeout(50);
  }
  return undefined;
}
