import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, mergeSearch, parseUrlState } from './url-codec';
import { DEFAULT_URL_STATE } from './url-state';

// Big strings made cheaply: a short piece repeated, lengths spread over every power of two up to
// 1 MB, so 10,000 cases stay fast.
const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('utm_source=x&', 'site=essonne&', '&&', '=', 'a=' + 'b'.repeat(30) + '&', '%'),
);
const hugeQuery = fc
  .tuple(
    fc.constantFrom('', '?'),
    piece,
    fc
      .integer({ min: 0, max: 20 })
      .chain((k) =>
        fc.integer({ min: Math.min(2 ** k - 1, 1_000_000), max: Math.min(2 ** (k + 1), 1_000_000) }),
      ),
    fc.string({ maxLength: 20 }),
  )
  .map(([start, p, length, tail]) => {
    const body = p.length === 0 ? '' : p.repeat(Math.ceil(length / p.length)).slice(0, length);
    return `${start}${body}${tail}`.slice(0, 1_000_000);
  });

describe('a query string of up to 1 MB', () => {
  it('never makes the codec throw, and every rewrite stays within the cap', () => {
    const state = { ...DEFAULT_URL_STATE, site: 'essonne', date: '2025-02-10' };
    fc.assert(
      fc.property(hugeQuery, (search) => {
        parseUrlState(search);
        const merged = mergeSearch(search, state);
        // Within the cap, our state kept, and a second rewrite changes nothing (cut once, at load).
        return (
          merged.length <= MAX_SEARCH_LENGTH &&
          parseUrlState(merged).value.site === 'essonne' &&
          mergeSearch(merged, state) === merged
        );
      }),
      { numRuns: 10_000 },
    );
  }, 180_000);

  it('drops whole foreign parameters past the cap, keeping those before it', () => {
    const search = `?keep=1&${'x'.repeat(MAX_SEARCH_LENGTH)}=2&late=3`;
    expect(mergeSearch(search, DEFAULT_URL_STATE)).toBe('?keep=1');
  });
});
