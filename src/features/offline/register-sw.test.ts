import { describe, expect, it } from 'vitest';
import { serviceWorkerUrls } from './register-sw';

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
