import { afterEach, describe, expect, it, vi } from 'vitest';
import { READY_MARK } from '../../lib/atlas-ready';
import { afterFirstView, registerServiceWorker, serviceWorkerUrls } from './register-sw';
import { createSwStatus } from './sw-status';

const register = vi.fn(() => Promise.resolve(undefined));
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener = vi.fn();
    register = register;
    update = vi.fn(() => Promise.resolve());
  },
}));

afterEach(() => {
  performance.clearMarks(READY_MARK);
  vi.unstubAllGlobals();
  register.mockClear();
});

describe('serviceWorkerUrls', () => {
  it('puts the worker and its scope beside index.html, at the root or under any sub-path', () => {
    expect(serviceWorkerUrls('https://atlas.example/')).toEqual({
      url: 'https://atlas.example/sw.js',
      scope: '/',
    });
    expect(serviceWorkerUrls('https://host.example/nested/path/?site=borlange&embed=1')).toEqual({
      url: 'https://host.example/nested/path/sw.js',
      scope: '/nested/path/',
    });
    expect(serviceWorkerUrls('https://host.example/atlas/index.html')).toEqual({
      url: 'https://host.example/atlas/sw.js',
      scope: '/atlas/',
    });
  });
});

describe('registerServiceWorker', () => {
  it('registers only once the first view is drawn (its precache would compete with it)', async () => {
    vi.stubGlobal('navigator', { serviceWorker: {} });
    vi.stubGlobal('document', { baseURI: 'https://atlas.example/', addEventListener: vi.fn() });
    vi.stubGlobal('window', { addEventListener: vi.fn(), setInterval: vi.fn() });
    let drawn!: () => void;
    const firstView = new Promise<void>((resolve) => (drawn = resolve));
    const done = registerServiceWorker(createSwStatus(), () => firstView);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(register).not.toHaveBeenCalled();
    drawn();
    await done;
    expect(register).toHaveBeenCalledOnce();
  });

  it('by default waits for the atlas:ready mark', async () => {
    let drawn = false;
    void afterFirstView().then(() => (drawn = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawn).toBe(false);
    performance.mark(READY_MARK);
    await vi.waitFor(() => expect(drawn).toBe(true));
  });
});
