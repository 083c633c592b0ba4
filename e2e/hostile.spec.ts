import { expect, test, type Page } from '@playwright/test';
import { startHostServer } from './fixtures/host-page';
import { AtlasDriver } from './support/atlas-driver';
import { hostileInert, hostileRefused } from './support/custom-datasets';

// Hostile input: markup in every text renders as text, unsafe text is refused, and no
// payload runs: the flag the payloads set stays unset and no dialog opens.
test.describe.configure({ timeout: 90_000 });
const visible = { timeout: 30_000 };

function watchForPayloads(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('markup in every text of a valid dataset is shown as inert text', async ({ page }) => {
  const dialogs = watchForPayloads(page);
  await page.route('**/custom/inert.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileInert()) }),
  );
  await page.goto('./?data=custom/inert.json&lang=en&site=essonne&panels=details');
  const atlas = new AtlasDriver(page);
  await expect(atlas.detailsHeading()).toContainText('<img src=x onerror=', visible);
  await expect(atlas.siteButton(/<script>window.__pwned=1;alert\(1\)<\/script>/).first()).toBeVisible();
  await expect(page.locator('main img[src="x"], main svg[onload], main script')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('direction overrides, javascript: links and enormous strings are refused with a clear message', async ({
  page,
}) => {
  const dialogs = watchForPayloads(page);
  await page.route('**/custom/refused.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileRefused()) }),
  );
  await page.goto('./?data=custom/refused.json&lang=en&panels=details');
  await expect(page.getByRole('heading', { name: 'The data file has problems' })).toBeVisible(visible);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('sites[0].name.en: contains a bidirectional override');
  await expect(panel).toContainText('U+202E');
  await expect(panel).toContainText('sites[0].operator: longer than 5000 characters');
  await expect(panel).toContainText(/and \d+ more problems/);
  await expect(page.locator('main a[href^="javascript:"], main img[src="x"]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test.describe('embedded', () => {
  let server: Awaited<ReturnType<typeof startHostServer>>;
  test.beforeAll(async ({ baseURL }) => {
    server = await startHostServer(baseURL!);
  });
  test.afterAll(() => server.close());

  test("commands and clicks inside an embed never add to the host page's history", async ({ page }) => {
    const query = new URLSearchParams({ a: 'panels=details&lang=en', b: 'panels=details&lang=en' });
    await page.goto(`${server.origin}/host.html?${query}`);
    const types = () =>
      page.evaluate(() =>
        (window as unknown as { received: { frame: string; data: { type?: string } }[] }).received.map(
          (m) => `${m.frame}:${m.data.type}`,
        ),
      );
    await expect.poll(types, { timeout: 30_000 }).toEqual(expect.arrayContaining(['a:atlas:ready']));
    const before = await page.evaluate(() => history.length);
    const send = (message: unknown) =>
      page.evaluate(
        (m) => (window as unknown as { send: (n: string, m: unknown) => void }).send('a', m),
        message,
      );
    await send({ type: 'atlas:select', version: 1, site: 'essonne' });
    await send({ type: 'atlas:select', version: 1, site: 'borlange' });
    const frame = page.locator('iframe#a').contentFrame();
    await expect(frame.locator('#details-title')).toContainText('Borlänge', visible);
    await frame
      .getByRole('button', { name: /Essonne/ })
      .first()
      .click();
    await expect(frame.locator('#details-title')).toContainText('Essonne', visible);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});
