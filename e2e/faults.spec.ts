/**
 * Faults a visitor's browser or a server can throw at the atlas, injected one at a time: a dataset
 * that stalls or trickles, a server error, a web page instead of the file, a validation worker
 * that does not start, browser storage that is missing or full, and hostile messages on the
 * presenter's channel. In each, the atlas says what happened in words that name the cause, offers
 * a Retry that works where one can help, and keeps the rest working.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas-test';
import { readFileSync } from 'node:fs';
import { CUSTOM_OUTLETS, brokenCustom, realAtlas, validCustom } from './support/custom-datasets';

test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 30_000 });
// No map and no charts where the journey is not about them: a busy machine loads this in seconds.
const LIGHT = 'panels=details&lang=en';
const visible = { timeout: 60_000 };

const json = (body: unknown) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});
const alert = (page: Page) => page.getByRole('alert');
const fetchFailed = (page: Page) => page.getByRole('heading', { name: 'The data could not be fetched' });
const retry = (page: Page) => page.getByRole('button', { name: 'Retry' });
const customLoaded = (page: Page) =>
  expect(page.locator('footer.app-footer')).toContainText(CUSTOM_OUTLETS[0]!, visible);

/**
 * Serves `path` from inside the page as a server that sends the first `sent` bytes of `body` and
 * then `trickle` bytes every 2 s (or nothing more), and never ends the response. The body errors
 * when the request is aborted, as a real one does. `window.streamed` counts the bytes sent.
 * Once `window.serveWhole` is set, the next request gets the whole body at once.
 */
async function serveSlowly(page: Page, path: string, body: string, { sent = 1000, trickle = 0 } = {}) {
  await page.addInitScript(
    ({ path, body, sent, trickle }) => {
      const w = window as unknown as { streamed: number; serveWhole: boolean };
      w.streamed = 0;
      const original = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        if (!String(input instanceof Request ? input.url : input).includes(path) || w.serveWhole)
          return original(input, init);
        const bytes = new TextEncoder().encode(body);
        let timer: ReturnType<typeof setInterval> | undefined;
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.subarray(0, sent));
            w.streamed = sent;
            if (trickle > 0)
              timer = setInterval(() => {
                controller.enqueue(bytes.subarray(w.streamed, w.streamed + trickle));
                w.streamed += trickle;
              }, 2000);
            init?.signal?.addEventListener('abort', () => {
              clearInterval(timer);
              controller.error(new DOMException('The user aborted a request.', 'AbortError'));
            });
          },
        });
        return new Response(stream, { headers: { 'content-type': 'application/json' } });
      };
    },
    { path, body, sent, trickle },
  );
}

/** The page's timers stand still unless the test moves them (they run with the clock otherwise). */
async function frozenClock(page: Page) {
  await page.clock.install({ time: new Date('2026-12-07T08:00:00Z') });
  await page.clock.pauseAt(new Date('2026-12-07T08:00:01Z'));
}

const streamed = (page: Page) => page.evaluate(() => (window as unknown as { streamed: number }).streamed);

