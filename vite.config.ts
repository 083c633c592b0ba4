import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// Prerendered default view + preload links (issue 16, scripts/prerender/).
import { prerenderPlugin } from './scripts/prerender/prerender-plugin';

// `base: './'` keeps dist/ relocatable: it works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), prerenderPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph that scripts/check-budgets.mjs measures (issue 16).
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
