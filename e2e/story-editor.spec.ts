import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect as baseExpect, type Page } from '@playwright/test';
import { test } from './support/atlas-test';

// A presenter builds a story in the atlas, keeps it across a reload, presents it with a clicker's
// keys, downloads it and shares it back as `?story=`.
test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const editor = (page: Page) => page.getByRole('complementary', { name: 'Story editor' });
const stageTitle = (page: Page) => page.locator('#presenter-title');

async function ready(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
    timeout: 150_000,
  });
}

async function addView(page: Page, title: string) {
  const panel = editor(page);
  await panel.getByRole('button', { name: 'Add this view as a step' }).click();
  const field = panel.getByRole('textbox', { name: 'Title', exact: true });
  await field.fill(title);
  await expect(panel.getByRole('button', { name: new RegExp(`^Step \\d: ${title}$`) })).toBeVisible();
}

const stepButtons = (page: Page) => editor(page).getByRole('button', { name: /^Step \d: / });

/**
 * dnd-kit's keyboard drag, step by step as a screen-reader user meets it: lift (Space) until the
 * handle is pressed, move up one (ArrowUp) until "is over position N-1" is announced, drop
 * (Space). Keys sent faster than the drag starts are lost on a busy machine. ("Picked up" is
 * replaced at once by the first "is over" announcement, so it is not waited for.)
 */
async function moveUpWithKeyboard(page: Page, name: string, from: number) {
  const handle = editor(page).getByRole('button', { name });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(new RegExp(` is over position ${from - 1}\\.$`))).toBeAttached();
  await page.keyboard.press('Space');
}

test('build a three-step story from three views, keep it across a reload, present it, download it and share it with ?story=', async ({
  atlas,
  page,
}) => {
  await atlas.open('?lang=en');
  await page.getByRole('banner').getByRole('button', { name: 'New story' }).click();
  await editor(page).getByRole('textbox', { name: 'Story title' }).fill('My briefing');

  // Three views, each set up with the atlas itself.
  await atlas.selectSiteInList(/Essonne/);
  await expect(page).toHaveURL(/site=essonne/);
  await addView(page, 'One');
  await atlas.selectSiteInList(/Borlänge/);
  await expect(page).toHaveURL(/site=borlange/);
  await addView(page, 'Two');
  await editor(page).getByRole('textbox', { name: 'Caption' }).fill('The Swedish campus');
  await atlas.details.search('TF1');
  await atlas.details.chooseWithKeyboard();
  await expect(page).toHaveURL(/site=essonne-announced-tf1/);
  await addView(page, 'Three');
  await expect(stepButtons(page)).toHaveText(['Step 1: One', 'Step 2: Two', 'Step 3: Three']);

  // Reorder with the keyboard: lift step 3, move it up one, drop it.
  await moveUpWithKeyboard(page, 'Move step 3: Three', 3);
  await expect(stepButtons(page)).toHaveText(['Step 1: One', 'Step 2: Three', 'Step 3: Two']);
  // Undo puts it back; the move is made again for the rest of the journey.
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await expect(stepButtons(page)).toHaveText(['Step 1: One', 'Step 2: Two', 'Step 3: Three']);
  await moveUpWithKeyboard(page, 'Move step 3: Three', 3);
  await expect(stepButtons(page)).toHaveText(['Step 1: One', 'Step 2: Three', 'Step 3: Two']);
  await expect(editor(page).getByText('The story is ready to present and download.')).toBeVisible();
  await expect(editor(page).getByRole('button', { name: 'Open My briefing' })).toBeVisible();

  // A reload keeps the draft: it is listed, and opens with its steps in their order.
  await page.reload();
  await ready(page);
  await page.getByRole('banner').getByRole('button', { name: 'New story' }).click();
  await editor(page).getByRole('button', { name: 'Open My briefing' }).click();
  await expect(stepButtons(page)).toHaveText(['Step 1: One', 'Step 2: Three', 'Step 3: Two']);

  // Present it, and move with a clicker's keys.
  await editor(page).getByRole('button', { name: 'Present' }).click();
  await expect(stageTitle(page)).toHaveText('One');
  await page.keyboard.press('PageDown');
  await expect(stageTitle(page)).toHaveText('Three');
  await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('essonne-announced-tf1');
  await page.keyboard.press('ArrowRight');
  await expect(stageTitle(page)).toHaveText('Two');
  await expect(page.getByText('The Swedish campus')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(stageTitle(page)).toHaveText('Three');

  // Leave: the editor comes back on the same story, which downloads as story.json.
  await page.keyboard.press('Escape');
  await expect(stepButtons(page)).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor(page).getByRole('button', { name: 'Download story' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    title: { en: string };
    steps: { title: { en: string }; state: string; cites: string[] }[];
  };
  expect(file.title.en).toBe('My briefing');
  // Each step keeps its selection and the camera it was added with.
  expect(file.steps.map((s) => [s.title.en, s.state.replace(/&view=[-\d.,]+$/, ''), s.cites])).toEqual([
    ['One', 'site=essonne', ['essonne']],
    ['Three', 'site=essonne-announced-tf1', ['essonne-announced-tf1']],
    ['Two', 'site=borlange', ['borlange']],
  ]);

  // Shared back as ?story= (a path on the atlas's own origin), it opens at the step asked for.
  await page.route('**/stories/my-briefing.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }),
  );
  await page.goto('./?story=stories/my-briefing.json&present=3&lang=en');
  await expect(stageTitle(page)).toHaveText('Two');
  await page.keyboard.press('ArrowLeft');
  await expect(stageTitle(page)).toHaveText('Three');
  expect(atlas.consoleErrors).toEqual([]);
});

test('a story naming ids the dataset lacks lists them with the steps they affect', async ({ page }) => {
  const text = (en: string) => ({ fr: '', en });
  const step = (id: string, site: string) => ({
    id,
    title: text(id),
    caption: text(''),
    notes: text(''),
    cites: [site],
    state: `site=${site}`,
  });
  const story = {
    id: 'elsewhere',
    title: text('Written for another dataset'),
    steps: [step('a', 'essonne'), step('b', 'no-such-site'), step('c', 'no-such-site')],
  };
  await page.route('**/stories/elsewhere.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }),
  );
  await page.goto('./?story=stories/elsewhere.json&present=1&lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This story names 1 record this dataset does not have');
  await expect(alert).toContainText('no-such-site: steps 2, 3');
  await page.getByRole('button', { name: 'Present anyway' }).click();
  await expect(stageTitle(page)).toHaveText('a');
});

test('a ?story= that is not a story says why, as text', async ({ page }) => {
  await page.route('**/stories/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ id: 'x', title: { fr: '', en: '<img src=x onerror=alert(1)>' }, steps: [] }),
    }),
  );
  await page.goto('./?story=stories/broken.json&present=1&lang=en');
  await expect(page.getByRole('alert')).toContainText('Steps: a story needs at least one step');
  await page.goto('./?story=javascript:alert(1)&present=1&lang=en');
  await expect(page.getByRole('alert')).toContainText('is not an address the atlas reads');
});

