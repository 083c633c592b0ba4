import { devices } from '@playwright/test';
import { test, expect } from './support/atlas-test';

// A first visit on a phone (390×844): the timeline says it scrolls sideways and opens on today,
// and Present, whose stage needs a projector's width, is not offered.
test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
});
test.describe.configure({ timeout: 180_000 });

test('the phone timeline shows that it scrolls, opens on today and cuts no label', async ({
  atlas,
  page,
}) => {
  await atlas.open('?lang=fr');
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  const scroller = page.getByRole('region', { name: /Chronologie, défilement horizontal/ });
  await expect(scroller).toBeVisible();
  // A sign that there is more to the side, in words as well as in shading.
  await expect(page.getByText(/Faites glisser/)).toBeVisible();
  // The "today" line and the last year are in the scroller's window without a sideways swipe (the
  // chart is taller than the phone: its top and its axis are read one after the other).
  const inWindow = async (text: string) => {
    const label = scroller.getByText(text, { exact: true });
    await expect(label).toBeVisible();
    const [box, frame] = [await label.boundingBox(), await scroller.boundingBox()];
    return box!.x >= frame!.x && box!.x + box!.width <= frame!.x + frame!.width;
  };
  await expect.poll(() => inWindow('Aujourd’hui')).toBe(true);
  await expect.poll(() => inWindow('2027')).toBe(true);
  // Every event label fits inside the drawn chart: none is clipped by its edge.
  const chart = scroller
    .getByRole('group', { name: /Chronologie/ })
    .locator('svg')
    .first();
  const clipped = await chart.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
      })
      .map((text) => text.textContent);
  });
  expect(clipped).toEqual([]);
});

test('Present is not offered on a phone, and the settings say why', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toHaveCount(0);
  await expect(page.getByText(/Presenter mode needs a wider screen/)).toBeVisible();
});
