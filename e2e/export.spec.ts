/**
 * A visitor exports the view as a PNG (layout and slide), each chart as SVG and the
 * timeline as a WebM video; each file is opened and checked for what a reader would see.
 * EXPORT_SHOTS=/tmp/export-shots keeps a copy of every file for a human to look at.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas-test';
import { ExportDriver, keep, type Region } from './support/export-driver';

// Software WebGL on a shared 2-core machine: opening the atlas alone can take half a minute.
test.describe.configure({ timeout: 180_000 });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EBML_HEADER = [0x1a, 0x45, 0xdf, 0xa3];
// The composition's fixed places (src/features/export/compose-png.ts), at its 2× scale.
const LAYOUT_HEADER = 76;
const SLIDE_MAP: Region = { x: 48, y: 144, width: 1120, height: 808 };

/** Where the map lands in the layout PNG: its place in <main>, under the title band, at 2×. */
async function layoutMapRegion(page: Page): Promise<Region> {
  return page.evaluate((header) => {
    const main = document.querySelector('main#content')!.getBoundingClientRect();
    const map = document.querySelector('.map-container')!.getBoundingClientRect();
    return {
      x: Math.round((map.left - main.left) * 2),
      y: Math.round((map.top - main.top + header) * 2),
      width: Math.round(map.width * 2),
      height: Math.round(map.height * 2),
    };
  }, LAYOUT_HEADER);
}