test('axe finds nothing in the editor, in English and in French', async ({ atlas, page }) => {
  await atlas.open('?lang=en&site=essonne');
  await page.getByRole('banner').getByRole('button', { name: 'New story' }).click();
  await editor(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await editor(page).getByRole('button', { name: 'Pin a label' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Label 1' })).toBeVisible();
  const scan = async () =>
    (await new AxeBuilder({ page }).include('aside').withTags(WCAG).analyze()).violations.map((v) => ({
      rule: v.id,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  expect(await scan()).toEqual([]);
  await page.getByRole('button', { name: 'FR', exact: true }).first().click();
  const french = page.getByRole('complementary', { name: 'Éditeur de récit' });
  await expect(french.getByRole('button', { name: 'Ajouter cette vue comme étape' })).toBeVisible();
  await expect(french.getByRole('textbox', { name: 'Légende' })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('at 1024×768 the stage fills the screen: chart text of 18 px or more, nothing scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?present=4&lang=en');
  await ready(page);
  const chart = page.getByRole('figure', { name: /as of/ });
  await expect(chart).toBeVisible();
  const facts = await page.evaluate(() => {
    const stage = document.querySelector('main#content')!;
    const figure = stage.querySelector('figure')!;
    const texts = [...figure.querySelectorAll('*')].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    );
    const scrolling = [stage, ...stage.querySelectorAll('*')].filter((e) => {
      const { overflowY, overflowX } = getComputedStyle(e);
      const scrollable = (o: string) => o === 'auto' || o === 'scroll';
      return (
        (scrollable(overflowY) && e.scrollHeight > e.clientHeight + 1) ||
        (scrollable(overflowX) && e.scrollWidth > e.clientWidth + 1)
      );
    });
    const box = figure.getBoundingClientRect();
    return {
      smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
      texts: texts.length,
      scrolling: scrolling.map((e) => e.tagName + '.' + e.className),
      page: document.documentElement.scrollHeight <= window.innerHeight,
      chart: { width: box.width, height: box.height },
      caption: parseFloat(getComputedStyle(document.querySelector('#presenter-title + p')!).fontSize),
    };
  });
  expect(facts.texts).toBeGreaterThan(3);
  expect(facts.smallest).toBeGreaterThanOrEqual(18);
  expect(facts.scrolling).toEqual([]);
  expect(facts.page).toBe(true);
  expect(facts.caption).toBeGreaterThanOrEqual(24);
  expect(facts.chart.width).toBeGreaterThan(350);
  expect(facts.chart.height).toBeGreaterThan(300);
});
