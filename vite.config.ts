import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// Offline and installable (issue 14): service worker, manifest, icons. Self-contained in scripts/pwa/.
import { atlasPwaPlugins } from './scripts/pwa/pwa-options.ts';

// `base: './'` keeps dist/ relocatable: it works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), ...atlasPwaPlugins('public/favicon.svg')],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
