import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas-test';

// The Data desk (`?desk=1`): a file checked in the browser, its problems by row and column, a
// preview of the atlas with it, the checked atlas.json to download.

test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 30_000 });
const visible = { timeout: 60_000 };
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/newsroom/${name}`, import.meta.url), 'utf8');

/** Drops a file on the desk as a browser does: a `drop` event whose DataTransfer holds it. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  await page.locator('[data-drop-zone]').evaluate(
    (zone, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: file.type }));
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text, type },
  );
}

test('a picked CSV with problems is listed row by row, column by column', async ({ page }) => {
  await page.goto('./?desk=1&lang=en');
  await expect(page.getByRole('heading', { name: 'Data desk' })).toBeVisible(visible);
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixture('broken.csv')),
  });
  const problems = page.getByRole('alert').filter({ hasText: 'problems in broken.csv' });
  await expect(problems).toBeVisible(visible);
  const rows = problems.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('3');
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('lat');
  await expect(rows.nth(1)).toContainText("'north'");
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('status');
});

test('the French desk says what each cell should hold in French', async ({ page }) => {
  await page.goto('./?desk=1&lang=fr');
  await expect(page.getByRole('heading', { name: 'Atelier de données' })).toBeVisible(visible);
  await page.getByLabel('Choisir un fichier').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixture('broken.csv')),
  });
  const problems = page.getByRole('alert').filter({ hasText: 'problèmes dans broken.csv' });
  await expect(problems).toBeVisible(visible);
  await expect(problems.getByRole('columnheader').nth(2)).toHaveText('Attendu');
  const rows = problems.getByRole('row');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('un nombre de -90 à 90');
  await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText('«\u00A0north\u00A0»');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText(
    'l’une de ces valeurs\u00A0: announced, planned, under-construction ou operational',
  );
});

test('a dropped file is previewed as the atlas, and downloads as the checked atlas.json', async ({
  page,
}) => {
  await page.goto('./?desk=1&lang=en&panels=details');
  await expect(page.getByRole('heading', { name: 'Data desk' })).toBeVisible(visible);
  await dropFile(page, 'sites.csv', fixture('sites.csv'), 'text/csv');
  await expect(page.getByRole('heading', { name: 'sites.csv: 2 sites, all checks passed' })).toBeVisible(
    visible,
  );
  const preview = page.getByRole('region', { name: 'Preview of the atlas with your data' });
  await expect(preview.getByRole('button', { name: /Lyon Campus/ })).toBeVisible(visible);
  await expect(preview.getByRole('button', { name: /Milano Hub/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Embed it' })).toHaveValue(/\?data=https%3A%2F%2FYOUR-SITE/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the checked atlas.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('atlas.json');
  const atlas = JSON.parse(readFileSync(await download.path(), 'utf8')) as { sites: { id: string }[] };
  expect(atlas.sites.map((site) => site.id)).toEqual(['lyon-campus', 'milano-hub']);
});
