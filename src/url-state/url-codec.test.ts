import { describe, expect, it } from 'vitest';
import type { UrlState } from './url-state';
import { DEFAULT_URL_STATE } from './url-state';
import type { UrlProblem } from './url-codec';
import { MAX_PARAMS, MAX_SEARCH_LENGTH, parseUrlState } from './url-codec';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

describe('parseUrlState: valid values', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?', {}],
    ['?site=paris-saclay', { site: 'paris-saclay' }],
    ['site=paris-saclay', { site: 'paris-saclay' }],
    ['?date=2024-02-29', { date: '2024-02-29' }],
    ['?lang=fr', { lang: 'fr' }],
    ['?lang=en', { lang: 'en' }],
    ['?lang=auto', { lang: null }],
    ['?theme=dark', { theme: 'dark' }],
    ['?theme=light', { theme: 'light' }],
    ['?embed=1', { embed: true }],
    ['?embed=true', { embed: true }],
    ['?embed=0', { embed: false }],
    ['?embed=false', { embed: false }],
    ['?panels=timeline,map', { panels: ['timeline', 'map'] }],
    ['?panels=details', { panels: ['details'] }],
    ['?panels=timeline%2Cmap', { panels: ['timeline', 'map'] }],
    ['?present=3', { present: 3 }],
    ['?view=48.8566,2.3522,5.5', { view: { lat: 48.8566, lon: 2.3522, zoom: 5.5 } }],
    ['?view=-85,-180,0', { view: { lat: -85, lon: -180, zoom: 0 } }],
    ['?view=-0,180,22', { view: { lat: 0, lon: 180, zoom: 22 } }],
    ['?view=48.85661234,2.35,5.123', { view: { lat: 48.8566, lon: 2.35, zoom: 5.12 } }],
    ['?origin=https://news.example.org', { origin: 'https://news.example.org' }],
    ['?origin=https%3A%2F%2Fnews.example.org', { origin: 'https://news.example.org' }],
    ['?origin=https://News.Example.org:8443/', { origin: 'https://news.example.org:8443' }],
    ['?origin=http://localhost:5173', { origin: 'http://localhost:5173' }],
    ['?data=https://news.example.org/atlas.json', { data: 'https://news.example.org/atlas.json' }],
    ['?data=http://localhost:5173/a.json', { data: 'http://localhost:5173/a.json' }],
    ['?data=custom/atlas.json', { data: 'custom/atlas.json' }],
    ['?data=/custom/atlas.json?v=2', { data: '/custom/atlas.json?v=2' }],
    ['?data=..%2Fother%2Fatlas.json', { data: '../other/atlas.json' }],
  ])('%s', (search, expected) => {
    expect(parseUrlState(search)).toEqual({ value: state(expected), problems: [], unknownParams: [] });
  });

  it('reads every parameter at once', () => {
    const search =
      '?site=a&date=2025-01-31&lang=fr&theme=dark&panels=map,details&group=investor&scale=log&table=investments&view=1,2,3&present=2&embed=1&origin=https://h.example';
    expect(parseUrlState(search).value).toEqual({
      site: 'a',
      date: '2025-01-31',
      lang: 'fr',
      theme: 'dark',
      panels: ['map', 'details'],
      group: 'investor',
      scale: 'log',
      table: ['investments'],
      view: { lat: 1, lon: 2, zoom: 3 },
      present: 2,
      embed: true,
      origin: 'https://h.example',
      data: null,
    });
  });
});

describe('parseUrlState: data= is an http(s) URL or a same-origin path', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:application/json,{}',
    'blob:https://a.example/x',
    'file:///etc/passwd',
    '//evil.example/atlas.json',
    '/\\evil.example/atlas.json',
    'https://user:pw@evil.example/a.json',
    ' https://a.example/a.json',
    'a\tb.json',
    '',
    `https://a.example/${'a'.repeat(2000)}`,
  ])('refuses %j', (raw) => {
    const { value, problems } = parseUrlState(`?data=${encodeURIComponent(raw)}`);
    expect(value.data).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ param: 'data' })]);
  });
});

