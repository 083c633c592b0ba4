/**
 * `npm run bench`: builds the app and the bare maplibre page, serves both on loopback with gzip,
 * drives Chromium, prints a table and rewrites BENCHMARKS.md (generated: never edit it by hand).
 * Every time is a ratio to the bare page in the same run: this machine renders WebGL in software.
 * Env: CHROMIUM_PATH (/usr/bin/chromium), BENCH_LOADS (7), BENCH_SKIP_BUILD=1, BENCH_SITES (10000),
 * BENCH_LIGHTHOUSE (Lighthouse runs per page, 3; 0 skips them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import type { Atlas } from '../../src/dataset/schema';
import { firstPaintJs, firstViewFiles, wireBytes, type Manifest } from '../budgets/first-view';
import { BUDGETS } from '../budgets/budgets';
import { synthAtlas } from '../synth/synth-atlas';
import { startGzipServer } from './gzip-server';
import {
  READY,
  READY_AT,
  SERVICE_WORKER_INSTALLED,
  bareMapFrames,
  cursorMoves,
  dragPanFrames,
  heapAfterGc,
  keyPaints,
  median,
  OBSERVE_KEY_PAINTS,
  quantile,
  selectionChanges,
  selectionScript,
  withUnreported,
} from './measure';
import { writeReport, type Report } from './report';
import { lighthouseBoth } from './lighthouse';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** Loads of the 10,000-site atlas (median); the interactions are measured on the last. */
const BIG_LOADS = 3;
const SITES = Number(process.env.BENCH_SITES ?? 10_000);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE ?? 3);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 900 };

