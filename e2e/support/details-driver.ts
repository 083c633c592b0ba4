/** Domain actions for the details, search, About and downloads journeys. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { foldWhitespace } from '../../src/dataset/quote-check';

interface DatasetSource {
  id: string;
  file: string;
  title: string;
}

export interface DetailsDataset {
  version: string;
  sources: DatasetSource[];
  sites: { id: string }[];
  events: { id: string }[];
  investments: { id: string }[];
}

export function readDetailsDataset(): DetailsDataset {
  return JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));
}

/** The article as published, read from ../shared/articles (the folder the dataset was built from). */
export function readArticle(file: string): string {
  return readFileSync(new URL(`../../../shared/articles/${file}`, import.meta.url), 'utf8');
}

export { foldWhitespace };

export class DetailsDriver {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('section.details-panel');
  }

  heading(): Locator {
    return this.page.locator('#details-title');
  }

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: /Search the atlas|Rechercher dans l’atlas/ });
  }

  results(): Locator {
    return this.page
      .getByRole('listbox', { name: /Search the atlas|Rechercher dans l’atlas/ })
      .getByRole('option');
  }

  async search(query: string) {
    await this.searchBox().fill(query);
    await expect(this.searchBox()).toHaveAttribute('aria-expanded', 'true');
  }

  async chooseWithKeyboard(downPresses = 1) {
    for (let i = 0; i < downPresses; i++) await this.searchBox().press('ArrowDown');
    await this.searchBox().press('Enter');
  }

  /** Every quote shown in the panel with the title of the article it is attributed to. */
  async shownQuotes(): Promise<{ quote: string; title: string }[]> {
    return this.panel()
      .locator('.quote-list > li')
      .evaluateAll((items) =>
        items
          .filter((item) => (item as HTMLElement).offsetParent !== null)
          .map((item) => ({
            quote: item.querySelector('blockquote')?.textContent ?? '',
            title: item.querySelector('cite')?.textContent ?? '',
          })),
      );
  }

  async openAbout(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(About the data|À propos des données)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /About the data|À propos des données/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async openDownloads() {
    await this.page.getByRole('button', { name: /^(Downloads|Téléchargements)$/ }).click();
  }

  /** Clicks a download control and returns the saved file's bytes as text (BOM kept). */
  async download(name: RegExp): Promise<{ fileName: string; text: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name }).or(this.page.getByRole('link', { name })).first().click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    return { fileName: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }
}
