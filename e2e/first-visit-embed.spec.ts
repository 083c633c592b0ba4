import { test, expect } from './support/atlas-test';

// The Embed dialog's preview: a picture at once (the build's baked map), the live embed once it
// has drawn, never a blank box while the framed atlas starts.
test.describe.configure({ timeout: 180_000 });

test('the embed preview shows a picture within a second, then the live embed', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible();
  const picture = preview.getByRole('img', { name: /preview/i });
  await expect(picture).toBeVisible({ timeout: 1_000 });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
      timeout: 1_000,
    })
    .toBe(true);
  // The live preview takes over once the framed atlas has drawn; the picture then goes.
  const frame = preview.locator('iframe');
  await expect(frame).toBeVisible({ timeout: 90_000 });
  await expect(picture).toHaveCount(0);
});
