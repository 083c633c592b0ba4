import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import type { Atlas } from '../src/dataset/schema';
import { synthAtlas } from './synth/synth-atlas';
import { startGzipServer } from './bench/gzip-server';
import { validateAtlas } from '../src/dataset/validate';
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const real = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Atlas;
const N = Number(process.env.N ?? 10000);
const synth = synthAtlas(real, { sites: N, events: N * 5 });
const v = validateAtlas(JSON.parse(JSON.stringify(synth)));
console.log('node validates', v.ok, v.ok ? '' : JSON.stringify(v.problems.slice(0, 3)));
const server = await startGzipServer({ '/': 'dist' });
server.overrides.set(`/${manifest['data/atlas.json'].file}`, Buffer.from(JSON.stringify(synth)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('[page]', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
const t0 = Date.now();
await page.goto(server.url);
for (let i = 0; i < 40; i++) {
  await page.waitForTimeout(3000);
  const state = await page.evaluate(() => ({
    ready: performance.getEntriesByName('atlas:ready').length,
    alert: document.querySelector('[role=alert]')?.textContent?.slice(0, 300),
    text: document.querySelector('#root')?.textContent?.slice(0, 200),
    canvas: !!document.querySelector('canvas'),
  }));
  console.log(((Date.now() - t0) / 1000).toFixed(0), JSON.stringify(state));
  if (state.ready || state.alert) break;
}
await page.screenshot({ path: '/tmp/debug10k.png' });
await browser.close();
await server.close();
