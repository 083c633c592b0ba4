import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { HostPage, startHostServer } from './fixtures/host-page';
import { AtlasDriver } from './support/atlas-driver';

// Presenter mode: a story told in steps, for a projector, a clicker and a speaker.
const story = JSON.parse(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8')) as {
  steps: { title: { en: string; fr: string }; state: string }[];
};
const count = story.steps.length;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Software WebGL on a shared 2-core machine: a journey may take minutes, so wait long on what a
// user would see (every wait below is on visible state or the atlas:ready mark, none is a sleep).
test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

async function open(page: Page, query: string) {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
    timeout: 150_000,
  });
}

const progress = (page: Page) => page.locator('.presenter-progress [aria-hidden]');
const stepTitle = (page: Page) => page.locator('#presenter-title');
const presentParam = (page: Page) => new URL(page.url()).searchParams.get('present');

async function expectStep(page: Page, step: number) {
  await expect(progress(page)).toHaveText(`${step} / ${count}`);
  await expect(stepTitle(page)).toHaveText(story.steps[step - 1]!.title.en);
  await expect.poll(() => presentParam(page)).toBe(String(step));
}

test('the Present button starts the story and clicker keys move through it, the URL following', async ({
  page,
}) => {
  const atlas = new AtlasDriver(page);
  await open(page, '?lang=en');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expectStep(page, 1);

  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  // The URL carries the step's view: its selection and time cursor.
  const step2 = new URLSearchParams(story.steps[1]!.state);
  await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe(step2.get('site'));
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(step2.get('date'));
  await page.keyboard.press('Space');
  await expectStep(page, 3);
  await page.keyboard.press('PageDown');
  await expectStep(page, 4);
  await page.keyboard.press('PageUp');
  await expectStep(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2);
  await page.keyboard.press('End');
  await expectStep(page, count);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, count);
  await page.keyboard.press('Home');
  await expectStep(page, 1);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);

  // A step number, then Enter.
  await page.keyboard.press('5');
  await expect(page.getByRole('status').filter({ hasText: 'Go to step 5' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectStep(page, 5);

  // The clicker's blank key ('.'), then an arrow brings the picture back without moving.
  const blank = page.getByRole('button', { name: /Screen blanked/ });
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(blank).toBeHidden();
  await expectStep(page, 5);
  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  await page.keyboard.press('B');
  await expect(blank).toBeHidden();

  // Back goes to the step shown before the jump.
  await page.goBack();
  await expectStep(page, 1);
  expect(atlas.consoleErrors).toEqual([]);
});

test('a present=3 link opens step 3, with its selection', async ({ page }) => {
  await open(page, '?present=3&lang=en');
  await expectStep(page, 3);
  await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('essonne');
  await expect(page.getByRole('button', { name: /Go to step 3/ })).toHaveAttribute('aria-current', 'step');
});

test('a step past the end lands on the last step', async ({ page }) => {
  await open(page, '?present=99&lang=en');
  await expectStep(page, count);
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`caption and body text are at least 24 px at ${size.width}×${size.height}, on screen`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page, '?present=5&lang=fr');
    await expect(progress(page)).toHaveText(`5 / ${count}`);
    const texts = page.locator(
      '.presenter-caption h2, .presenter-caption .presenter-text, .presenter-caption li, .presenter-progress, .presenter-bar > button',
    );
    const sizes = await texts.evaluateAll((elements) =>
      elements.map((e) => ({
        text: e.textContent?.slice(0, 20),
        px: parseFloat(getComputedStyle(e).fontSize),
        inside: e.getBoundingClientRect().bottom <= window.innerHeight + 0.5,
      })),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    for (const entry of sizes) {
      expect(entry.px, entry.text).toBeGreaterThanOrEqual(24);
      expect(entry.inside, `${entry.text} is on screen`).toBe(true);
    }
  });
}

test('the speaker-notes window follows the presentation and drives it, across reloads', async ({
  page,
  context,
}) => {
  test.setTimeout(480_000); // three windows, four loads of the atlas on a loaded machine
  await open(page, '?present=2&lang=en');
  await expectStep(page, 2);
  // S opens the notes window.
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const notesProgress = notes.getByTestId('notes-progress');
  await expect(notesProgress).toHaveText(`2 / ${count}`);
  await expect(notes.getByText(`Next: ${story.steps[2]!.title.en}`)).toBeVisible();
  await expect(notes.getByText(/Elapsed: \d\d:\d\d/)).toBeVisible();

  // It follows the presentation…
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
  await expect(notesProgress).toHaveText(`3 / ${count}`);
  // …and drives it, with its buttons and its keys.
  await notes.getByRole('button', { name: /Next/ }).click();
  await expectStep(page, 4);
  await notes.keyboard.press('ArrowLeft');
  await expectStep(page, 3);

  // A reload of either window picks the story up again.
  await notes.reload();
  await expect(notesProgress).toHaveText(`3 / ${count}`);
  await page.reload();
  await expectStep(page, 3);
  await page.keyboard.press('ArrowRight');
  await expect(notesProgress).toHaveText(`4 / ${count}`);
  await notes.getByRole('button', { name: /Next/ }).click();
  await expectStep(page, 5);

  // A notes window opened by hand (another tab of the same context) has no token: it joins
  // nothing, says where to open the notes from, and the presentation stays where it is.
  const second = await context.newPage();
  await second.goto('./?present=1&notes=1&lang=en');
  await expect(second.getByRole('alert')).toContainText('Open the speaker notes from the presentation');
  await expect(second.getByTestId('notes-progress')).toHaveCount(0);
  await expectStep(page, 5);
});

