import { expect, test } from './support/atlas-test';

// <compute-atlas> (public/embed.js): a CMS-friendly element that writes the iframe from its
// attributes (one per URL parameter) and follows the atlas's height.

test.describe.configure({ timeout: 120_000 });

test('<compute-atlas> writes the iframe from its attributes and sizes it to its content', async ({
  page,
}) => {
  await page.route('**/newsroom-host.html', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html><body>
        <script src="./embed.js"></script>
        <compute-atlas panels="details" lang="en" version="1.2.0" height="300" title="Atlas"></compute-atlas>
      </body></html>`,
    }),
  );
  await page.goto('./newsroom-host.html');
  const iframe = page.locator('compute-atlas iframe[data-compute-atlas]');
  await expect(iframe).toHaveAttribute('title', 'Atlas');
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    lang: 'en',
    panels: 'details',
    version: '1.2.0',
    embed: '1',
  });
  const frame = page.frameLocator('compute-atlas iframe');
  await expect(frame.getByRole('list', { name: /datacenter sites/i })).toBeVisible({ timeout: 60_000 });
  const content = () =>
    iframe.evaluate((el: HTMLIFrameElement) =>
      Math.ceil(el.contentDocument!.querySelector('.app')!.getBoundingClientRect().height),
    );
  await expect
    .poll(async () => (await iframe.boundingBox())?.height, { timeout: 60_000 })
    .toBe(await content());
  expect(await content()).not.toBe(300);
});
