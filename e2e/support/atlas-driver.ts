/** Domain actions for end-to-end journeys: specs say what a visitor does, this says how. */
import { expect, type Page } from '@playwright/test';
import { ChartsDriver } from './charts-driver';
import { DetailsDriver } from './details-driver';
import { MapDriver } from './map-driver';

export class AtlasDriver {
  readonly consoleErrors: string[] = [];
  readonly requests: string[] = [];
  /** Every dedicated worker the page started (maplibre starts its own when a map is created). */
  readonly workers: string[] = [];
  readonly map: MapDriver;
  readonly charts: ChartsDriver;
  readonly details: DetailsDriver;

  constructor(readonly page: Page) {
    this.map = new MapDriver(page);
    this.charts = new ChartsDriver(page);
    this.details = new DetailsDriver(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
    page.on('request', (request) => this.requests.push(request.url()));
    page.on('worker', (worker) => this.workers.push(worker.url()));
  }

  async open(query = '') {
    await this.page.goto(`./${query}`);
    await this.waitForReady();
  }

  /**
   * Ready as a visitor sees it: the atlas marks <main> ready once the map has drawn (or is not
   * shown). Read from the DOM, not from performance marks, so it also holds under page.clock.
   */
  async waitForReady() {
    await expect(this.page.locator('main#content[data-ready]')).toBeAttached({ timeout: 90_000 });
  }

  siteList() {
    return this.page.getByRole('list', { name: /datacenter sites|sites de centres de données/i });
  }

  siteButton(name: string | RegExp) {
    return this.siteList().getByRole('button', { name });
  }

  async selectSiteInList(name: string | RegExp) {
    await this.siteButton(name).click();
  }

  detailsHeading() {
    return this.page.locator('#details-title');
  }

  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }
}
