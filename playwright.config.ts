import { defineConfig, devices } from '@playwright/test';

// scripts/run-e2e.mjs finds (or installs) a Chromium and passes it in CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI: a flaky journey is reported as flaky in the output instead of blocking a landing.
  retries: process.env.CI ? 1 : 0,
  // Software WebGL on a 2-core machine that may be busy with other work: a journey's steps wait on
  // what a visitor sees (ARIA state, <main data-ready>, the map's idle) or on page.clock, never on
  // fixed sleeps, and the limits leave room for a loaded machine (a journey takes 10-25 s here).
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    // The built atlas registers a service worker that precaches ~3 MB: journeys that are not about
    // offline keep it out (e2e/offline.spec.ts opts back in with `serviceWorkers: 'allow'`).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      // The machine has no network: keep Chromium from calling home at start.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