test('a framed notes view refuses to run, even with a token, and cannot move the presentation', async ({
  page,
}) => {
  await open(page, '?present=2&lang=en');
  await expectStep(page, 2);
  // Another page of the origin frames the notes view at step 7 with a made-up token.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.title = 'framed notes';
    frame.src = `./?present=7&notes=1&lang=en#token=${'ab'.repeat(16)}`;
    document.body.append(frame);
  });
  const framed = page.frameLocator('iframe[title="framed notes"]');
  await expect(framed.getByRole('alert')).toContainText('do not open inside another page');
  // Same-origin code posting on the channel without the token is ignored too.
  await page.evaluate(() => {
    const channel = new BroadcastChannel('compute-atlas-presenter');
    for (let i = 0; i < 40; i++)
      channel.postMessage({ type: 'presenter:step', from: 'notes', step: 7, startedAt: null });
    channel.close();
  });
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
});

test('Escape leaves full screen first, then presenter mode', async ({ page }) => {
  await open(page, '?present=2&lang=en');
  await expectStep(page, 2);
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(fullscreen).toBe(false);
  await expect(progress(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  await expect(progress(page)).toHaveCount(0);
  await expect.poll(() => presentParam(page)).toBeNull();
});

for (const query of ['?present=4&lang=en', '?present=6&lang=fr&theme=dark']) {
  test(`axe finds no WCAG 2.2 AA violation in presenter mode (${query})`, async ({ page }) => {
    await open(page, query);
    await expect(progress(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target) })),
    ).toEqual([]);
  });
}

test('axe finds no violation in the speaker-notes window', async ({ page }) => {
  await open(page, '?present=3&lang=en&theme=dark');
  await expectStep(page, 3);
  const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(notes.getByTestId('notes-progress')).toHaveText(`3 / ${count}`);
  const results = await new AxeBuilder({ page: notes }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the handout prints one page per step', async ({ page }) => {
  await open(page, '?present=1&lang=en');
  await expectStep(page, 1);
  // The print dialog itself is the browser's: count that it was asked for, then print to PDF.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const handout = page.getByTestId('handout');
  await expect(handout.locator('article')).toHaveCount(count);
  // Every page has its map drawn from the basemap before printing.
  await expect(handout.locator('.handout-map-figure svg path').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(page.locator('.presenter-stage')).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBe(count);
});

test.describe('story embed', () => {
  let server: Awaited<ReturnType<typeof startHostServer>>;
  test.beforeAll(async ({ baseURL }) => {
    server = await startHostServer(baseURL!);
  });
  test.afterAll(() => server.close());

  test('embed=1&present=1: Previous/Next buttons, keys only while focused, atlas:state reports the step', async ({
    page,
    baseURL,
  }) => {
    const host = new HostPage(page, baseURL!, server.origin);
    // HostPage.open waits 20 s for both embeds; a story embed on a loaded machine needs longer.
    await page.goto(
      `${server.origin}/host.html?${new URLSearchParams({ a: 'present=1&lang=en', b: 'panels=details&lang=en' })}`,
    );
    await expect.poll(() => host.types('a'), { timeout: 150_000 }).toContain('atlas:ready');
    const atlas = host.atlas('a');
    const embedProgress = atlas.locator('.presenter-progress [aria-hidden]');
    await expect(embedProgress).toHaveText(`1 / ${count}`);
    await expect(atlas.getByRole('button', { name: 'Leave' })).toHaveCount(0);

    await atlas.getByRole('button', { name: /Next/ }).click();
    await expect(embedProgress).toHaveText(`2 / ${count}`);
    const presentSteps = async () =>
      (await host.states('a')).map((s) => (s as unknown as { present: number | null }).present);
    await expect.poll(async () => (await presentSteps()).at(-1)).toBe(2);

    // Keys typed in the host page do not reach the story…
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('ArrowRight');
    await expect(embedProgress).toHaveText(`2 / ${count}`);
    // …until the reader focuses the embed.
    await atlas.locator('#presenter-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(embedProgress).toHaveText(`3 / ${count}`);
    await expect.poll(async () => (await presentSteps()).at(-1)).toBe(3);
  });
});
