import { expect, test } from './support/atlas-test';
import { HostPage, startHostServer } from './fixtures/host-page';

// Two atlases embedded in a page of another origin (EMBEDDING.md). Assertions read the
// embeds' site list and details panel, their URL, and the messages the host received.
test.describe('embedded in a host page on another origin', () => {
  let server: Awaited<ReturnType<typeof startHostServer>>;
  let host: HostPage;

  test.beforeAll(async ({ baseURL }) => {
    server = await startHostServer(baseURL!);
  });
  test.afterAll(() => server.close());

  test.beforeEach(async ({ page, baseURL }) => {
    host = new HostPage(page, baseURL!, server.origin);
    await host.open({ a: 'panels=details&lang=en', b: 'panels=timeline,details&lang=en' });
  });

  test('embed.js sizes both iframes to their content', async () => {
    for (const name of ['a', 'b'] as const) {
      const frame = await host.frame(name);
      const content = () =>
        frame.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
      // Both heights read in each poll: the content may still be settling when the poll starts.
      await expect
        .poll(async () => ((await host.iframe(name).boundingBox())?.height ?? 0) - (await content()))
        .toBe(0);
      expect(await content()).toBeGreaterThan(300);
    }
    const heights = await Promise.all(
      ['a', 'b'].map(async (n) => (await host.iframe(n as 'a').boundingBox())!.height),
    );
    expect(heights[1]).toBeGreaterThan(heights[0]!);

    // Content that grows (a selection opens the details) grows the iframe.
    const before = heights[0]!;
    await host.send('a', { type: 'atlas:select', version: 1, site: 'borlange' });
    await expect
      .poll(async () => (await host.iframe('a').boundingBox())!.height)
      .toBeGreaterThan(before + 100);
  });

  test('a command from the host selects a site, and the new state reaches the host', async () => {
    const atlas = host.atlas('a');
    const borlange = atlas
      .getByRole('list', { name: 'Datacenter sites' })
      .getByRole('button', { name: /Borlänge/ });
    await expect(borlange).toHaveAttribute('aria-pressed', 'false');

    await host.send('a', { type: 'atlas:select', version: 1, site: 'borlange' });
    await expect(borlange).toHaveAttribute('aria-pressed', 'true');
    await expect(atlas.locator('#details-title')).toContainText('Borlänge');
    await expect.poll(async () => (await host.states('a')).at(-1)?.site).toBe('borlange');
    expect((await host.received()).filter((m) => m.frame === 'a').map((m) => m.origin)).toContain(
      new URL(host.atlasBase).origin,
    );
    expect(new URL((await host.frame('a')).url()).searchParams.get('site')).toBe('borlange');

    // The other embed is untouched.
    await expect(
      host.atlas('b').getByRole('list', { name: 'Datacenter sites' }).getByRole('button', { pressed: true }),
    ).toHaveCount(0);

    // Language too: the embed switches to French and says so.
    await host.send('a', { type: 'atlas:set-lang', version: 1, lang: 'fr' });
    await expect(atlas.getByRole('list', { name: 'Sites de centres de données' })).toBeVisible();
    await expect.poll(async () => (await host.states('a')).at(-1)?.lang).toBe('fr');
  });

  test('a click inside the embed is reported to the host', async () => {
    await host
      .atlas('b')
      .getByRole('list', { name: 'Datacenter sites' })
      .getByRole('button', { name: /Essonne/ })
      .click();
    await expect.poll(async () => (await host.states('b')).at(-1)?.site).toBe('essonne');
  });

  test('a message from a sibling frame is ignored', async ({ page }) => {
    expect(
      await page.evaluate(
        () => window.frames[0] === (document.getElementById('a') as HTMLIFrameElement).contentWindow,
      ),
    ).toBe(true);
    const frameB = await host.frame('b');
    await frameB.evaluate(() =>
      window.parent.frames[0]!.postMessage({ type: 'atlas:select', version: 1, site: 'borlange' }, '*'),
    );
    // Then a real host request: once A answers it, A has long handled the sibling's message.
    const answered = (await host.states('a')).length;
    await host.send('a', { type: 'atlas:get-state', version: 1 });
    await expect.poll(async () => (await host.states('a')).length).toBe(answered + 1);

    expect((await host.states('a')).every((state) => state.site === null)).toBe(true);
    await expect(
      host.atlas('a').getByRole('list', { name: 'Datacenter sites' }).getByRole('button', { pressed: true }),
    ).toHaveCount(0);
    await expect(host.atlas('a').locator('#details-title')).not.toContainText('Borlänge');
  });
});

test.describe('the embed dialog', () => {
  test('gives the code for the current view, previews it, and gives focus back on Escape', async ({
    atlas,
    page,
    baseURL,
  }) => {
    await atlas.open('?lang=en&panels=details,map');
    await atlas.selectSiteInList(/Borlänge/);
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    await button.click();

    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByLabel('Embed code').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&'));
    expect(src.origin + src.pathname).toBe(baseURL);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      site: 'borlange',
      lang: 'en',
      panels: 'details,map',
      embed: '1',
    });
    expect(src.searchParams.get('view')).toMatch(/^[\d.-]+,[\d.-]+,[\d.]+$/); // the camera carries over
    expect(code).toContain(`<script src="${baseURL}embed.js" defer></script>`);
    const preview = dialog.locator('iframe').contentFrame();
    await expect(preview.getByRole('link', { name: /Open the full atlas/ })).toBeVisible();
    await expect(preview.locator('#details-title')).toContainText('Borlänge');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(atlas.consoleErrors).toEqual([]);
  });
});