/** One validation in a process of its own (validate-once.ts). */
function validateOnce(file: string): { parse: number; validate: number } {
  const result = spawnSync('npx', ['tsx', 'scripts/bench/validate-once.ts', file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`validate-once failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { parse: number; validate: number };
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function chunkTable(manifest: Manifest, html: string) {
  const firstView = new Set(firstViewFiles(manifest, html));
  const firstPaint = new Set(firstPaintJs(manifest));
  return files('dist')
    .map((path) => relative('dist', path))
    .filter((file) => !file.endsWith('.map') && !file.startsWith('.vite'))
    .map((file) => ({
      file,
      ...wireBytes(file, readFileSync(join('dist', file))),
      firstView: firstView.has(file),
      firstPaint: firstPaint.has(file),
    }))
    .sort((a, b) => b.gzip - a.gzip);
}

const points = (atlas: Atlas) =>
  Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: atlas.sites.map((site) => ({
        type: 'Feature',
        properties: { id: site.id },
        geometry: { type: 'Point', coordinates: [site.location.lon, site.location.lat] },
      })),
    }),
  );

async function load(browser: Browser, url: string, timeout = 240_000) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(READY, null, { timeout });
  const ready = (await page.evaluate(READY_AT)) as number;
  return { context, page, ready };
}

/** The atlas map panel's size, 'WxH' in CSS pixels. */
async function mapSize(page: Page): Promise<string> {
  const box = await page.locator('.map-container').first().boundingBox();
  if (!box) throw new Error('the atlas has no map panel to measure');
  return `${Math.round(box.width)}x${Math.round(box.height)}`;
}

async function network(page: Page) {
  return (await page.evaluate(
    `performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, bytes: e.transferSize }))`,
  )) as { name: string; start: number; bytes: number }[];
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    run('npm', ['run', 'build']);
    run('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts']);
  }
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;
  const html = readFileSync('dist/index.html', 'utf8');
  const chunks = chunkTable(manifest, html);
  const real = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Atlas;
  const atlasPath = `/${manifest['data/atlas.json']!.file}`;

  const server = await startGzipServer({ '/': 'dist', '/bench/': 'dist-bench' });
  server.overrides.set('/bench/points.geojson', points(real));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const atlasUrl = server.url;
    const bareHome = `${server.url}bench/bare-map.html`;
    // The bare map is drawn at the size of the atlas's map panel, measured on the first atlas load.
    let bareUrl = bareHome;
    const atlasReady: number[] = [];
    const bareReady: number[] = [];
    let wire: Awaited<ReturnType<typeof network>> = [];
    for (let i = 0; i < LOADS; i++) {
      for (const which of i % 2 ? (['bare', 'atlas'] as const) : (['atlas', 'bare'] as const)) {
        const url = which === 'atlas' ? atlasUrl : bareUrl;
        const into = which === 'atlas' ? atlasReady : bareReady;
        const { context, page, ready } = await load(browser, url);
        if (which === 'atlas' && bareUrl === bareHome) bareUrl = `${bareHome}?size=${await mapSize(page)}`;
        if (which === 'atlas' && wire.length === 0) {
          await page.waitForLoadState('networkidle');
          wire = await network(page);
        }
        into.push(ready);
        console.log(`load ${i + 1}/${LOADS} ${which.padEnd(5)} atlas:ready ${ready.toFixed(0)} ms (${url})`);
        await context.close();
      }
    }

    // Lighthouse mobile on the real atlas and the bare page (its own Chromium, with a CDP port).
    const lighthouse = LIGHTHOUSE_RUNS
      ? await lighthouseBoth(executablePath, { atlas: atlasUrl, bare: bareHome }, LIGHTHOUSE_RUNS)
      : null;

    // 10,000 sites: the synthetic atlas in place of the real one, the same points for the bare page.
    const synth = synthAtlas(real, { sites: SITES, events: SITES * 5 });
    const synthText = JSON.stringify(synth);
    // Validation = validateAtlas on the parsed JSON (what the target is about); JSON.parse apart,
    // since the browser's response.json() does it whatever validator follows. Each sample is one
    // fresh process (validate-once.ts), as a page validates once; median of 5.
    const synthFile = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'atlas.json');
    writeFileSync(synthFile, synthText);
    const samples = Array.from({ length: 5 }, () => validateOnce(synthFile));
    const validation = samples.map((sample) => sample.validate);
    const jsonParse = samples.map((sample) => sample.parse);
    server.overrides.set(atlasPath, Buffer.from(synthText));
    server.overrides.set('/bench/points.geojson', points(synth));
    // The server gzips a body on its first request (the 36 MB dataset: about a second) and keeps it:
    // warmed here, so that no load pays for the bench's own compression.
    for (const path of [atlasPath, '/bench/points.geojson'])
      await (await fetch(new URL(path.slice(1), server.url))).arrayBuffer();
    const bigReadies: number[] = [];
    let big = await load(browser, atlasUrl, 420_000);
    for (let i = 1; i < BIG_LOADS; i++) {
      bigReadies.push(big.ready);
      await big.context.close();
      big = await load(browser, atlasUrl, 420_000);
    }
    bigReadies.push(big.ready);
    console.log(`10k atlas:ready ${bigReadies.map((t) => t.toFixed(0)).join(', ')} ms`);
    const serviceWorker = String(await big.page.evaluate(SERVICE_WORKER_INSTALLED));
    console.log(`10k service worker: ${serviceWorker}`);
    const cdp = await big.context.newCDPSession(big.page);
    await cdp.send('Performance.enable');
    const atlasPan = await dragPanFrames(big.page, '.map-container');
    console.log(`10k drag-pan: ${atlasPan.length} frames`);
    await big.page.evaluate(OBSERVE_KEY_PAINTS);
    const cursor = await cursorMoves(big.page, cdp, 200);
    const cursorPaints = withUnreported(await keyPaints(big.page), 200);
    console.log('10k: 200 cursor moves done');
    const selection = await selectionChanges(big.page, 10);
    // The same ten rows again, timed as script: each click a new selection (the tenth row is the
    // one selected now, and the first click goes to the first row).
    const selectionScripts = await selectionScript(big.page, cdp, 10);
    const heapBefore = await heapAfterGc(cdp);
    await cursorMoves(big.page, cdp, 1000);
    const heapAfter = await heapAfterGc(cdp);
    console.log('10k: 1,000 cursor moves done');
    await big.context.close();
    const bare = await load(browser, bareUrl, 420_000);
    const barePan = await dragPanFrames(bare.page, '#map');
    const bareCdp = await bare.context.newCDPSession(bare.page);
    await bareCdp.send('Performance.enable');
    const bareFrames = await bareMapFrames(bare.page, bareCdp, 200);
    await bare.context.close();

    const report: Report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      loads: LOADS,
      sites: SITES,
      ownSites: real.sites.length,
      chunks,
      firstPaintJs: chunks.filter((c) => c.firstPaint).reduce((s, c) => s + c.gzip, 0),
      firstView: chunks.filter((c) => c.firstView).reduce((s, c) => s + c.gzip, 0),
      measuredTransfer: wire.reduce((s, e) => s + e.bytes, 0),
      wire,
      atlasReady,
      bareReady,
      bigReady: median(bigReadies),
      bigLoads: BIG_LOADS,
      serviceWorker,
      bareBigReady: bare.ready,
      validation: median(validation),
      jsonParse: median(jsonParse),
      atlasPan: { median: median(atlasPan), p95: quantile(atlasPan, 0.95), frames: atlasPan.length },
      barePan: { median: median(barePan), p95: quantile(barePan, 0.95), frames: barePan.length },
      cursorP95: quantile(cursor, 0.95),
      cursorMedian: median(cursor),
      bareFrameP95: quantile(bareFrames, 0.95),
      bareFrameMedian: median(bareFrames),
      cursorPaintP95: quantile(cursorPaints, 0.95),
      cursorPaintMedian: median(cursorPaints),
      cursorPaintsOverFrame: cursorPaints.filter((d) => d > 0).length,
      selection: median(selection),
      selectionScript: median(selectionScripts),
      heapBefore,
      heapAfter,
      budgets: BUDGETS,
      lighthouse,
      lighthouseRuns: LIGHTHOUSE_RUNS,
    };
    writeReport(report);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
