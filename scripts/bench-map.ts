/**
 * Map benchmark: PRINTS figures, asserts nothing. The built app (dist/, `npm run build` first) in
 * headless Chromium, fed a generated atlas of 10,000 sites through page.route('**\/atlas*.json').
 *
 *   npm run bench:map            (CHROMIUM_PATH=/usr/bin/chromium by default; BENCH_SITES=10000)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { generatedAtlas } from '../e2e/support/map-dataset.ts';

const sites = Number(process.env.BENCH_SITES ?? 10_000);
const port = Number(process.env.BENCH_PORT ?? 4183);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${port}/`;

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  },
);
const stopServer = () => {
  if (server.pid) process.kill(-server.pid);
};

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server on ${base}`);
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

// Page scripts are strings: tsx (esbuild keepNames) would wrap functions in a __name the page lacks.
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = '(() => { window.__recording = false; return window.__frames.slice(1); })()';
const DRAWN = `(() => {
  const h = document.querySelector('.map-container').__atlasMap;
  const clusters = h.renderedClusters();
  return { clusters: clusters.length, inClusters: clusters.reduce((sum, c) => sum + c.count, 0), single: h.renderedSiteIds().length };
})()`;

/** Frame intervals (rAF deltas) while `action` runs. */
async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_RECORDING);
  await action();
  return page.evaluate(STOP_RECORDING) as Promise<number[]>;
}

async function main() {
  await waitForServer();
  const atlas = generatedAtlas(sites, 'europe');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.route('**/atlas*.json', (route) => route.fulfill({ json: atlas }));

  const started = Date.now();
  await page.goto(base);
  // The dataset is fetched, validated and indexed before the map chunk mounts: time that apart.
  await page.waitForSelector('.map-container', { timeout: 120_000 });
  const mounted = (await page.evaluate('performance.now()')) as number;
  await page.waitForFunction("performance.getEntriesByName('atlas:ready').length > 0", null, {
    timeout: 120_000,
  });
  const wall = Date.now() - started;
  const ready = (await page.evaluate("performance.getEntriesByName('atlas:ready')[0].startTime")) as number;
  const handle = page.locator('.map-container');
  const drawn = (await page.evaluate(DRAWN)) as { clusters: number; inClusters: number; single: number };
  const box = (await handle.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  const pan = await frameTimes(page, async () => {
    for (let round = 0; round < 3; round++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 40; step++) await page.mouse.move(cx - step * 8, cy - step * 3);
      await page.mouse.up();
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 40; step++) await page.mouse.move(cx + step * 8, cy + step * 3);
      await page.mouse.up();
    }
    await page.waitForTimeout(500);
  });

  await page.getByRole('region', { name: /Map of Europe|Carte de l/ }).focus();
  const zoom = await frameTimes(page, async () => {
    for (const key of ['+', '+', '+', '-', '-', '-']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(350);
    }
  });

  const panStats = stats(pan);
  const zoomStats = stats(zoom);
  console.log(`map benchmark: ${sites} generated sites, 1440x900, headless Chromium (${executablePath})`);
  console.log(`  map container mounted (dataset loaded + validated) ${ms(mounted)} after navigation start`);
  console.log(`  atlas:ready (first map idle) ${ms(ready)} after navigation start (wall ${wall} ms)`);
  console.log(
    `  drawn at first view: ${drawn.clusters} clusters holding ${drawn.inClusters} sites, ${drawn.single} single sites`,
  );
  console.log(
    `  drag-pan frames: ${panStats.frames}, median ${ms(panStats.median)}, p95 ${ms(panStats.p95)}, max ${ms(panStats.max)}, >50 ms: ${pan.filter((d) => d > 50).length}`,
  );
  console.log(
    `  keyboard zoom frames: ${zoomStats.frames}, median ${ms(zoomStats.median)}, p95 ${ms(zoomStats.p95)}, max ${ms(zoomStats.max)}, >50 ms: ${zoom.filter((d) => d > 50).length}`,
  );
  await browser.close();
}

try {
  await main();
} finally {
  stopServer();
}
