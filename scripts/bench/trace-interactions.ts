/**
 * `npm run bench:trace:10k`: where the 10,000-site interaction time goes, the excerpts behind
 * BENCHMARKS.md's cursor, selection, heap and validation rows. Serves dist/ (built) with the
 * bench's synthetic 10,000-site dataset in place of the real one, then records:
 * - a CPU profile of `validateAtlas` on that dataset, in this Node process;
 * - CPU profiles of the page's main thread over drag-pans (per frame), 200 time-cursor moves and
 *   10 selections;
 * - the heap after GC every 250 of 1,000 cursor moves (a leak grows at each step, a warm-up once),
 *   and a sampling heap profile over the moves, read after a GC: what they left alive, by the
 *   function that allocated it.
 * Prints figures only, like every bench script.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { chromium, type CDPSession } from 'playwright';
import type { Atlas } from '../../src/dataset/schema';
import { validateAtlas } from '../../src/dataset/validate';
import type { Manifest } from '../budgets/first-view';
import { synthAtlas } from '../synth/synth-atlas';
import { startGzipServer } from './gzip-server';
import {
  READY,
  SERVICE_WORKER_INSTALLED,
  cursorMoves,
  dragPanFrames,
  heapAfterGc,
  selectionScript,
} from './measure';
import {
  addInto,
  busy,
  functionAt,
  printTop,
  saveExcerpt,
  say,
  scriptFile,
  selfTime,
  takeNative,
  type CallFrame,
  type Profile,
} from './profile';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SITES = Number(process.env.BENCH_SITES ?? 10_000);

interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/** Live bytes (KB) by key, from a sampling heap profile taken after a GC. */
function liveBytes(head: HeapNode, key: (node: HeapNode) => string): Map<string, number> {
  const totals = new Map<string, number>();
  const walk = (node: HeapNode) => {
    if (node.selfSize) totals.set(key(node), (totals.get(key(node)) ?? 0) + node.selfSize / 1024);
    node.children.forEach(walk);
  };
  walk(head);
  return totals;
}

const LAYOUT_METRICS = ['LayoutCount', 'LayoutDuration', 'RecalcStyleDuration'] as const;
async function layoutMetrics(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return LAYOUT_METRICS.map((name) => metrics.find((m) => m.name === name)?.value ?? 0);
}

/** A CPU profile of `work`, and the page's layouts over it (counts and seconds, from CDP). */
async function profiled(cdp: CDPSession, work: () => Promise<unknown>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const before = await layoutMetrics(cdp);
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await layoutMetrics(cdp);
  const [layouts, layout, style] = after.map((value, i) => value - before[i]!) as [number, number, number];
  return { profile, layouts, layout, style };
}

/**
 * V8 files the browser's own main-thread work (style, layout, paint, and here the software GL
 * readback of every map frame) under "(program)": printed apart from script.
 */
function report(
  title: string,
  { profile, layouts, layout, style }: Awaited<ReturnType<typeof profiled>>,
  steps: number,
) {
  const byScript = new Map<string, number>();
  addInto(byScript, selfTime(profile, scriptFile), steps);
  const native = takeNative(byScript);
  say(
    `\n${title}: per step (${steps} steps), script ${busy(byScript).toFixed(1)} ms, the browser's own work ${native.toFixed(1)} ms`,
  );
  if (layouts)
    say(
      `  layouts per step ${(layouts / steps).toFixed(1)}, layout ${((layout * 1000) / steps).toFixed(1)} ms, style ${((style * 1000) / steps).toFixed(1)} ms`,
    );
  printTop('script self time per step, by file', byScript, 8);
  const byFunction = new Map<string, number>();
  addInto(byFunction, selfTime(profile, functionAt), steps);
  takeNative(byFunction);
  printTop('script self time per step, top functions', byFunction, 12);
}

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;
const real = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Atlas;
const synthText = JSON.stringify(synthAtlas(real, { sites: SITES, events: SITES * 5 }));

// Validation, as a `?data=` dataset's worker runs it (here in Node: the same code and engine).
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const parsed: unknown = JSON.parse(synthText);
await session.post('Profiler.start');
const result = validateAtlas(parsed);
const { profile: validation } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
if (!result.ok) throw new Error('the synthetic atlas does not validate');
report(
  `validateAtlas, ${SITES} sites (Node, after JSON.parse)`,
  { profile: validation, layouts: 0, layout: 0, style: 0 },
  1,
);

const server = await startGzipServer({ '/': 'dist' });
server.overrides.set(`/${manifest['data/atlas.json']!.file}`, Buffer.from(synthText));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  await page.waitForFunction(READY, null, { timeout: 420_000 });
  say(`\nservice worker: ${String(await page.evaluate(SERVICE_WORKER_INSTALLED))}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let frames = 0;
  const pan = await profiled(cdp, async () => {
    frames = (await dragPanFrames(page, '.map-container')).length;
  });
  report('drag-pan', pan, frames);
  await cursorMoves(page, cdp, 20); // warm: the first moves compile the code they run
  report('time cursor', await profiled(cdp, () => cursorMoves(page, cdp, 200)), 200);
  report('selection', await profiled(cdp, () => selectionScript(page, cdp, 10)), 10);

  const heaps = [await heapAfterGc(cdp)];
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024 });
  for (let quarter = 0; quarter < 4; quarter++) {
    await cursorMoves(page, cdp, 250);
    heaps.push(await heapAfterGc(cdp));
  }
  const { profile: heap } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: HeapNode };
  };
  say(
    `\nheap after GC every 250 cursor moves: ${heaps.map((h) => `${(h / 1024).toFixed(0)} KB`).join(' → ')}`,
  );
  printTop('still alive after the moves, by script', liveBytes(heap.head, scriptFile), 8, 'KB');
  printTop('still alive after the moves, by allocating function', liveBytes(heap.head, functionAt), 12, 'KB');
  await context.close();
  saveExcerpt('docs/traces/interactions.txt', 'npm run bench:trace:10k');
} finally {
  await browser.close();
  await server.close();
}
