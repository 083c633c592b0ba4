import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// Offline and installable: service worker, manifest, icons. Self-contained in scripts/pwa/.
import { atlasPwaPlugins } from './scripts/pwa/pwa-options.ts';
// Prerendered default view + preload links (scripts/prerender/).
import { prerenderPlugin } from './scripts/prerender/prerender-plugin.ts';
// The system's dark theme before the app sets one (scripts/theme/system-dark.ts).
import { systemDarkPlugin } from './scripts/theme/system-dark.ts';
// maplibre's CSS without the icons of controls the atlas never adds (scripts/maplibre/trim-css.ts).
import { trimMaplibreCssPlugin } from './scripts/maplibre/trim-css.ts';
// The atlas's own dataset, validated at build time: the browser never loads zod for it.
import { checkedAtlasPlugin } from './scripts/dataset/checked-atlas-plugin.ts';
// Dataset releases at stable addresses, and the changelog feed (scripts/releases/).
import { releasesPlugin } from './scripts/releases/releases-plugin.ts';
// public/basemap/ is generated: a bare `vite build` makes it too (scripts/basemap/basemap-guard-plugin.ts).
import { basemapGuardPlugin } from './scripts/basemap/basemap-guard-plugin.ts';
// The source policy of data/README.md as an HTML page (scripts/policy-page/).
import { policyPagePlugin } from './scripts/policy-page/policy-page-plugin.ts';

// `base: './'` keeps dist/ relocatable: it works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    basemapGuardPlugin(),
    checkedAtlasPlugin(),
    systemDarkPlugin(),
    trimMaplibreCssPlugin(),
    ...atlasPwaPlugins('public/favicon.svg'),
    prerenderPlugin(),
    releasesPlugin(),
    policyPagePlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph that scripts/check-budgets.mjs measures.
    manifest: true,
    // maplibre-gl is one ~1.1 MB chunk (300 kB gzip) that cannot be split further and is loaded
    // lazily, beside the shell: Vite's default 500 kB warning would fire on every build for it.
    // The first view's real budget is checked by scripts/check-budgets.ts in npm test.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically, in one chunk: the bundler otherwise splits out
          // every module a lazy chunk shares with the shell (30-odd files of a few hundred bytes),
          // and each small file compresses on its own. One file is ~11 KB lighter gzipped.
          groups: [
            { name: 'shell', tags: ['$initial'], test: (id) => !/[\\/](index\.html|main\.tsx)$/.test(id) },
          ],
        },
      },
    },
  },
  // `vite preview` (npm start and every e2e journey) sends the production security
  // headers of deploy/nginx.conf, so the suite runs under the strict CSP. e2e/support/csp.ts holds
  // the same policy (STRICT_CSP) and e2e/csp.spec.ts fails if the two drift apart.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self' data: blob:; worker-src 'self' blob:; manifest-src 'self'; frame-src 'self'; base-uri 'none'; " +
        "form-action 'none'; object-src 'none'; frame-ancestors *",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // A jsdom test that types into a form (user-event) took 6 s on this 2-core machine while a
    // build ran beside it; vitest's default 5 s limit fails such a test only when the machine is busy.
    testTimeout: 20_000,
  },
});