test.describe('a dataset that does not arrive', () => {
  test('a response that stops mid-body ends after 10 s without a byte, and Retry loads it', async ({
    atlas,
    page,
  }) => {
    await frozenClock(page);
    await page.route('**/custom/stalls.json', (route) => route.fulfill(json(validCustom())));
    await serveSlowly(page, 'custom/stalls.json', JSON.stringify(validCustom()));
    await page.goto(`./?data=custom/stalls.json&${LIGHT}`);
    await expect.poll(() => streamed(page)).toBe(1000);
    // Just short of the stall timeout: still loading; past it, the panel says why.
    await page.clock.fastForward(9_000);
    await expect(fetchFailed(page)).toHaveCount(0);
    await page.clock.fastForward(1_500);
    await expect(fetchFailed(page)).toBeVisible(visible);
    await expect(alert(page)).toContainText('did not send the data file within 10 seconds');
    await expect(alert(page)).toContainText('custom/stalls.json');
    await page.evaluate(() => ((window as unknown as { serveWhole: boolean }).serveWhole = true));
    await retry(page).click();
    await customLoaded(page);
    expect(atlas.consoleErrors).toEqual([]);
  });

  test('a response that trickles a byte every 2 s ends at the 30 s deadline, and Retry loads it', async ({
    atlas,
    page,
  }) => {
    await frozenClock(page);
    await page.route('**/custom/trickles.json', (route) => route.fulfill(json(validCustom())));
    await serveSlowly(page, 'custom/trickles.json', JSON.stringify(validCustom()), { sent: 10, trickle: 1 });
    await page.goto(`./?data=custom/trickles.json&${LIGHT}`);
    await expect.poll(() => streamed(page)).toBe(10);
    // Never 10 s without a byte, so only the overall deadline can end it: 28 s, two at a time, each
    // step waiting for its byte to be sent.
    for (let second = 2; second <= 28; second += 2) {
      await page.clock.fastForward(2_000);
      await expect.poll(() => streamed(page)).toBe(10 + second / 2);
    }
    await expect(fetchFailed(page)).toHaveCount(0);
    // Then time runs on by itself: the deadline ends it within 2 s, as the next byte comes.
    await page.clock.resume();
    await expect(fetchFailed(page)).toBeVisible(visible);
    await expect(alert(page)).toContainText('did not send the data file within 30 seconds');
    await page.evaluate(() => ((window as unknown as { serveWhole: boolean }).serveWhole = true));
    await retry(page).click();
    await customLoaded(page);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

test('the atlas’s own dataset answering 500 says so, and Retry loads the atlas', async ({ atlas, page }) => {
  let broken = true;
  await page.route(/\/assets\/atlas-[^/]*\.json$/, (route) =>
    broken ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.fallback(),
  );
  await page.goto(`./?${LIGHT}`);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(alert(page)).toContainText('The server answered HTTP 500 for the data file');
  // Nothing half-drawn: no site list next to the message.
  await expect(atlas.siteList()).toHaveCount(0);
  broken = false;
  await retry(page).click();
  await expect(atlas.siteButton(/Borlänge/)).toBeVisible(visible);
  expect(atlas.consoleErrors.filter((e) => !e.includes('status of 500'))).toEqual([]);
});

test('a web page served instead of the data file is named as such, and Retry loads the file', async ({
  atlas,
  page,
}) => {
  // No route at first: the e2e server, like most static hosts, answers a missing file with its
  // index.html and a 200.
  await page.goto(`./?data=custom/not-yet.json&${LIGHT}`);
  await expect(fetchFailed(page)).toBeVisible(visible);
  await expect(alert(page)).toContainText('sent a web page (HTML) instead of the data file');
  await expect(alert(page)).not.toContainText('Unexpected token');
  await expect(alert(page)).not.toContainText('doctype');
  await page.route('**/custom/not-yet.json', (route) => route.fulfill(json(validCustom())));
  await retry(page).click();
  await customLoaded(page);
  expect(atlas.consoleErrors).toEqual([]);
});

test('a dataset with 250 problems lists the first 100, and downloads every one in full', async ({
  atlas,
  page,
}) => {
  const atlasJson = realAtlas();
  const sites = atlasJson.sites as Record<string, unknown>[];
  const model = sites[0]!;
  for (let n = 0; n < 250; n++)
    sites.push({
      ...model,
      id: `copy-${n}`,
      location: { ...(model.location as object), lat: 'north' },
    });
  // The page's clock stands still: on a busy machine the route took longer than the fetch's 10 s
  // stall timeout to hand over this big file, and the atlas rightly said it never came.
  await frozenClock(page);
  await page.route('**/custom/many-problems.json', (route) => route.fulfill(json(atlasJson)));
  await page.goto(`./?data=custom/many-problems.json&${LIGHT}`);
  await expect(page.getByRole('heading', { name: 'The data file has problems' })).toBeVisible(visible);
  await expect(alert(page).getByRole('listitem')).toHaveCount(100);
  await expect(alert(page)).toContainText('…and 150 more problems.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert(page).getByRole('button', { name: 'Download all 250 problems (text file)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('many-problems-problems.txt');
  const lines = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\n');
  expect(lines[0]).toBe('250 problems in custom/many-problems.json');
  expect(lines.slice(2)).toHaveLength(250);
  expect(lines.at(-1)).toMatch(/^sites\[253\]\.location\.lat: /);
  expect(atlas.consoleErrors).toEqual([]);
});

test.describe('a validation worker that does not start', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/assets\/validate-worker-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
  });

  test('a ?data= dataset is checked on the page instead: a valid one loads', async ({ atlas, page }) => {
    await page.route('**/custom/valid.json', (route) => route.fulfill(json(validCustom())));
    await page.goto(`./?data=custom/valid.json&${LIGHT}`);
    await customLoaded(page);
    await expect(atlas.siteButton(/Borlänge/)).toBeVisible();
    // The worker was asked for, and failed: the fallback is what loaded the file.
    expect(atlas.requests.some((url) => /validate-worker-/.test(url))).toBe(true);
    expect(atlas.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  test('a broken one still lists its problems by path', async ({ atlas, page }) => {
    await page.route('**/custom/broken.json', (route) => route.fulfill(json(brokenCustom())));
    await page.goto(`./?data=custom/broken.json&${LIGHT}`);
    await expect(page.getByRole('heading', { name: 'The data file has problems' })).toBeVisible(visible);
    await expect(alert(page)).toContainText('sites[0].location.lat');
    expect(atlas.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  test('nor the page’s own validator: the panel says so, and Retry loads once it is back', async ({
    atlas,
    page,
  }) => {
    let down = true;
    await page.route(/\/assets\/validate-text-[^/]*\.js$/, (route) =>
      down ? route.abort('connectionrefused') : route.fallback(),
    );
    await page.route('**/custom/valid.json', (route) => route.fulfill(json(validCustom())));
    await page.goto(`./?data=custom/valid.json&${LIGHT}`);
    await expect(fetchFailed(page)).toBeVisible(visible);
    await expect(alert(page)).toContainText('the atlas’s own code that checks it could not be loaded');
    down = false;
    await retry(page).click();
    await customLoaded(page);
    expect(atlas.consoleErrors.filter((e) => !/404|ERR_CONNECTION_REFUSED|validate-text/.test(e))).toEqual(
      [],
    );
  });
});

/** Storage as some browsers give it: absent (private modes, blocked cookies) or full. */
async function breakStorage(page: Page, how: 'missing' | 'full') {
  await page.addInitScript((how) => {
    if (how === 'missing') {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB'])
        Object.defineProperty(window, name, { get: refuse, configurable: true });
      return;
    }
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = full;
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  }, how);
}

for (const how of ['missing', 'full'] as const) {
  test(`with browser storage ${how}, the atlas, presenter mode and the story editor keep working`, async ({
    atlas,
    page,
  }) => {
    await breakStorage(page, how);
    await atlas.open(`?${LIGHT}`);
    await atlas.selectSiteInList(/Borlänge/);
    await expect(page).toHaveURL(/site=borlange/);

    await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
    const title = page.locator('#presenter-title');
    await expect(title).toBeVisible(visible);
    const first = await title.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/present=2/);
    await expect(title).not.toHaveText(first!);
    await page.keyboard.press('Escape');
    await expect(atlas.siteList()).toBeVisible(visible);

    await page.getByRole('banner').getByRole('button', { name: 'New story' }).click();
    const editor = page.getByRole('complementary', { name: 'Story editor' });
    await expect(editor).toContainText(
      how === 'missing'
        ? 'Drafts cannot be kept in this browser (storage is off or unavailable)'
        : 'storage is full: the draft was not saved',
      visible,
    );
    await editor.getByRole('textbox', { name: 'Story title' }).fill('Without storage');
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    await expect(editor.getByRole('button', { name: /^Step 1: / })).toBeVisible();
    expect(atlas.consoleErrors).toEqual([]);
  });
}

test('hostile messages on the presenter channel are ignored; the paired notes window still moves the stage', async ({
  atlas,
  page,
  context,
}) => {
  await page.goto('./?present=1&lang=en');
  const progress = page.locator('.presenter-progress [aria-hidden]');
  await expect(progress).toHaveText(/^1 \/ \d+$/, visible);
  const historyBefore = await page.evaluate(() => history.length);
  const token = await page.evaluate(() => sessionStorage.getItem('compute-atlas:presenter-token'));
  expect(token).toMatch(/^[0-9a-f]{32}$/);

  // Another document of the same origin, as any page on the site could be.
  const other = await context.newPage();
  await other.goto('./favicon.svg');
  await other.evaluate((token) => {
    const channel = new BroadcastChannel('compute-atlas-presenter');
    const step = (fields: Record<string, unknown>) => ({ type: 'presenter:step', from: 'notes', ...fields });
    const hostile: unknown[] = [
      ...Array.from({ length: 40 }, (_, n) => step({ step: 7, startedAt: n })),
      step({ step: 7, startedAt: null, token: 'f'.repeat(32) }),
      step({ step: 7, startedAt: null, token: `${token}x` }),
      { type: 'presenter:story', from: 'main', story: { steps: [] } },
      { type: 'presenter:hello', from: 'notes' },
      step({ step: -1, startedAt: null, token }),
      step({ step: 2.5, startedAt: null, token }),
      step({ step: '7', startedAt: null, token }),
      step({ step: 1e308, startedAt: 'now', token }),
      { type: 'presenter:step', from: 'main', step: 7, startedAt: null, token },
      null,
      'presenter:step',
      [token],
      { toString: null, token },
    ];
    for (const message of hostile) channel.postMessage(message);
    // Then the one message the paired notes window would send: channels keep their order, so the
    // stage has heard every message above once it shows step 3.
    channel.postMessage(step({ step: 3, startedAt: null, token }));
  }, token);
  await expect(progress).toHaveText(/^3 \/ \d+$/, visible);
  await expect(page).toHaveURL(/present=3/);
  // One step taken, one history entry at most: the 40 hostile steps added none.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
  expect(atlas.consoleErrors).toEqual([]);
});
