/**
 * Offline and installable: the service worker (vite-plugin-pwa, generateSW), the web app
 * manifest, the install icons and the theme-colour tags, as one block of Vite plugins.
 *
 * - Precache only: the app shell, every chunk, the dataset, the basemap, the fonts, the story.
 *   No runtime caching at all, so nothing third-party and no `?data=` dataset is ever stored.
 * - `injectRegister: false`: src/features/offline/ registers the worker from our own module code
 *   (a strict CSP forbids inline scripts), and `registerType: 'prompt'`: a new deploy waits until
 *   the visitor chooses to reload.
 * - Every URL is relative (`./`), so dist/ keeps working from any sub-path.
 */
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { atlasIconsPlugin } from './icons-plugin.ts';
import { ICONS } from './icons.ts';

/** The page background of each theme (src/styles/tokens.css --color-bg), and the favicon's blue. */
export const THEME = { light: '#f6f5f1', dark: '#0f1216', iconBackground: '#2f4ac0' } as const;

/** Everything the atlas fetches from its own origin, the dataset and data/story.json included
 * (a JSON file, wherever the build puts it); the plugin adds manifest.webmanifest itself. */
export const PRECACHE_GLOBS = ['**/*.{html,js,mjs,css,json,geojson,woff2,svg,png}'];
/** Source maps are for developers; embed.js runs on the embedding page, outside our scope. */
export const PRECACHE_IGNORES = ['**/*.map', 'embed.js', 'sw.js', 'workbox-*.js'];

/**
 * Navigations to a file (`atlas-….json`, a CSV, `sw.js`) are never answered with the app shell:
 * only a page address (a folder, `index.html`, any query) falls back to index.html. Workbox tests
 * the path and the query together: the `^[^?]*` keeps a `?data=…/x.json` query from counting.
 */
export const NAVIGATE_FALLBACK_DENYLIST = [/^[^?]*\/[^/?]+\.(?!html(?:$|\?))[^/?]+(?:$|\?)/];

export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    scope: './',
    base: './',
    includeManifestIcons: true,
    manifest: {
      id: './',
      name: 'Compute Atlas',
      short_name: 'Atlas',
      description:
        "Mistral AI's datacenter sites and Europe's AI-infrastructure pledges, every figure traced to the sentence it came from.",
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME.light,
      background_color: THEME.light,
      icons: ICONS.filter((icon) => !icon.fileName.includes('apple')).map((icon) => ({
        src: icon.fileName,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    },
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      // The map chunk (maplibre) is about 1 MB; the default 2 MiB cap leaves little room.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
      runtimeCaching: [],
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  };
}

/** The light and dark browser-chrome colours (a manifest holds one) and the iOS home-screen icon. */
function headTagsPlugin(): Plugin {
  return {
    name: 'atlas-pwa-head-tags',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { name: 'theme-color', content: THEME.light, media: '(prefers-color-scheme: light)' },
      },
      {
        tag: 'meta',
        attrs: { name: 'theme-color', content: THEME.dark, media: '(prefers-color-scheme: dark)' },
      },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon-180.png' } },
    ],
  };
}

export function atlasPwaPlugins(faviconPath: string): Plugin[] {
  return [atlasIconsPlugin(faviconPath, THEME.iconBackground), headTagsPlugin(), ...VitePWA(pwaOptions())];
}
