import { readFileSync } from 'node:fs';
import { test, expect } from './support/atlas-test';

// Presenter mode as behaviour: entering stops playback, leaving gives the visitor back the view
// they had, and every step frames its sites with enough around them to know where they are.
const story = JSON.parse(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8')) as {
  steps: { title: { en: string }; state: string }[];
};
const sites = JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as {
  sites: { id: string }[];
  events: { id: string; site?: string }[];
};

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000, viewport: { width: 1024, height: 768 } });

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

test('Escape gives back the view from before Present, and Present stops a playing timeline', async ({
  atlas,
  page,
}) => {
  await atlas.open('?lang=en&site=borlange&date=2025-06-01&view=58,14,4.2');
  await atlas.map.ask('whenIdle');
  const before = params(page.url());
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('#presenter-title')).toHaveText(story.steps[0]!.title.en);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#presenter-title')).toHaveText(story.steps[1]!.title.en);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  await expect.poll(() => params(page.url())).toEqual(before);
  await expect(atlas.detailsHeading()).toContainText('Borlänge');

  // Pressed while the timeline plays: the stage (which has no Play button of its own) shows step
  // 1's date, and back on the atlas nothing plays on.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('#presenter-title')).toHaveText(story.steps[0]!.title.en);
  const step1 = new URLSearchParams(story.steps[0]!.state);
  await expect.poll(() => params(page.url()).date).toBe(step1.get('date'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

const siteOf = (id: string | null) =>
  id === null
    ? null
    : (sites.sites.find((site) => site.id === id)?.id ?? sites.events.find((e) => e.id === id)?.site ?? null);

story.steps.forEach((step, index) => {
  const state = new URLSearchParams(step.state);
  const site = siteOf(state.get('site'));
  test(`step ${index + 1} frames its site with context and shows its timeline lane`, async ({
    atlas,
    page,
  }) => {
    await page.goto(`./?lang=en&present=${index + 1}`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 150_000,
    });
    await atlas.map.ask('whenIdle');
    // Close enough to read, far enough to recognise the country around it: at most zoom 5.5.
    const { zoom } = await atlas.map.camera();
    expect(zoom).toBeLessThanOrEqual(5.5);
    if (site) {
      const point = await atlas.map.pointOf(site);
      const box = (await atlas.map.map().boundingBox())!;
      const margin = 0.1;
      expect(point.x - box.x).toBeGreaterThan(box.width * margin);
      expect(point.x - box.x).toBeLessThan(box.width * (1 - margin));
      expect(point.y - box.y).toBeGreaterThan(box.height * margin);
      expect(point.y - box.y).toBeLessThan(box.height * (1 - margin));
    }
    // The selected event's row of the timeline is on screen, not cut off below another lane.
    const selected = state.get('site');
    const mark = page.locator(`[data-event-id="${selected}"]`);
    if (selected && (await mark.count()) > 0) await expect(mark.first()).toBeInViewport({ ratio: 0.9 });
  });
});
