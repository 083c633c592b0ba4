/**
 * `npm run bench:trace:10k`: where the 10,000-site interaction time goes, the excerpts behind
 * BENCHMARKS.md's cursor, selection, heap and validation rows. Serves dist/ (built) with the
 * bench's synthetic 10,000-site dataset in place of the real one, then records:
 * - a CPU profile of `validateAtlas` on that dataset, in this Node process;
 * - CPU profiles of the page's main thread over 200 time-cursor moves and 10 selections;
 * - a sampling heap profile over 1,000 cursor moves, read after a GC: what the moves left alive,
 *   by the function that allocated it.
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
import { READY, SERVICE_WORKER_INSTALLED, cursorMoves, heapAfterGc, selectionScript } from './measure';
import { addInto, busy, functionAt, printTop, scriptFile, selfTime, type CallFrame, type Profile } from './profile';

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

async function profiled(cdp: CDPSession, work: () => Promise<unknown>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  return ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
}

/**
 * V8 files the browser's own main-thread work (style, layout, paint, and here the software GL
 * readback of every map frame) under "(program)": printed apart from script.
 */
function report(title: string, profile: Profile, steps: number) {
  const byScript = new Map<string, number>();
  addInto(byScript, selfTime(profile, scriptFile), steps);
  const native = byScript.get('((program))') ?? 0;
  byScript.delete('((program))');
  console.log(
    `\n${title}: per step (${steps} steps), script ${busy(byScript).toFixed(1)} ms, the browser's own work ${native.toFixed(1)} ms`,
  );
  printTop('script self time per step, by file', byScript, 8);
  const byFunction = new Map<string, number>();
  addInto(byFunction, selfTime(profile, functionAt), steps);
  byFunction.delete('(program) @ ((program)):1');
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
await session.post('Profiler.start');
const result = validateAtlas(JSON.parse(synthText));
const { profile: validation } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
if (!result.ok) throw new Error('the synthetic atlas does not validate');
report(`validateAtlas, ${SITES} sites (Node)`, validation, 1);

const server = await startGzipServer({ '/': 'dist' });
server.overrides.set(`/${manifest['data/atlas.json']!.file}`, Buffer.from(synthText));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  await page.waitForFunction(READY, null, { timeout: 420_000 });
  console.log(`\nservice worker: ${String(await page.evaluate(SERVICE_WORKER_INSTALLED))}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cursorMoves(page, cdp, 20); // warm: the first moves compile the code they run
  report('time cursor', await profiled(cdp, () => cursorMoves(page, cdp, 200)), 200);
  report('selection', await profiled(cdp, () => selectionScript(page, cdp, 10)), 10);

  const before = await heapAfterGc(cdp);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024 });
  await cursorMoves(page, cdp, 1000);
  const after = await heapAfterGc(cdp);
  const { profile: heap } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: HeapNode };
  };
  console.log(
    `\nheap over 1,000 cursor moves: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB after GC`,
  );
  printTop('still alive after the moves, by script', liveBytes(heap.head, scriptFile), 8, 'KB');
  printTop('still alive after the moves, by allocating function', liveBytes(heap.head, functionAt), 12, 'KB');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
