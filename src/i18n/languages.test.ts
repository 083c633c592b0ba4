import { describe, expect, it } from 'vitest';
import { resolveLang } from './languages';

describe('resolveLang', () => {
  it('prefers the URL', () => expect(resolveLang('fr', ['en-GB'])).toBe('fr'));
  it('takes the first French or English browser language', () =>
    expect(resolveLang(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr'));
  it('falls back to English', () => expect(resolveLang(null, ['de', 'it'])).toBe('en'));
});
