import { afterEach, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-sw';
import { createSwStatus } from './sw-status';

// The workbox-window chunk does not arrive (offline, replaced by a deploy, the page being left).
vi.mock('workbox-window', () => {
  throw new Error('error loading dynamically imported module');
});

afterEach(() => vi.unstubAllGlobals());

it('a worker chunk that does not load leaves the atlas without a worker, and no uncaught error', async () => {
  vi.stubGlobal('navigator', { serviceWorker: {} });
  await expect(registerServiceWorker(createSwStatus(), () => Promise.resolve())).resolves.toBeUndefined();
});