describe('parseUrlState: bounded work on hostile query strings', () => {
  it('reads at most MAX_PARAMS parameters and says the rest was ignored', () => {
    const search = `?${Array.from({ length: 100_000 }, (_, i) => `u${i}=1`).join('&')}&site=late`;
    const { value, problems, unknownParams } = parseUrlState(search);
    expect(value.site).toBeNull();
    expect(unknownParams.length).toBeLessThanOrEqual(MAX_PARAMS);
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/longer than/),
      expect.stringMatching(/more than 100 parameters/),
    ]);
  });

  it('lists a repeated unknown parameter once', () => {
    expect(parseUrlState('?x=1&x=2&x=3').unknownParams).toEqual(['x']);
  });

  it('reads a query of exactly MAX_SEARCH_LENGTH characters whole, and cuts one character more', () => {
    const atCap = `?pad=${'a'.repeat(MAX_SEARCH_LENGTH - '?pad=&site=late'.length)}&site=late`;
    expect(atCap).toHaveLength(MAX_SEARCH_LENGTH);
    expect(parseUrlState(atCap)).toMatchObject({ value: { site: 'late' }, problems: [] });
    const overCap = parseUrlState(`?pad=a${atCap.slice('?pad='.length)}`);
    expect(overCap.value.site).toBeNull();
    expect(overCap.problems).toEqual([
      { param: '?', value: '', reason: 'query longer than 8192 characters: the rest is ignored' },
    ]);
  });

  it('never reads a parameter cut in two by the length cap', () => {
    // The cap falls inside 'paris-saclay': its first part, 'paris-sa', would be a valid site id.
    const head = `?pad=${'a'.repeat(MAX_SEARCH_LENGTH - '?pad=&site=paris-sa'.length)}&site=`;
    const { value, problems } = parseUrlState(`${head}paris-saclay`);
    expect(value.site).toBeNull();
    expect(problems.map((p) => p.reason)).toEqual(['query longer than 8192 characters: the rest is ignored']);
  });

  it('reads exactly MAX_PARAMS parameters, and reports the one after', () => {
    const unknown = Array.from({ length: MAX_PARAMS - 1 }, (_, i) => `u${i}=1`).join('&');
    expect(parseUrlState(`?${unknown}&site=last`)).toMatchObject({ value: { site: 'last' }, problems: [] });
    const { value, problems } = parseUrlState(`?${unknown}&u=1&site=late`);
    expect(value.site).toBeNull();
    expect(problems).toEqual([
      { param: '?', value: '', reason: 'more than 100 parameters: the rest is ignored' },
    ]);
  });

  it('ignores what lies past MAX_SEARCH_LENGTH, cutting between parameters', () => {
    const search = `?pad=${'a'.repeat(MAX_SEARCH_LENGTH)}&site=late`;
    const parsed = parseUrlState(search);
    expect(parsed.value.site).toBeNull();
    expect(parseUrlState(`?site=early&pad=${'a'.repeat(MAX_SEARCH_LENGTH)}`).value.site).toBe('early');
  });
});

