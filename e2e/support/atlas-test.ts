/**
 * The one Playwright fixture every journey uses: `atlas`, with `atlas.map`, `atlas.charts` and
 * `atlas.details` as domain drivers. Every journey also runs under the strict CSP the e2e server
 * sends, and fails if the page (or any frame) raised a `securitypolicyviolation`.
 * Specs import `test` and `expect` from here.
 */
import { test as base, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
import { describeViolations, installCspCollector, readCspViolations } from './csp';

export const test = base.extend<{ atlas: AtlasDriver }>({
  atlas: async ({ page }, provide) => {
    await installCspCollector(page);
    await provide(new AtlasDriver(page));
    if (page.isClosed()) return;
    const violations = await readCspViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  },
});

export { expect };
