/** Page-side measurements for the bench, as strings (tsx would wrap functions in a __name the page lacks). */
import type { CDPSession, Page } from 'playwright';

export const READY = "performance.getEntriesByName('atlas:ready').length > 0";
export const READY_AT = "performance.getEntriesByName('atlas:ready')[0].startTime";

const START_FRAMES = `(() => { window.__frames = []; window.__rec = true; let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__rec) requestAnimationFrame(tick); };
  requestAnimationFrame(tick); })()`;
const STOP_FRAMES = '(() => { window.__rec = false; return window.__frames.slice(1); })()';
/**
 * A first visit's service worker installs after atlas:ready (src/features/offline/register-sw.ts),
 * precaching every file of the build, the dataset too. The interaction figures wait for it, as on
 * any later visit: a one-off background download is not what a pan or a cursor step costs.
 */
export const SERVICE_WORKER_INSTALLED = `Promise.race([
  navigator.serviceWorker.ready.then(() => 'installed'),
  new Promise((resolve) => setTimeout(() => resolve('no service worker after 120 s'), 120000)),
])`;
const NEXT_FRAME = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

export const median = (values: number[]) => quantile(values, 0.5);
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * A point of `selector` where the map's canvas itself is under the pointer (not a callout or a
 * control drawn over it), as near its middle as can be: a drag that starts on a callout pans nothing.
 */
const CANVAS_POINT = (selector: string) => `(() => {
  const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  for (let ring = 0; ring < 12; ring++)
    for (let dx = -ring; dx <= ring; dx++)
      for (let dy = -ring; dy <= ring; dy++) {
        const x = cx + dx * 24, y = cy + dy * 24;
        if (document.elementFromPoint(x, y)?.tagName === 'CANVAS' && document.elementFromPoint(x + 240, y + 90)?.tagName === 'CANVAS' && document.elementFromPoint(x - 240, y - 90)?.tagName === 'CANVAS') return [x, y];
      }
  throw new Error('no free point of the map canvas to drag from');
})()`;

/** rAF intervals during three drag-pans back and forth from a free point of the map's canvas. */
export async function dragPanFrames(page: Page, selector: string): Promise<number[]> {
  const [cx, cy] = (await page.evaluate(CANVAS_POINT(selector))) as [number, number];
  await page.evaluate(START_FRAMES);
  for (let round = 0; round < 3; round++) {
    for (const sign of [-1, 1]) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 30; step++)
        await page.mouse.move(cx + sign * step * 8, cy + sign * step * 3);
      await page.mouse.up();
    }
  }
  await page.evaluate(NEXT_FRAME);
  return page.evaluate(STOP_FRAMES) as Promise<number[]>;
}

/** Main-thread script time (CDP ScriptDuration) of each step, up to the second frame after it, in ms. */
async function scriptPerStep(
  page: Page,
  cdp: CDPSession,
  steps: number,
  step: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const script = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const before = await script();
    await step(i);
    await page.evaluate(NEXT_FRAME);
    times.push((await script()) - before);
  }
  return times;
}

/** Script time of each time-cursor key press: the app's work and its map's redraw. */
export async function cursorMoves(page: Page, cdp: CDPSession, moves: number): Promise<number[]> {
  await page.locator('[role=slider]').first().focus();
  // Back and forth over the first steps, so the cursor never runs into an end.
  return scriptPerStep(page, cdp, moves, (i) => page.keyboard.press(i % 8 < 4 ? 'ArrowRight' : 'ArrowLeft'));
}

/**
 * The same measure on the bare page, each step a redraw of its map (`#map`'s handle): what one
 * frame of maplibre costs in script on this machine, where WebGL is software and every gl call
 * is slow. A cursor move redraws the atlas's map too; this is the part the app cannot remove.
 */
export async function bareMapFrames(page: Page, cdp: CDPSession, frames: number): Promise<number[]> {
  return scriptPerStep(page, cdp, frames, () =>
    page.evaluate("document.getElementById('map').__map.triggerRepaint()"),
  );
}

/**
 * Event Timing (what INP is made of): for each trusted keydown from here on, the time from the key
 * press to the next paint after its handlers. Chromium reports only events of 16 ms or more; the
 * others count as under a frame.
 */
export const OBSERVE_KEY_PAINTS = `(() => { window.__keyPaints = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'keydown') window.__keyPaints.push(e.duration); })
    .observe({ type: 'event', durationThreshold: 16 }); })()`;

/** The keydown durations of at least 16 ms since OBSERVE_KEY_PAINTS, once the entries are in. */
export async function keyPaints(page: Page): Promise<number[]> {
  await page.evaluate(NEXT_FRAME);
  await page.evaluate('new Promise((r) => setTimeout(r, 0))');
  return page.evaluate('window.__keyPaints.splice(0)') as Promise<number[]>;
}

/** The figures of `count` events of which only `reported` (the ones of 16 ms or more) were reported. */
export function withUnreported(reported: number[], count: number): number[] {
  return [...reported, ...Array<number>(Math.max(0, count - reported.length)).fill(0)];
}

/** Script time of a click on each of the first `count` sites of the list, to the second frame after it. */
export async function selectionScript(page: Page, cdp: CDPSession, count: number): Promise<number[]> {
  return scriptPerStep(page, cdp, count, (i) =>
    // The virtual list draws only the rows in view (a few at 1440×900): cycle through those.
    page.evaluate(
      `(() => { const rows = document.querySelectorAll('.site-list li button'); rows[${i} % rows.length].click(); })()`,
    ),
  );
}

/** Wall time from a click on a site in the list to the frame after it shows as selected. */
export async function selectionChanges(page: Page, count: number): Promise<number[]> {
  return (await page.evaluate(`(async () => {
    const times = [];
    for (let i = 0; i < ${count}; i++) {
      const rows = document.querySelectorAll('.site-list li button');
      const button = rows[i % rows.length];
      const t0 = performance.now();
      button.click();
      await ${NEXT_FRAME};
      times.push(performance.now() - t0);
    }
    return times;
  })()`)) as number[];
}

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
