import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UrlState } from './url-state';
import { GROUPINGS, PANEL_IDS, SCALES, TABLE_PANELS, THEMES } from '../store/ui-vocabulary';
import { DEFAULT_URL_STATE, normalizeView } from './url-state';
import { URL_PARAM_ORDER, mergeSearch, parseUrlState, serializeUrlState } from './url-codec';

// Valid states hold only views the URL can represent exactly (4 decimals for lat/lon, 2 for
// zoom), so the round trip is plain equality; arbitrary views are covered separately below.
const representableView = fc.record({
  lat: fc.integer({ min: -850_000, max: 850_000 }).map((n) => n / 1e4),
  lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 1e4),
  zoom: fc.integer({ min: 0, max: 2_200 }).map((n) => n / 100),
});

const siteId = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((id) => id.length <= 64);

const calendarDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const origin = fc
  .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.option(fc.integer({ min: 1, max: 65_535 })))
  .map(([scheme, host, port]) => new URL(`${scheme}://${host}${port === null ? '' : `:${port}`}`).origin);

const validState: fc.Arbitrary<UrlState> = fc.record({
  site: fc.option(siteId),
  date: fc.option(calendarDate),
  lang: fc.constantFrom(null, 'fr' as const, 'en' as const),
  theme: fc.constantFrom(...THEMES),
  embed: fc.boolean(),
  panels: fc.shuffledSubarray([...PANEL_IDS], { minLength: 1 }),
  group: fc.constantFrom(...GROUPINGS),
  scale: fc.constantFrom(...SCALES),
  table: fc.subarray([...TABLE_PANELS]),
  present: fc.option(fc.integer({ min: 1, max: 999_999 })),
  view: fc.option(representableView),
  origin: fc.option(origin),
  data: fc.option(
    fc.oneof(
      fc
        .webUrl({ withQueryParameters: true })
        .filter((u) => !/[\s\\]/.test(u) && !/@/.test(u.split('/')[2] ?? '')),
      fc
        .webPath()
        .map((p) => `data${p}`)
        .filter((p) => !/[\s\\]/.test(p)),
    ),
  ),
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });

/** Comma-separated lists of near-misses: dense in the corners our grammars have to reject. */
const atom = fc.oneof(
  fc.constantFrom('', 'e', '-0', '1e3', '0x1', 'NaN', 'Infinity', '85.00001', '-180', '22.5', '%', '+1'),
  fc.constantFrom(
    'map',
    'Map',
    'details',
    'auto',
    'fr',
    '1',
    '0',
    'true',
    'https://a.example/',
    '2024-02-30',
  ),
  fc
    .array(fc.constantFrom('-', '.', '0', '1', '9', 'e', ':', '/', 'a', ' '), { maxLength: 8 })
    .map((t) => t.join('')),
);
const hostileValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(atom, { maxLength: 5 }).map((atoms) => atoms.join(',')),
);
const hostileKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...URL_PARAM_ORDER, '__proto__', 'constructor', 'utm_source') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('data', 'javascript:alert(1)', '//evil.example/a.json', 'data:,{}'),
  },
  { weight: 1, arbitrary: fc.string() },
);

/** Query strings mixing our keys, near-misses and foreign keys with hostile values. */
const hostileSearch = fc
  .array(fc.tuple(hostileKey, hostileValue), { maxLength: 12 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
// At least 10,000 cases for the codec's hostile-input properties (cheap arbitraries).
const many = { numRuns: 10_000 };

describe('url codec properties', () => {
  it('parse(serialize(s)) equals s for every valid state, with no problems', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual({ value: s, problems: [], unknownParams: [] });
      }),
    );
  });

  it('serialize writes nothing but the parameters that differ from the defaults', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const written = [...new URLSearchParams(serializeUrlState(s)).keys()];
        const differing = URL_PARAM_ORDER.filter(
          (k) => JSON.stringify(s[k]) !== JSON.stringify(DEFAULT_URL_STATE[k]),
        );
        expect(written).toEqual(differing);
      }),
    );
  });

  it('any finite view round-trips to its normalised form', () => {
    fc.assert(
      fc.property(finite, finite, finite, (lat, lon, zoom) => {
        const s = { ...DEFAULT_URL_STATE, view: { lat, lon, zoom } };
        expect(parseUrlState(serializeUrlState(s)).value.view).toEqual(normalizeView({ lat, lon, zoom }));
      }),
    );
  });

  it('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileSearch), (search) => {
        // A throw fails the property; calling directly keeps 10,000 runs cheap.
        parseUrlState(search);
        parseUrlState(search, new Set(['a']));
      }),
      many,
    );
  }, 60_000);

  it('whatever comes in, what comes out is a valid state (it survives its own round trip)', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { value } = parseUrlState(search);
        expect(parseUrlState(serializeUrlState(value))).toEqual({ value, problems: [], unknownParams: [] });
      }),
      many,
    );
  }, 60_000);

  it('mergeSearch rewrites our state and keeps every foreign parameter', () => {
    const foreignKey = fc
      .string({ minLength: 1 })
      .filter((k) => !(URL_PARAM_ORDER as readonly string[]).includes(k));
    fc.assert(
      fc.property(
        validState,
        hostileSearch,
        fc.array(fc.tuple(foreignKey, fc.string())),
        (s, before, foreign) => {
          const current = `${before}&${new URLSearchParams(foreign).toString()}`;
          const merged = mergeSearch(current, s);
          expect(parseUrlState(merged).value).toEqual(s);
          const keep = (q: string) =>
            [...new URLSearchParams(q)].filter(([k]) => !(URL_PARAM_ORDER as readonly string[]).includes(k));
          expect(keep(merged)).toEqual(keep(current));
        },
      ),
    );
  });
});
