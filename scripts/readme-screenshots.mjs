// Regenerates the README's pictures into docs/ from a running build of the atlas:
//   npm start &                                   # or any server of dist/
//   ATLAS_URL=http://127.0.0.1:4173/ node scripts/readme-screenshots.mjs
// ATLAS_URL defaults to http://127.0.0.1:${PORT:-4173}/. Chromium: CHROMIUM_PATH, /usr/bin/chromium,
// or Playwright's own (scripts/find-chromium.mjs). Every wait is on what a visitor sees (the map's
// ready mark, a heading), so a slow machine only makes it slower. See docs/development.md.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findOrInstallChromium } from './find-chromium.mjs';

const base = process.env.ATLAS_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4173}/`;
const out = new URL('../docs/', import.meta.url);
const TIMEOUT = 180_000;

const shots = [
  {
    file: 'screenshot-desktop.png',
    what: 'desktop, English, light, 1440×900, a site selected',
    query: '?lang=en&theme=light&site=borlange',
    viewport: { width: 1440, height: 900 },
    scheme: 'light',
    scale: 1,
  },
  {
    file: 'screenshot-phone-dark.png',
    what: 'phone, French, dark, 390×844',
    query: '?lang=fr&theme=dark',
    viewport: { width: 390, height: 844 },
    scheme: 'dark',
    scale: 2,
    mobile: true,
  },
  {
    file: 'screenshot-presenter.png',
    what: 'the projector stage, 1024×768, step 2',
    query: '?lang=en&theme=light&present=2',
    viewport: { width: 1024, height: 768 },
    scheme: 'light',
    scale: 1,
  },
  {
    file: 'screenshot-desk.png',
    what: 'the Data desk, 1440×900, a spreadsheet with two problems',
    query: '?desk=1&lang=en&theme=light',
    viewport: { width: 1440, height: 900 },
    scheme: 'light',
    scale: 1,
    // The desk has no map: it is ready once a file is checked and its problems listed.
    async prepare(page) {
      await page.getByLabel('Choose a file').setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(new URL('../e2e/fixtures/newsroom/broken.csv', import.meta.url)),
      });
      await page
        .getByRole('alert')
        .filter({ hasText: 'problems in broken.csv' })
        .waitFor({ timeout: TIMEOUT });
    },
  },
  // Without JavaScript: the baked page alone, its top 1400 (desktop) or 1800 (phone) px.
  ...[
    { file: 'screenshot-nojs-desktop.png', viewport: { width: 1440, height: 900 }, height: 1400 },
    { file: 'screenshot-nojs-phone.png', viewport: { width: 390, height: 844 }, height: 1800 },
  ].map(({ file, viewport, height }) => ({
    file,
    what: `without JavaScript, ${viewport.width} px wide, the top ${height} px`,
    query: '?lang=en',
    viewport,
    scheme: 'light',
    scale: 1,
    javaScript: false,
    clip: { x: 0, y: 0, width: viewport.width, height },
    prepare: (page) => page.waitForLoadState('load'),
  })),
];

/** The atlas is ready, and its map settled (labels placed, camera still). */
async function waitForMap(page) {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
    timeout: TIMEOUT,
  });
  await page
    .locator('.map-container')
    .first()
    .evaluate((el) => el.__atlasMap?.whenIdle(), null, { timeout: TIMEOUT })
    .catch(() => {});
}

const executablePath = process.env.CHROMIUM_PATH || (await findOrInstallChromium());
const browser = await chromium.launch({
  executablePath: executablePath ?? undefined,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
let failed = 0;
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale,
      isMobile: shot.mobile ?? false,
      hasTouch: shot.mobile ?? false,
      colorScheme: shot.scheme,
      // The offline worker's precache would only compete with the page for the CPU.
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
      javaScriptEnabled: shot.javaScript ?? true,
    });
    const page = await context.newPage();
    try {
      await page.goto(new URL(shot.query, base).href);
      await (shot.prepare ?? waitForMap)(page);
      await page.screenshot({
        path: new URL(shot.file, out).pathname,
        ...(shot.clip ? { fullPage: true, clip: shot.clip } : {}),
      });
      console.log(`wrote docs/${shot.file} (${shot.what})`);
    } catch (error) {
      failed += 1;
      console.error(`failed docs/${shot.file} (${shot.what}): ${error.message}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
if (failed > 0) {
  console.error(`${failed} picture(s) not written: is the atlas served at ${base}?`);
  process.exit(1);
}
