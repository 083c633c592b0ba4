import { readDetailsDataset } from './support/details-driver';
import { test, expect } from './support/atlas-test';

// What a newcomer reads on a first visit: the summary line, the phone's first screen, About from
// top to bottom, and the pages its links open.
test.describe.configure({ timeout: 180_000 });

const dataset = readDetailsDataset() as unknown as Record<string, { id: string }[] | unknown>;
/** Hyphenated record ids are ours alone; one-word ids ("essonne") are also plain words. */
const internalIds = ['sites', 'events', 'investments', 'facts', 'notes', 'sources']
  .flatMap((key) => ((dataset[key] as { id: string }[] | undefined) ?? []).map((record) => record.id))
  .filter((id) => id.includes('-'));

test('the summary names each town once, with all its figures', async ({ atlas, page }) => {
  await atlas.open('?lang=en');
  const summary = page.getByRole('status', { name: /summary/i });
  await expect(summary).toContainText('Bruyères-le-Châtel');
  const text = (await summary.textContent()) ?? '';
  expect(text.split('Bruyères-le-Châtel').length - 1, text).toBe(1);
});

test.describe('About, read to the end', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('offers the citation, the template and the desk once, after the downloads', async ({
    atlas,
    page,
  }) => {
    await atlas.open('?lang=en');
    await page.getByRole('button', { name: 'About the data' }).click();
    const dialog = page.getByRole('dialog', { name: 'About the data' });
    await expect(dialog.getByRole('button', { name: 'BibTeX' })).toHaveCount(1);
    await expect(dialog.getByRole('button', { name: 'Spreadsheet template (CSV)' })).toHaveCount(1);
    await expect(dialog.getByRole('link', { name: /^Data desk/ })).toHaveCount(1);
    await expect(dialog.getByRole('link', { name: 'Changelog feed (Atom)' })).toHaveCount(1);
    await expect(dialog.getByRole('heading', { name: 'Download the data' })).toBeVisible();
  });

  test('its changelog names articles by title, never by number or record id', async ({ atlas, page }) => {
    await atlas.open('?lang=en');
    await page.getByRole('button', { name: 'About the data' }).click();
    const changelog = page.getByRole('region', { name: 'Changelog' });
    await expect(changelog.getByRole('heading', { name: /^Version 2\.0\.0/ })).toBeVisible();
    const text = await changelog.innerText();
    expect(text).not.toMatch(/\barticles? \d{3}\b|\w\[\]|\.md\b/i);
    expect(internalIds.filter((id) => text.includes(id))).toEqual([]);
    expect(text).toContain('Mistral AI va installer un centre de données en France');
  });

  for (const lang of ['en', 'fr'] as const) {
    test(`no link opens a raw Markdown file; the full source policy reads as a page (${lang})`, async ({
      atlas,
      page,
    }) => {
      await atlas.open(`?lang=${lang}`);
      await page
        .getByRole('button', { name: lang === 'en' ? 'About the data' : 'À propos des données' })
        .click();
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.filter((href) => /\.md($|[?#])/i.test(href))).toEqual([]);
      const policy = page.getByRole('region', {
        name: lang === 'en' ? 'Source policy' : 'Politique des sources',
      });
      const link = policy.getByRole('link', {
        name: lang === 'en' ? 'The full source policy' : /politique des sources complète/,
      });
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      await link.click();
      await expect(page).toHaveURL(/source-policy\.html$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Source policy' })).toBeVisible();
      // Read as UTF-8: "Élysée" survives, not "Ã‰lysÃ©e".
      await expect(page.getByRole('table')).toContainText('Élysée');
      await expect(page.getByText('Weak sources never stand alone.')).toBeVisible();
    });
  }
});

test.describe('the phone’s first screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const [lang, words] of [
    ['en', /^Mistral AI's datacenters and Europe's AI pledges/],
    ['fr', /^Les centres de données de Mistral AI et les promesses de l’Europe/],
  ] as const) {
    test(`says what the atlas is under its title (${lang})`, async ({ atlas, page }) => {
      await atlas.open(`?lang=${lang}`);
      const header = page.getByRole('banner');
      const tagline = header.getByText(words);
      await expect(tagline).toBeVisible();
      await expect(tagline).toBeInViewport({ ratio: 1 });
      // Short enough to leave the map on the first screen.
      const box = await tagline.boundingBox();
      expect(box!.height).toBeLessThanOrEqual(48);
      await expect(page.getByRole('region', { name: /^(Map|Carte)/ }).first()).toBeInViewport();
    });
  }
});
