// Screenshots of a running atlas for docs and visual review:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height] [light|dark]
// FULL_PAGE=0 keeps to the viewport; SCROLL=<px> scrolls first; CLICK=<selector> clicks first;
// NO_JS=1 loads the page with JavaScript off (the prerendered view).
import { chromium } from '@playwright/test';
import { findOrInstallChromium } from './find-chromium.mjs';

const [url, out, width = '1440', height = '900', theme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [light|dark]');
  process.exit(2);
}
const executablePath = await findOrInstallChromium();
const browser = await chromium.launch({
  executablePath: executablePath ?? undefined,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
  deviceScaleFactor: Number(width) < 500 ? 2 : 1,
  javaScriptEnabled: process.env.NO_JS !== '1',
});
page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
await page.goto(url, { waitUntil: 'load' });
if (process.env.NO_JS !== '1')
  await page
    .waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 })
    .catch(() => console.error('atlas:ready never came'));
await page.waitForTimeout(500);
if (process.env.CLICK) {
  await page.locator(process.env.CLICK).first().click();
  await page.waitForTimeout(800);
}
if (process.env.SCROLL) {
  await page.mouse.wheel(0, Number(process.env.SCROLL));
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== '0' });
await browser.close();
console.log(`wrote ${out}`);
