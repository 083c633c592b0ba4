/**
 * "every panel's state in the URL": the investments chart's grouping and scale and the
 * table views are written to the link only when not the default, survive a reload, follow
 * Back/Forward, ignore garbage, and reach the Embed dialog's code. At three screen sizes.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas-test';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const panel = (page: Page, name: 'Investments' | 'Timeline') =>
  page.locator(`section.panel-${name.toLowerCase()}`);

async function show(page: Page, phone: boolean, name: 'Investments' | 'Timeline') {
  if (phone) await page.getByRole('tab', { name }).click();
  await expect(panel(page, name)).toBeVisible();
}

const choice = (page: Page, name: string) =>
  panel(page, 'Investments').getByRole('button', { name, exact: true });

async function expectChoices(page: Page, pressed: string[], released: string[]) {
  for (const name of pressed) await expect(choice(page, name)).toHaveAttribute('aria-pressed', 'true');
  for (const name of released) await expect(choice(page, name)).toHaveAttribute('aria-pressed', 'false');
}

for (const size of SIZES) {
  test.describe(`panel state at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    const phone = size.name === 'phone';

    test('grouping, scale and table view: in the link, restored on reload and Back/Forward', async ({
      atlas,
      page,
    }) => {
      await atlas.open('?lang=en');
      await show(page, phone, 'Investments');
      await expectChoices(page, ['Country', 'Linear'], ['Investor', 'Log']);
      expect(new URL(page.url()).searchParams.has('group')).toBe(false);

      await choice(page, 'Investor').click();
      await expect(page).toHaveURL(/[?&]group=investor(&|$)/);
      await choice(page, 'Log').click();
      await expect(page).toHaveURL(/[?&]group=investor&scale=log(&|$)/);
      await panel(page, 'Investments').getByRole('button', { name: 'Show as table' }).click();
      await expect(page).toHaveURL(/[?&]table=investments(&|$)/);
      await panel(page, 'Investments').getByRole('button', { name: 'Show as table' }).click();
      await expect(page).not.toHaveURL(/table=/);

      await page.reload();
      await atlas.waitForReady();
      await show(page, phone, 'Investments');
      await expectChoices(page, ['Investor', 'Log'], ['Country', 'Linear']);
      await expect(panel(page, 'Investments').locator('.investments-chart')).toBeVisible();

      await page.goBack(); // the table view off -> on
      await expect(page).toHaveURL(/table=investments/);
      await expect(panel(page, 'Investments').getByRole('table')).toBeVisible();
      await page.goBack(); // table on -> off
      await page.goBack(); // log -> linear
      await expect(page).not.toHaveURL(/scale=/);
      await expectChoices(page, ['Investor', 'Linear'], ['Log']);
      await page.goBack(); // investor -> country
      await expect(page).not.toHaveURL(/group=/);
      await expectChoices(page, ['Country', 'Linear'], ['Investor']);
      await page.goForward();
      await expect(page).toHaveURL(/group=investor/);
      await expectChoices(page, ['Investor'], ['Country']);
    });

    test('the timeline table view is in the link too, and garbage is ignored', async ({ atlas, page }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await atlas.open('?lang=en&group=sector&scale=LOG&table=timeline,map');
      await show(page, phone, 'Investments');
      await expectChoices(page, ['Country', 'Linear'], ['Investor', 'Log']);
      expect(warnings.join('\n')).toMatch(/group="sector"/);
      expect(warnings.join('\n')).toMatch(/scale="LOG"/);
      expect(warnings.join('\n')).toMatch(/table="timeline,map"/);

      await show(page, phone, 'Timeline');
      const toggle = panel(page, 'Timeline').getByRole('button', { name: 'Show as table' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.click();
      await expect(page).toHaveURL(/[?&]table=timeline(&|$)/);
      await page.reload();
      await atlas.waitForReady();
      await show(page, phone, 'Timeline');
      await expect(panel(page, 'Timeline').getByRole('table')).toBeVisible();
      await page.goBack();
      await expect(panel(page, 'Timeline').getByRole('button', { name: 'Show as table' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    });

    test('the Embed dialog offers the grouping and scale, starting from the current view', async ({
      atlas,
      page,
    }) => {
      await atlas.open('?lang=en&group=investor');
      if (phone) await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('header').getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = page.getByRole('dialog');
      const code = dialog.getByLabel('Embed code');
      await expect(dialog.getByLabel('Investments grouped by')).toHaveValue('investor');
      await expect(code).toHaveValue(/group=investor/);
      await expect(code).not.toHaveValue(/scale=/);
      await dialog.getByLabel('Investments scale').selectOption('log');
      await expect(code).toHaveValue(/group=investor&amp;scale=log/);
    });
  });
}
