import { describe, expect, it } from 'vitest';
import { parseDataUrl, parseOrigin } from './url-validators';

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
