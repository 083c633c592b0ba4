/** Domain actions for end-to-end journeys: specs say what a visitor does, this says how. */
import { expect, type Page } from '@playwright/test';

interface MapDebugHandle {
  renderedSiteIds: () => string[];
  project: (id: string) => { x: number; y: number } | null;
}

export class AtlasDriver {
  readonly consoleErrors: string[] = [];
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
    page.on('request', (request) => this.requests.push(request.url()));
  }

  async open(query = '') {
    await this.page.goto(`./${query}`);
    await this.waitForReady();
  }

  async waitForReady() {
    await this.page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 20_000,
    });
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

  private async mapHandle<T>(fn: (handle: MapDebugHandle, arg: string) => T, arg = ''): Promise<T> {
    return this.page.locator('.map-container').evaluate(
      (element, [source, value]) => {
        const handle = (element as HTMLElement & { __atlasMap?: MapDebugHandle }).__atlasMap;
        if (!handle) throw new Error('the map is not mounted');
        return new Function('handle', 'arg', `return (${source})(handle, arg)`)(handle, value) as T;
      },
      [fn.toString(), arg] as const,
    );
  }

  /** Site ids the GPU actually drew (maplibre's rendered features), not merely the data given. */
  async renderedSiteIds(): Promise<string[]> {
    await expect.poll(() => this.mapHandle((h) => h.renderedSiteIds().length)).toBeGreaterThan(0);
    return this.mapHandle((h) => h.renderedSiteIds());
  }

  async selectSiteOnMap(id: string) {
    const point = await this.mapHandle((h, siteId) => h.project(siteId), id);
    if (!point) throw new Error(`site ${id} is not on the map`);
    const box = await this.page.locator('.map-container').boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  }

  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }
}
