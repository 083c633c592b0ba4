/**
 * Registers dist/sw.js (built by vite-plugin-pwa, see scripts/pwa/) from our own module code: no
 * inline script, so a strict `script-src 'self'` holds. A new deploy never reloads the page by
 * itself: the new worker waits, the page is told (swStatus), and reloads only when asked to.
 */
import { whenAtlasReady } from '../../lib/atlas-ready';
import type { SwStatusStore } from './sw-status';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** The worker and its scope sit beside index.html, wherever dist/ is served from. */
export function serviceWorkerUrls(baseUri: string): { url: string; scope: string } {
  return { url: new URL('sw.js', baseUri).href, scope: new URL('./', baseUri).pathname };
}

/**
 * A first visit's worker downloads and caches every file of the build. Registered during
 * the first view, its install took about 450 ms of CPU from the page on a two-core machine; it now
 * waits for `atlas:ready` (or the ready mark's fallback, for a page that never gets there).
 */
export const afterFirstView = (): Promise<void> => new Promise((resolve) => whenAtlasReady(resolve));

export async function registerServiceWorker(
  status: SwStatusStore,
  firstView: () => Promise<void> = afterFirstView,
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await firstView();
  // The chunk may not come (offline, a deploy replaced it, the page is being left): the atlas then
  // works without a worker, as it does when registration fails below.
  const workbox = await import('workbox-window').catch(() => null);
  if (!workbox) return;
  const { Workbox } = workbox;
  const { url, scope } = serviceWorkerUrls(document.baseURI);
  const wb = new Workbox(url, { scope });

  // A new version finished installing, in this visit or in an earlier one.
  wb.addEventListener('waiting', () => status.markUpdateReady());
  // Another tab chose to reload into the new version: this tab's files are now stale too.
  wb.addEventListener('controlling', (event) => {
    if (event.isExternal) status.markUpdateReady();
  });
  status.setApplyUpdate(() => {
    void navigator.serviceWorker.getRegistration(scope).then((registration) => {
      // No worker waiting (another tab already switched): a plain reload gets the new version.
      if (!registration?.waiting) return window.location.reload();
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  });

  try {
    await wb.register();
  } catch {
    return; // no worker (a dev server, a host that serves sw.js wrongly): the atlas works online
  }
  // Look for a new deploy when the network comes back, when the tab comes back, and hourly.
  const check = () => void wb.update().catch(() => undefined);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.setInterval(check, UPDATE_CHECK_MS);
}

let started = false;

/** Idempotent: the notices call it on mount; only production builds have a worker. */
export function startServiceWorker(status: SwStatusStore): void {
  if (started || !import.meta.env.PROD) return;
  started = true;
  void registerServiceWorker(status);
}
