import { expect, test } from './support/atlas-test';
import { parseCsv } from '../src/features/downloads/csv';
import { foldWhitespace, readArticle, readDetailsDataset } from './support/details-driver';

const dataset = readDetailsDataset();
const fileByTitle = new Map(dataset.sources.map((source) => [source.title, source.file]));

test.describe('details and sources', () => {
  test('a selected site shows quotes that really are in their articles', async ({ atlas }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    await atlas.selectSiteInList(/Essonne/);
    await expect(details.heading()).toContainText('Essonne');
    // The facts past the headline sit behind one disclosure.
    await details.panel().locator('details.details-more > summary').click();

    const quotes = await details.shownQuotes();
    expect(quotes.length).toBeGreaterThan(3);
    for (const { quote, title } of quotes) {
      const file = fileByTitle.get(title);
      expect(file, `article titled ${title}`).toBeDefined();
      expect(foldWhitespace(readArticle(file!)), `quote from ${file}`).toContain(foldWhitespace(quote));
    }
    await expect(details.panel().getByRole('blockquote').first()).toHaveAttribute('lang', 'fr');
  });

  test('the English rendering says it is not a translation', async ({ atlas }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    await atlas.selectSiteInList(/Essonne/);
    const capacity = details.panel().getByRole('group', { name: 'Sources: Capacity now' });
    await capacity.getByRole('button', { name: 'In English' }).click();
    await expect(capacity.getByText(/Not a translation of the quote/)).toBeVisible();
    await expect(capacity.locator('p[lang="en"]')).toContainText('Capacity now: 40 MW');
  });

  test('a corrected date shows the article’s claim beside the correction, both sourced', async ({
    atlas,
  }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    await atlas.selectSiteInList(/Borlänge/);
    // Dataset 1.2: article 004 says "(AFP, 2024)"; outside reporting dates the announcement 11 Feb 2026.
    const correction = details.panel().locator('[data-correction="borlange-date-contested"]').first();
    await expect(correction).toContainText('Article 004:');
    await expect(correction).toContainText('2024 (AFP)');
    await expect(correction).toContainText('External');
    await expect(correction).toContainText('Announced 11 Feb 2026');
    await expect(correction.getByRole('link', { name: /reference/ }).first()).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  });
});

test.describe('search (needs <SearchBox> mounted)', () => {
  test('finds Borlänge without its accent and Essonne by its partner, from the keyboard', async ({
    atlas,
  }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    await details.search('borlange');
    await expect(details.results().first()).toContainText('Borlänge');
    await details.chooseWithKeyboard();
    await expect(details.heading()).toContainText('Borlänge');

    await details.search('ECLAIRION');
    await expect(details.results().first()).toContainText(/Eclairion.*Partner.*Essonne/);
    await details.chooseWithKeyboard();
    await expect(details.heading()).toContainText('Essonne');

    await details.search('eclairion');
    await details.searchBox().press('Escape');
    await expect(details.searchBox()).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('About the data (needs <AboutDialog> mounted)', () => {
  test('opens as a modal dialog with sources and notes, and Escape closes it', async ({ atlas, page }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    const dialog = await details.openAbout();
    await expect(dialog.getByRole('heading', { name: 'Vague figures' })).toBeVisible();
    const sources = dialog.getByRole('table', { name: /five articles/ });
    await expect(sources.getByRole('row')).toHaveCount(1 + dataset.sources.length);
    await expect(dialog.getByRole('table', { name: /Every note/ })).toBeVisible();
    await expect(dialog).toContainText('CC BY 4.0');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('downloads (needs <DownloadsMenu> mounted)', () => {
  test('the sites and events CSV have a BOM, the header and one row per record', async ({ atlas }) => {
    const { details } = atlas;
    await atlas.open('?lang=en');
    await details.openDownloads();

    const sites = await details.download(/^Sites \(CSV\)/);
    expect(sites.fileName).toMatch(/^compute-atlas-.*-sites\.csv$/);
    expect([...sites.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(sites.text);
    expect(header!.slice(0, 4)).toEqual(['id', 'name_fr', 'name_en', 'operator']);
    expect(header).toEqual(
      expect.arrayContaining([
        'capacity_text',
        'capacity_kind',
        'capacity_min',
        'capacity_max',
        'capacity_value',
        'capacity_unit',
      ]),
    );
    expect(rows).toHaveLength(dataset.sites.length);
    expect(rows.map((row) => row[0]).sort()).toEqual(dataset.sites.map((s) => s.id).sort());
    expect(sites.text).toContain('Borlänge');

    const events = await details.download(/^Events \(CSV\)/);
    expect(parseCsv(events.text)).toHaveLength(1 + dataset.events.length);

    const json = await details.download(/^Full dataset \(JSON\)/);
    expect(JSON.parse(json.text).version).toBe(dataset.version);
  });
});
