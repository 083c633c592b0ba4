/** Domain actions for the Export menu, and a look inside the files it saves (decoded in the browser). */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngFacts {
  width: number;
  height: number;
  /** Distinct colours over a sample grid of the whole picture. */
  colours: number;
  /** Distinct colours and the channel spread over a sample grid of `region`. */
  regionColours: number;
  regionSpread: number;
}

/** Where to keep a copy of every exported file for a human to look at (EXPORT_SHOTS=/tmp/export-shots). */
export function keep(path: string, name: string) {
  const dir = process.env.EXPORT_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(path, join(dir, name));
}

export class ExportDriver {
  constructor(readonly page: Page) {}

  /** Like AtlasDriver.open, with room for a machine busy with software WebGL. */
  async open(query: string) {
    await this.page.goto(`./${query}`);
    await this.page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 90_000,
    });
  }

  menuButton() {
    return this.page.getByRole('button', { name: /^(Export|Exporter)$/ });
  }

  async openMenu() {
    if ((await this.menuButton().getAttribute('aria-expanded')) !== 'true') await this.menuButton().click();
    await expect(
      this.page.getByRole('heading', { name: /Export this view|Exporter cette vue/ }),
    ).toBeVisible();
  }

  item(name: string | RegExp) {
    return this.page.locator('.export-popover').getByRole('button', { name });
  }

  /** Clicks a menu item and returns the saved file's path and suggested name. */
  async download(name: string | RegExp, timeout = 60_000) {
    await this.openMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.item(name).click(),
    ]);
    const path = await download.path();
    return { path, fileName: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** Decodes a PNG with createImageBitmap and samples its colours on a grid. */
  async pngFacts(bytes: Buffer, region: Region | null): Promise<PngFacts> {
    return this.page.evaluate(
      async ({ base64, region }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const sample = (r: { x: number; y: number; width: number; height: number }) => {
          const pixels = ctx.getImageData(r.x, r.y, r.width, r.height).data;
          const seen = new Set<number>();
          let min = 255;
          let max = 0;
          const step = Math.max(1, Math.floor(Math.sqrt((r.width * r.height) / 40_000)));
          for (let y = 0; y < r.height; y += step)
            for (let x = 0; x < r.width; x += step) {
              const i = (y * r.width + x) * 4;
              seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
              const grey = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
              min = Math.min(min, grey);
              max = Math.max(max, grey);
            }
          return { colours: seen.size, spread: max - min };
        };
        const whole = sample({ x: 0, y: 0, width: bitmap.width, height: bitmap.height });
        const part = region ? sample(region) : { colours: 0, spread: 0 };
        return {
          width: bitmap.width,
          height: bitmap.height,
          colours: whole.colours,
          regionColours: part.colours,
          regionSpread: part.spread,
        };
      },
      { base64: bytes.toString('base64'), region },
    );
  }
}
