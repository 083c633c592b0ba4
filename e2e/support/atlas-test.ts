/**
 * The one Playwright fixture every journey uses: `atlas`, with `atlas.map`, `atlas.charts` and
 * `atlas.details` as domain drivers. Specs import `test` and `expect` from here.
 */
import { test as base, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

export const test = base.extend<{ atlas: AtlasDriver }>({
  atlas: async ({ page }, provide) => {
    await provide(new AtlasDriver(page));
  },
});

export { expect };
