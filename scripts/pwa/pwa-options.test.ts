import { describe, expect, it } from 'vitest';
import { NAVIGATE_FALLBACK_DENYLIST, pwaOptions } from './pwa-options';

// What the build precaches is checked on the real dist/ by e2e/offline.spec.ts.

const fallsBack = (pathAndQuery: string) => !NAVIGATE_FALLBACK_DENYLIST.some((re) => re.test(pathAndQuery));

describe('the service worker configuration', () => {
  it('caches nothing at run time: no third party, no ?data= dataset', () => {
    expect(pwaOptions().workbox?.runtimeCaching).toEqual([]);
  });

  it('answers page navigations with the shell, never a navigation to a file', () => {
    for (const url of [
      '/',
      '/atlas/',
      '/atlas/?site=borlange&lang=fr',
      '/atlas/index.html',
      '/a/index.html?embed=1',
    ])
      expect(fallsBack(url), url).toBe(true);
    for (const url of ['/atlas/assets/atlas-C0JifOvf.json', '/sw.js', '/atlas/sites.csv?x=1', '/custom.json'])
      expect(fallsBack(url), url).toBe(false);
    expect(fallsBack('/atlas/?data=https://elsewhere.example/atlas.json')).toBe(true);
  });

  it('makes every manifest URL relative, so dist/ works from a sub-path', () => {
    const manifest = pwaOptions().manifest;
    expect(manifest && [manifest.start_url, manifest.scope, manifest.id]).toEqual(['./', './', './']);
    expect(pwaOptions().injectRegister).toBe(false);
  });
});