for (const { lang, theme } of [
  { lang: 'en', theme: 'light' },
  { lang: 'fr', theme: 'dark' },
  { lang: 'en', theme: 'dark' },
  { lang: 'fr', theme: 'light' },
] as const) {
  test(`PNG of the view and a 1920×1080 slide, ${lang} ${theme}: big, coloured, the map drawn`, async ({
    page,
    atlas,
  }) => {
    const exporter = new ExportDriver(page);
    await exporter.open(`?lang=${lang}&theme=${theme}&site=essonne&date=2025-02-10`);
    await atlas.map.renderedSiteIds();

    const layout = await exporter.download(lang === 'en' ? /Image of this view/ : /Image de cette vue/);
    expect(layout.fileName).toBe(`compute-atlas-2025-02-10-${lang}.png`);
    expect([...layout.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    keep(layout.path, `layout-${lang}-${theme}.png`);
    const facts = await exporter.pngFacts(layout.bytes, await layoutMapRegion(page));
    expect(facts.width).toBeGreaterThanOrEqual(1600);
    expect(facts.colours).toBeGreaterThan(200);
    expect(facts.regionColours).toBeGreaterThan(20);
    expect(facts.regionSpread).toBeGreaterThan(40);

    const slide = await exporter.download(lang === 'en' ? /Slide, 1920/ : /Diapositive, 1920/);
    expect([...slide.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    keep(slide.path, `slide-${lang}-${theme}.png`);
    const slideFacts = await exporter.pngFacts(slide.bytes, SLIDE_MAP);
    expect([slideFacts.width, slideFacts.height]).toEqual([1920, 1080]);
    expect(slideFacts.colours).toBeGreaterThan(200);
    expect(slideFacts.regionColours).toBeGreaterThan(20);
    expect(slideFacts.regionSpread).toBeGreaterThan(40);
    expect(atlas.consoleErrors).toEqual([]);
  });
}

test('each chart as a self-contained SVG: text as text, styles inlined, no script, its title and source', async ({
  page,
  atlas,
}) => {
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en');
  for (const [item, title] of [
    [/Timeline chart \(SVG\)/, 'Timeline'],
    [/Investments chart \(SVG\)/, 'Investments'],
  ] as const) {
    const file = await exporter.download(item);
    const text = file.bytes.toString('utf8');
    keep(file.path, file.fileName);
    expect(text).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toMatch(/<text[\s>]/);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/\son[a-z]+=/i);
    expect(text).not.toMatch(/<foreignObject/i);
    expect(text).toContain(`<title>${title}</title>`);
    expect(text).toContain('Dataset v');
    expect(text).toContain('CC BY 4.0');
    expect(text).toMatch(/font-family: ?(&quot;|')?Inter/);
    // No class left to style: every colour is in the file itself.
    expect(text).not.toMatch(/\sclass=/);
    // It renders on its own: an <img> of the file has a size.
    const size = await page.evaluate(async (svg) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      return image.naturalWidth;
    }, text);
    expect(size).toBeGreaterThan(200);
  }
  expect(atlas.consoleErrors).toEqual([]);
});

// Frames carry their own timestamps (WebCodecs, encode-webm.ts), so the steps' pacing does not
// depend on the machine's load: the strip is checked at seven times against the schedule.
test('the timeline as a WebM: EBML header, over 5 s, evenly paced steps whose date caption changes', async ({
  page,
  atlas,
}) => {
  test.setTimeout(400_000);
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en&date=2025-03-01');
  await atlas.map.renderedSiteIds();
  await exporter.openMenu();
  const downloading = page.waitForEvent('download', { timeout: 360_000 });
  await exporter.item(/Record the timeline/).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const download = await downloading;
  const path = await download.path();
  keep(path, 'timeline.webm');
  const bytes = (await import('node:fs')).readFileSync(path);
  expect([...bytes.subarray(0, 4)]).toEqual(EBML_HEADER);
  // The visitor's cursor is given back once the recording is saved.
  await expect(page.getByRole('slider').first()).toHaveAttribute('data-value', '2025-03-01');

  // The file is read in a blank page of its own: the atlas's strict CSP (no media-src) rightly
  // refuses to play a blob video, and the check is about the file, not about the atlas page.
  const probe = await page.context().newPage();
  const video = await probe.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const element = document.createElement('video');
    element.muted = true;
    // In the page, as a viewer's player is: a detached element is never composited, and its
    // current picture can lag a seek.
    document.body.append(element);
    element.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      element.onloadedmetadata = resolve;
      element.onerror = () => reject(new Error('the video does not load'));
    });
    const duration = element.duration; // written into the file by the exporter, not Infinity
    // `seeked` says the position moved, not that the picture drawImage reads has: on a busy
    // machine it could still be the one from before the seek (a step early by a whole sample,
    // which read as uneven pacing). Wait for the frame at the new position to be presented too.
    const presented = (time: number) =>
      new Promise<void>((resolve) => {
        const check = (_now: number, frame: { mediaTime: number }) => {
          if (Math.abs(frame.mediaTime - Math.min(time, element.duration)) < 1) resolve();
          else element.requestVideoFrameCallback(check);
        };
        element.requestVideoFrameCallback(check);
      });
    const seek = async (time: number) => {
      const shown = presented(time);
      element.currentTime = time;
      await new Promise((resolve) => (element.onseeked = resolve));
      await shown;
    };
    // The frames' own end: seek past it and read where the video stops (independent of the header).
    await seek(1e9);
    const end = element.currentTime;
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const frames = [];
    for (const time of [1, ...[2, 3, 4, 5, 6].map((k) => (duration * k) / 8)]) {
      await seek(time);
      ctx.drawImage(element, 0, 0);
      // The progress strip (8 px along the bottom, record-video.ts): the share of its row that has
      // the filled colour (its left end) rather than the track's colour (its right end).
      const row = ctx.getImageData(0, canvas.height - 4, canvas.width, 1).data;
      const at = (x: number) => [row[x * 4]!, row[x * 4 + 1]!, row[x * 4 + 2]!];
      const fill = at(2);
      const track = at(canvas.width - 3);
      const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0);
      let filled = 0;
      for (let x = 0; x < canvas.width; x += 1)
        if (distance(at(x), fill) < distance(at(x), track)) filled += 1;
      // The date caption's region (top right of the 1280 × 720 composition).
      const caption = [...ctx.getImageData(760, 16, 488, 56).data];
      frames.push({ time, strip: filled / canvas.width, caption, png: canvas.toDataURL('image/png') });
    }
    return { duration, end, width: element.videoWidth, height: element.videoHeight, frames };
  }, bytes.toString('base64'));
  await probe.close();
  expect(Number.isFinite(video.duration)).toBe(true);
  expect(video.duration).toBeGreaterThan(10);
  expect(video.duration).toBeLessThan(20);
  // The written duration tells the truth about the frames (within a second or two of timer jitter).
  expect(Math.abs(video.end - video.duration)).toBeLessThan(2.5);
  expect(video.width).toBeGreaterThanOrEqual(1280);
  expect(video.height).toBeGreaterThanOrEqual(720);

  const { writeFileSync } = await import('node:fs');
  // Even pacing: 0.6 s of warm-up, then every step for the same share of 12 s (record-video.ts),
  // so the strip at time t is about (t - 0.6) / 12 — the first date is not held for seconds.
  test.info().annotations.push({
    type: 'strip',
    description: JSON.stringify(video.frames.map((f) => [+f.time.toFixed(2), +f.strip.toFixed(3)])),
  });
  for (const [index, frame] of video.frames.entries()) {
    const expected = Math.min(1, Math.max(0, (frame.time - 0.6) / 12));
    // The strip fills a step's share as the step starts, so it leads that line by at most one step
    // (1/21 of it with today's 21 steps); a step shown 0.6 s early or late breaks this.
    expect(Math.abs(frame.strip - expected), `strip at ${frame.time.toFixed(1)} s`).toBeLessThan(0.06);
    const png = Buffer.from(frame.png.split(',')[1]!, 'base64');
    const framePath = test.info().outputPath(`frame-${index}.png`);
    writeFileSync(framePath, png);
    keep(framePath, `video-frame-${index}.png`);
    if (index === 3) {
      // The map's region of the frame (VIDEO_MAP in record-video.ts) is drawn.
      const facts = await exporter.pngFacts(png, { x: 32, y: 88, width: 760, height: 560 });
      expect(facts.regionColours).toBeGreaterThan(20);
      expect(facts.regionSpread).toBeGreaterThan(40);
    }
  }
  // The burnt-in date caption changes from one sampled time to the next.
  const differs = (a: number[], b: number[]) => {
    let changed = 0;
    for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 60) changed += 1;
    return changed;
  };
  for (let i = 1; i < video.frames.length; i += 1) {
    expect(differs(video.frames[i - 1]!.caption, video.frames[i]!.caption)).toBeGreaterThan(50);
  }
});

