import { readFileSync } from 'node:fs';
import { expect as baseExpect } from '@playwright/test';
import { test } from './support/atlas-test';

// What the room sees and what a story's writer reads: the stage carries a talk's controls only,
// and a story file's problems name the step and the field as the editor shows them.
test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

const builtIn = () =>
  JSON.parse(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8')) as {
    steps: { title: { fr: string; en: string }; state: string }[];
  };

test('the stage shows a talk’s controls, never the editor’s', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=2&lang=en');
  const bar = page.getByRole('navigation', { name: 'Presentation' });
  await expect(bar.getByRole('button', { name: /Next/ })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Speaker notes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New story' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Edit a copy/ })).toHaveCount(0);
});

test('a story file’s problems name the step and the field, in the reader’s language', async ({ page }) => {
  const story = builtIn();
  story.steps[3]!.title.fr = 'x'.repeat(200);
  story.steps[3]!.state = 'view=48.5,2.3,30';
  await page.route('**/stories/hand-written.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }),
  );
  await page.goto('./?story=stories/hand-written.json&present=1&lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Step 4, Title (French): at most 120 characters');
  await expect(alert).toContainText('Step 4, View: "view=48.5,2.3,30": zoom must be between 0 and 22');
  await expect(alert).not.toContainText('steps.3');
  await page.goto('./?story=stories/hand-written.json&present=1&lang=fr');
  await expect(page.getByRole('alert')).toContainText(
    'Étape 4, Titre (français)\u00a0: 120 caractères au plus',
  );
});
