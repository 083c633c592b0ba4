import { describe, expect, it } from 'vitest';
import { MAX_DATA_URL_LENGTH, isCalendarDate, isSiteId, parseDataUrl, parseOrigin } from './url-validators';

describe('isSiteId and isCalendarDate', () => {
  it('refuse a non-string that would read as a valid value once turned into a string', () => {
    expect(isSiteId(['paris-saclay'])).toBe(false);
    expect(isCalendarDate(['2024-02-29'])).toBe(false);
  });
});

describe('parseDataUrl', () => {
  it('refuses credentials in a data URL, however the scheme is spelt', () => {
    expect(parseDataUrl('https://user:pw@host.example/x.json')).toBeNull();
    // Without slashes an https base reads this as a path; a page served over http as credentials.
    expect(parseDataUrl('https:user:pw@host.example/x.json')).toBeNull();
    expect(parseDataUrl('http:user@host.example/x.json')).toBeNull();
  });

  it('keeps an ordinary absolute or relative address as written', () => {
    expect(parseDataUrl('https://host.example/x.json')).toBe('https://host.example/x.json');
    expect(parseDataUrl('data/custom.json')).toBe('data/custom.json');
  });

  it('keeps a relative path with a colon after its start (it names no scheme)', () => {
    expect(parseDataUrl('data/atlas:v2.json')).toBe('data/atlas:v2.json');
  });

  it('refuses, without throwing, an absolute address the URL parser cannot read', () => {
    expect(parseDataUrl('http://')).toBeNull();
    expect(parseDataUrl('https://[::1')).toBeNull();
  });

  it('refuses an empty value, and takes up to MAX_DATA_URL_LENGTH characters, not one more', () => {
    expect(parseDataUrl('')).toBeNull();
    const atMax = `https://host.example/${'a'.repeat(MAX_DATA_URL_LENGTH - 'https://host.example/'.length)}`;
    expect(atMax).toHaveLength(MAX_DATA_URL_LENGTH);
    expect(parseDataUrl(atMax)).toBe(atMax);
    expect(parseDataUrl(`${atMax}a`)).toBeNull();
  });
});

describe('parseOrigin', () => {
  it('accepts only http(s) origins', () => {
    expect(parseOrigin('https://host.example')).toBe('https://host.example');
    expect(parseOrigin('http://host.example:8080/')).toBe('http://host.example:8080');
    for (const other of [
      'ws://host.example',
      'wss://host.example',
      'ftp://host.example',
      'file:///',
      'null',
    ]) {
      expect(parseOrigin(other), other).toBeNull();
    }
  });

  it('takes an origin of up to 200 characters, not one more', () => {
    const origin = (last: number) => `https://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(last)}:8443`;
    expect(origin(59)).toHaveLength(200);
    expect(parseOrigin(origin(59))).toBe(origin(59));
    expect(parseOrigin(origin(60))).toBeNull();
  });

  it('refuses credentials, a user name alone or a password alone', () => {
    for (const withCredentials of [
      'https://user:pw@host.example',
      'https://user@host.example',
      'https://:pw@host.example',
    ]) {
      expect(parseOrigin(withCredentials), withCredentials).toBeNull();
    }
  });
});