describe('parseUrlState: invalid values are ignored and reported', () => {
  it.each<[string, string, RegExp]>([
    ['?site=Paris', 'site', /kebab-case/],
    ['?site=paris--saclay', 'site', /kebab-case/],
    ['?site=', 'site', /kebab-case/],
    [`?site=${'a'.repeat(65)}`, 'site', /kebab-case/],
    ['?site=<script>', 'site', /kebab-case/],
    ['?date=2023-02-29', 'date', /calendar date/],
    ['?date=2024-13-01', 'date', /calendar date/],
    ['?date=2024-04-31', 'date', /calendar date/],
    ['?date=0000-01-01', 'date', /calendar date/],
    ['?date=2024-1-1', 'date', /calendar date/],
    ['?date=2024-01', 'date', /calendar date/],
    ['?date=2024-01-01T00:00', 'date', /calendar date/],
    ['?lang=de', 'lang', /fr, en/],
    ['?lang=FR', 'lang', /fr, en/],
    ['?theme=sepia', 'theme', /light, dark/],
    ['?embed=yes', 'embed', /1 or 0/],
    ['?panels=', 'panels', /comma-separated/],
    ['?panels=map,,timeline', 'panels', /comma-separated/],
    ['?panels=map,chart', 'panels', /comma-separated/],
    ['?panels=map,map', 'panels', /twice/],
    ['?panels=__proto__', 'panels', /comma-separated/],
    ['?present=0', 'present', /step/],
    ['?present=-1', 'present', /step/],
    ['?present=1.5', 'present', /step/],
    ['?present=01', 'present', /step/],
    ['?present=1e3', 'present', /step/],
    ['?view=48,2', 'view', /lat,lon,zoom/],
    ['?view=48,2,5,1', 'view', /lat,lon,zoom/],
    ['?view=NaN,2,5', 'view', /lat,lon,zoom/],
    ['?view=Infinity,2,5', 'view', /lat,lon,zoom/],
    ['?view=1e1,2,5', 'view', /lat,lon,zoom/],
    ['?view=,2,5', 'view', /lat,lon,zoom/],
    ['?view=0x10,2,5', 'view', /lat,lon,zoom/],
    ['?view=86,2,5', 'view', /lat must be between -85 and 85/],
    ['?view=0,-181,5', 'view', /lon must be between -180 and 180/],
    ['?view=0,0,23', 'view', /zoom must be between 0 and 22/],
    ['?view=0,0,-1', 'view', /zoom/],
    ['?origin=*', 'origin', /origin/],
    ['?origin=null', 'origin', /origin/],
    ['?origin=https://h.example/path', 'origin', /origin/],
    ['?origin=https://h.example?', 'origin', /origin/],
    ['?origin=https://h.example/#x', 'origin', /origin/],
    ['?origin=https://user:pw@h.example', 'origin', /origin/],
    ['?origin=javascript:alert(1)', 'origin', /origin/],
    ['?origin=file:///etc/passwd', 'origin', /origin/],
  ])('%s', (search, param, reason) => {
    const parsed = parseUrlState(search);
    expect(parsed.value).toEqual(DEFAULT_URL_STATE);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ param, reason: expect.stringMatching(reason) });
  });

  it.each<[string, UrlProblem]>([
    [
      '?panels=chart',
      {
        param: 'panels',
        value: 'chart',
        reason: 'expected a comma-separated list of map, timeline, investments, details',
      },
    ],
    [
      '?table=map',
      { param: 'table', value: 'map', reason: 'expected a comma-separated list of timeline, investments' },
    ],
    ['?group=region', { param: 'group', value: 'region', reason: 'expected country or investor' }],
    ['?scale=sqrt', { param: 'scale', value: 'sqrt', reason: 'expected linear or log' }],
    ['?embed=', { param: 'embed', value: '', reason: 'expected 1 or 0' }],
    [
      '?data=javascript:alert(1)',
      {
        param: 'data',
        value: 'javascript:alert(1)',
        reason: 'expected an http(s) URL or a path on this site, such as data/my-atlas.json',
      },
    ],
    ['?lang=fr&lang=en', { param: 'lang', value: 'en', reason: 'repeated parameter: the first one is used' }],
  ])('%s: warns with the exact reason', (search, problem) => {
    expect(parseUrlState(search).problems).toEqual([problem]);
  });

  it('keeps the valid parameters next to an invalid one', () => {
    const parsed = parseUrlState('?site=a&date=2023-02-30&theme=dark');
    expect(parsed.value).toEqual(state({ site: 'a', theme: 'dark' }));
    expect(parsed.problems.map((p) => [p.param, p.value])).toEqual([['date', '2023-02-30']]);
  });

  it('rejects a well-formed site that the dataset does not know', () => {
    const known = new Set(['paris-saclay']);
    expect(parseUrlState('?site=paris-saclay', known).value.site).toBe('paris-saclay');
    const parsed = parseUrlState('?site=atlantis', known);
    expect(parsed.value.site).toBeNull();
    expect(parsed.problems).toEqual([{ param: 'site', value: 'atlantis', reason: 'no site has this id' }]);
  });

  it('uses the first of repeated parameters and reports the others', () => {
    const parsed = parseUrlState('?date=2024-01-01&date=2025-01-01&date=bad');
    expect(parsed.value.date).toBe('2024-01-01');
    expect(parsed.problems.map((p) => [p.param, p.value])).toEqual([
      ['date', '2025-01-01'],
      ['date', 'bad'],
    ]);
  });

  it('a first, invalid value still wins over a later valid one', () => {
    const parsed = parseUrlState('?theme=neon&theme=dark');
    expect(parsed.value.theme).toBe('auto');
    expect(parsed.problems).toHaveLength(2);
  });

  it('leaves unknown parameters alone and lists them without calling them problems', () => {
    const parsed = parseUrlState('?utm_source=x&site=a&__proto__=1&constructor=2&utm_source=y&Site=b');
    expect(parsed.value).toEqual(state({ site: 'a' }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.unknownParams).toEqual(['utm_source', '__proto__', 'constructor', 'Site']);
    expect(Object.prototype).not.toHaveProperty('site');
  });

  it('clips a huge value in the problem report', () => {
    // Within the query cap: past it, the value would not be read at all.
    const parsed = parseUrlState(`?date=${'9'.repeat(5_000)}`);
    expect(parsed.problems).toEqual([
      { param: 'date', value: `${'9'.repeat(80)}…`, reason: 'expected a real calendar date YYYY-MM-DD' },
    ]);
  });

  it('reports a value of 80 characters whole, and cuts a longer one to 80 with an ellipsis', () => {
    expect(parseUrlState(`?date=${'9'.repeat(80)}`).problems[0]!.value).toBe('9'.repeat(80));
    expect(parseUrlState(`?date=${'9'.repeat(80)}12`).problems[0]!.value).toBe(`${'9'.repeat(80)}…`);
  });

  it.each(['%', '%E0%A4%A', '?&&&=&=', '?date', '?==', '#site=a', '?site=a#frag'])(
    'never throws on %s',
    (search) => {
      expect(() => parseUrlState(search)).not.toThrow();
    },
  );

  it.each([null, undefined, Symbol('x'), { site: 'a' }, ['site', 'a']])(
    'survives a non-string smuggled past the types: %s',
    (search) => {
      const parsed = parseUrlState(search as unknown as string);
      expect(parsed.value).toEqual(DEFAULT_URL_STATE);
      expect(parsed.problems).toEqual([{ param: '?', value: '', reason: 'unreadable query string' }]);
    },
  );
});