test('recording can be cancelled, and the cursor comes back', async ({ page, atlas }) => {
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en&date=2025-03-01');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await exporter.openMenu();
  await exporter.item(/Record the timeline/).click();
  await expect(page.getByRole('progressbar')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  // The step being drawn finishes first (software WebGL: seconds on a busy machine).
  await expect(page.locator('.export-status')).toHaveText('Recording cancelled.', { timeout: 120_000 });
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(page.getByRole('slider').first()).toHaveAttribute('data-value', '2025-03-01');
  expect(downloads).toBe(0);
  expect(atlas.consoleErrors).toEqual([]);
});

test('where the browser cannot record, the menu says so instead of offering the video', async ({
  page,
  atlas,
}) => {
  await page.addInitScript(() => {
    // Neither WebCodecs nor MediaRecorder (an older browser).
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
    delete (window as { MediaRecorder?: unknown }).MediaRecorder;
  });
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en');
  await exporter.openMenu();
  await expect(page.locator('.export-popover')).toContainText('This browser cannot record video');
  await expect(exporter.item(/Record the timeline/)).toHaveCount(0);
  await expect(exporter.item(/Image of this view/)).toBeEnabled();
  expect(atlas.consoleErrors).toEqual([]);
});

test('the Export menu is in the header, so a view without the details column has it too', async ({
  page,
  atlas,
}) => {
  const exporter = new ExportDriver(page);
  await exporter.open('?lang=en&panels=map,timeline');
  await expect(page.locator('.panel-side')).toHaveCount(0);
  await expect(page.locator('header.app-header').getByRole('button', { name: 'Export' })).toBeVisible();
  const slide = await exporter.download(/Slide, 1920/);
  const facts = await exporter.pngFacts(slide.bytes, SLIDE_MAP);
  expect([facts.width, facts.height]).toEqual([1920, 1080]);
  expect(facts.regionSpread).toBeGreaterThan(40);
  expect(atlas.consoleErrors).toEqual([]);
});

// A `?present=N` link: the stage replaces the prerendered default view (prerender-takeover.ts), and
// the bar's Export menu saves a picture of that step.
test('in presenter mode the PNG is of the current step', async ({ page, atlas }) => {
  const exporter = new ExportDriver(page);
  const shoot = async (step: number) => {
    await exporter.open(`?lang=en&present=${step}`);
    await expect(page.locator('.presenter')).toHaveAttribute('data-step', String(step));
    await atlas.map.renderedSiteIds();
    const file = await exporter.download(/Image of this view/);
    expect(file.fileName).toMatch(new RegExp(`-step-${step}\\.png$`));
    keep(file.path, `presenter-step-${step}.png`);
    const facts = await exporter.pngFacts(file.bytes, null);
    expect(facts.width).toBeGreaterThanOrEqual(1600);
    expect(facts.colours).toBeGreaterThan(200);
    return file.bytes;
  };
  const two = await shoot(2);
  const three = await shoot(3);
  // Another step, another picture (its title, map and chart), not the same file twice.
  expect(two.equals(three)).toBe(false);
  expect(atlas.consoleErrors).toEqual([]);
});
