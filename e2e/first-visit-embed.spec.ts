import { test, expect } from './support/atlas-test';

// The Embed dialog's preview: a picture at once (the build's baked map), the live embed once it
// has drawn, never a blank box while the framed atlas starts.
test.describe.configure({ timeout: 180_000 });

test('the embed preview shows a picture within a second, then the live embed', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  // Timed in the page (click to the picture's load), not by this process's polling round trips.
  await page.evaluate(() => {
    const w = window as unknown as { __clickAt?: number; __pictureAt?: number };
    document.addEventListener('click', () => (w.__clickAt ??= performance.now()), { capture: true });
    document.addEventListener(
      'load',
      (event) => {
        const target = event.target as HTMLElement;
        if (target.tagName === 'IMG' && target.closest('dialog')) w.__pictureAt ??= performance.now();
      },
      { capture: true },
    );
  });
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  const picture = preview.getByRole('img', { name: /preview/i });
  await expect(picture).toBeVisible();
  const loadedAfter = await page
    .waitForFunction(() => {
      const w = window as unknown as { __clickAt?: number; __pictureAt?: number };
      return w.__pictureAt === undefined || w.__clickAt === undefined ? false : w.__pictureAt - w.__clickAt;
    })
    .then((handle) => handle.jsonValue());
  expect(loadedAfter).toBeLessThanOrEqual(1_000);
  // The live preview takes over once the framed atlas has drawn; the picture then goes.
  const frame = preview.locator('iframe');
  await expect(frame).toBeVisible({ timeout: 90_000 });
  await expect(picture).toHaveCount(0, { timeout: 90_000 });
});
