// The way out: serializing the state, merging it with foreign parameters, comparing, warning.
import { describe, expect, it, vi } from 'vitest';
import type { UrlState } from './url-state';
import { DEFAULT_URL_STATE } from './url-state';
import {
  MAX_SEARCH_LENGTH,
  mergeSearch,
  parseUrlState,
  sameUrlState,
  serializeUrlState,
  warnUrlProblems,
} from './url-codec';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(
      serializeUrlState(
        state({
          lang: null,
          theme: 'auto',
          embed: false,
          panels: ['map', 'timeline', 'investments', 'details'],
        }),
      ),
    ).toBe('');
  });

  it('writes only non-defaults, in a stable order whatever the object key order', () => {
    const s: UrlState = {
      origin: 'https://h.example',
      embed: true,
      present: 4,
      view: { zoom: 5, lon: 2.3522, lat: 48.8566 },
      panels: ['details', 'map'],
      table: ['investments', 'timeline'],
      scale: 'log',
      group: 'investor',
      theme: 'dark',
      lang: 'en',
      date: '2025-06-01',
      site: 'paris-saclay',
      data: 'https://d.example/a.json',
    };
    expect(serializeUrlState(s)).toBe(
      '?site=paris-saclay&date=2025-06-01&lang=en&theme=dark&panels=details,map&group=investor&scale=log&table=timeline,investments&view=48.8566,2.3522,5&present=4&data=https://d.example/a.json&embed=1&origin=https://h.example',
    );
  });

  it('rounds and wraps the view on the way out', () => {
    expect(serializeUrlState(state({ view: { lat: 48.856613, lon: 362.35, zoom: 5.1234 } }))).toBe(
      '?view=48.8566,2.35,5.12',
    );
    expect(serializeUrlState(state({ view: { lat: 89, lon: -190, zoom: 30 } }))).toBe('?view=85,170,22');
    expect(serializeUrlState(state({ view: { lat: -0.00001, lon: 0, zoom: 0 } }))).toBe('?view=0,0,0');
    expect(serializeUrlState(state({ view: { lat: NaN, lon: 0, zoom: 0 } }))).toBe('');
  });

  it('skips values it could not read back', () => {
    expect(serializeUrlState(state({ panels: [] }))).toBe('');
    expect(serializeUrlState(state({ present: 0 }))).toBe('');
    expect(serializeUrlState(state({ present: 1.5 }))).toBe('');
  });
});

describe('mergeSearch', () => {
  it('rewrites ours and keeps foreign parameters verbatim, after ours', () => {
    expect(mergeSearch('?utm_source=news%20letter&site=old&date=2024-01-01&x', state({ site: 'new' }))).toBe(
      '?site=new&utm_source=news%20letter&x',
    );
  });

  it('drops every copy of our parameters, however they are spelled', () => {
    expect(mergeSearch('?site=a&si%74e=b&theme=dark&theme=light', state({ lang: 'fr' }))).toBe('?lang=fr');
  });

  it('returns an empty search when nothing is left', () => {
    expect(mergeSearch('?site=a&&', DEFAULT_URL_STATE)).toBe('');
    expect(mergeSearch('', DEFAULT_URL_STATE)).toBe('');
  });

  it('keeps a foreign parameter with malformed encoding', () => {
    expect(mergeSearch('?%E0%A4%A=1', state({ embed: true }))).toBe('?embed=1&%E0%A4%A=1');
  });

  it('drops a bare key of ours (no =) like any other copy', () => {
    expect(mergeSearch('?site&utm=1', state({ site: 'a' }))).toBe('?site=a&utm=1');
  });

  it("reads '+' in a key as a space, as the parser does: 'da+ta' is not our data=", () => {
    expect(parseUrlState('?da+ta=1').unknownParams).toEqual(['da ta']);
    expect(mergeSearch('?da+ta=1', DEFAULT_URL_STATE)).toBe('?da+ta=1');
  });

  it('keeps a foreign parameter that brings the result to exactly MAX_SEARCH_LENGTH, not one character more', () => {
    const pad = (n: number) => `pad=${'x'.repeat(n - 'pad='.length)}`;
    const fits = pad(MAX_SEARCH_LENGTH - '?site=a&'.length);
    expect(mergeSearch(`?${fits}`, state({ site: 'a' }))).toBe(`?site=a&${fits}`);
    expect(mergeSearch(`?${fits}`, state({ site: 'a' }))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(mergeSearch(`?${fits}x`, state({ site: 'a' }))).toBe('?site=a');
  });

  it('reads MAX_SEARCH_LENGTH + 1 characters of the query: a foreign parameter ending there is kept whole', () => {
    // Our own long data= is rewritten away, which leaves room for what follows it.
    const data = `data=${'x'.repeat(MAX_SEARCH_LENGTH + 1 - '&utm=abcdef'.length - 'data='.length)}`;
    expect(`${data}&utm=abcdef`).toHaveLength(MAX_SEARCH_LENGTH + 1);
    expect(mergeSearch(`?${data}&utm=abcdef`, DEFAULT_URL_STATE)).toBe('?utm=abcdef');
  });

  it('drops a foreign parameter crossing that window whole, with everything after it', () => {
    const data = `data=${'x'.repeat(MAX_SEARCH_LENGTH + 1 - '&utm=abcdef'.length - 'data='.length)}`;
    expect(mergeSearch(`?${data}&utm=abcdefg&z=1`, DEFAULT_URL_STATE)).toBe('');
  });
});

describe('sameUrlState', () => {
  it('compares as the URL sees it', () => {
    expect(
      sameUrlState(
        state({ view: { lat: 1.00001, lon: 2, zoom: 3 } }),
        state({ view: { lat: 1, lon: 2, zoom: 3 } }),
      ),
    ).toBe(true);
    expect(sameUrlState(state({ site: 'a' }), state({ site: 'b' }))).toBe(false);
  });
});

describe('warnUrlProblems', () => {
  it('warns once per ignored parameter, naming it', () => {
    const warn = vi.fn();
    warnUrlProblems(parseUrlState('?date=2023-02-30&theme=neon&site=ok').problems, { warn });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toMatch(/date="2023-02-30"/);
    expect(warn.mock.calls[1]![0]).toMatch(/theme="neon".*light, dark or auto/);
  });
});
