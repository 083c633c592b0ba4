import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, normalizeView, roundTo } from './url-state';
import { isCalendarDate, parseOrigin } from './url-validators';

describe('url state', () => {
  it('defaults to every panel in the issue order and the auto theme', () => {
    expect(DEFAULT_URL_STATE).toEqual({
      site: null,
      date: null,
      lang: null,
      theme: 'auto',
      embed: false,
      panels: ['map', 'timeline', 'investments', 'details'],
      group: 'country',
      scale: 'linear',
      table: [],
      present: null,
      view: null,
      origin: null,
      data: null,
    });
    expect(Object.isFrozen(DEFAULT_URL_STATE)).toBe(true);
  });
});

describe('normalizeView', () => {
  it.each([
    [
      { lat: 48.856613, lon: 2.352222, zoom: 5.556 },
      { lat: 48.8566, lon: 2.3522, zoom: 5.56 },
    ],
    [
      { lat: 90, lon: 0, zoom: 0 },
      { lat: 85, lon: 0, zoom: 0 },
    ],
    [
      { lat: -90, lon: 0, zoom: -3 },
      { lat: -85, lon: 0, zoom: 0 },
    ],
    [
      { lat: 0, lon: 0, zoom: 24 },
      { lat: 0, lon: 0, zoom: 22 },
    ],
    [
      { lat: 0, lon: 190, zoom: 1 },
      { lat: 0, lon: -170, zoom: 1 },
    ],
    [
      { lat: 0, lon: -190, zoom: 1 },
      { lat: 0, lon: 170, zoom: 1 },
    ],
    [
      { lat: 0, lon: 540, zoom: 1 },
      { lat: 0, lon: -180, zoom: 1 },
    ],
    [
      { lat: 0, lon: 180, zoom: 1 },
      { lat: 0, lon: 180, zoom: 1 },
    ],
    [
      { lat: -0.00001, lon: -0, zoom: 0 },
      { lat: 0, lon: 0, zoom: 0 },
    ],
  ])('%o -> %o', (view, expected) => {
    const out = normalizeView(view);
    expect(out).toEqual(expected);
    expect(Object.is(out?.lat, -0) || Object.is(out?.lon, -0)).toBe(false);
  });

  it.each([NaN, Infinity, -Infinity])('gives up on %s', (bad) => {
    expect(normalizeView({ lat: bad, lon: 0, zoom: 0 })).toBeNull();
    expect(normalizeView({ lat: 0, lon: bad, zoom: 0 })).toBeNull();
    expect(normalizeView({ lat: 0, lon: 0, zoom: bad })).toBeNull();
  });

  it('roundTo never returns negative zero', () => {
    expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true);
  });
});

describe('value validators', () => {
  it.each(['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('%s is a calendar date', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each([
    '1900-02-29',
    '2023-02-29',
    '2024-06-31',
    '2024-00-10',
    '2024-01-00',
    ' 2024-01-01',
    20240101,
    null,
  ])('%s is not a calendar date', (d) => expect(isCalendarDate(d)).toBe(false));
  it('parseOrigin keeps nothing but an origin', () => {
    expect(parseOrigin('https://a.example:443/')).toBe('https://a.example');
    expect(parseOrigin('https://a.example/x')).toBeNull();
    expect(parseOrigin(`https://${'a'.repeat(300)}.example`)).toBeNull();
    expect(parseOrigin('data:text/html,hi')).toBeNull();
  });
});
