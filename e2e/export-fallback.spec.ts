/** Export without WebGL: the PNG export draws the SVG fallback map instead of a blank region. */
import config from '../playwright.config';
import { expect, test } from './support/atlas-test';
import { ExportDriver, keep } from './support/export-driver';

// Chromium without WebGL: the same launch arguments as every other spec, plus --disable-3d-apis.
const args = config.use?.launchOptions?.args ?? [];
test.use({ launchOptions: { ...config.use?.launchOptions, args: [...args, '--disable-3d-apis'] } });
test.describe.configure({ timeout: 180_000 });

test('the slide PNG shows the SVG fallback map where WebGL is missing', async ({ page, atlas }) => {
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en');
  await expect(page.locator('.map-fallback svg path.land').first()).toBeVisible();
  const slide = await exporter.download(/Slide, 1920/);
  keep(slide.path, 'slide-no-webgl.png');
  const facts = await exporter.pngFacts(slide.bytes, { x: 48, y: 144, width: 1120, height: 808 });
  expect([facts.width, facts.height]).toEqual([1920, 1080]);
  expect(facts.regionColours).toBeGreaterThan(20);
  expect(facts.regionSpread).toBeGreaterThan(40);
  expect(atlas.workers).toEqual([]); // maplibre never ran (it starts a worker for every map)
  expect(atlas.consoleErrors).toEqual([]);
});
