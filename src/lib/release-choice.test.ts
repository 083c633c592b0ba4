import { describe, expect, it } from 'vitest';
import { latestHref, releaseChoice } from './release-choice';

const releases = { current: '2.0.0', released: ['1.2.0', '2.0.0'] };

describe('releaseChoice', () => {
  it('shows a published older release from its own file', () => {
    expect(releaseChoice('?version=1.2.0&lang=fr', releases, false)).toEqual({
      kind: 'pinned',
      version: '1.2.0',
      url: 'data/releases/1.2.0.json',
      latest: '2.0.0',
    });
    expect(releaseChoice('?version=v1.2.0', releases, false).kind).toBe('pinned');
  });

  it('shows the current file for no version, the current version, or a visitor dataset', () => {
    expect(releaseChoice('', releases, false)).toEqual({ kind: 'current' });
    expect(releaseChoice('?version=2.0.0', releases, false)).toEqual({ kind: 'current' });
    expect(releaseChoice('?version=1.2.0', releases, true)).toEqual({ kind: 'current' });
  });

  it('names a version that was never published', () => {
    expect(releaseChoice('?version=9.9.9', releases, false)).toEqual({
      kind: 'unknown',
      version: '9.9.9',
      latest: '2.0.0',
      released: ['1.2.0', '2.0.0'],
    });
    expect(releaseChoice('?version=../../etc', releases, false).kind).toBe('unknown');
  });
});

describe('latestHref', () => {
  it('drops version= and keeps the rest', () => {
    expect(
      latestHref({ pathname: '/atlas/', search: '?site=essonne&version=1.2.0&embed=1', hash: '#x' }),
    ).toBe('/atlas/?site=essonne&embed=1#x');
    expect(latestHref({ pathname: '/', search: '?version=1.2.0', hash: '' })).toBe('/');
  });
});
