import { describe, expect, it } from 'vitest';
import { localText } from './local-text';

describe('localText', () => {
  it('shows the reader language when it is written', () => {
    expect(localText({ fr: 'Bonjour', en: 'Hello' }, 'fr')).toEqual({
      text: 'Bonjour',
      lang: 'fr',
      fallback: false,
    });
  });

  it('falls back to the other language, marked, when the reader language is empty or blank', () => {
    expect(localText({ fr: ' ', en: 'Hello' }, 'fr')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
    expect(localText({ fr: 'Bonjour', en: '' }, 'en')).toEqual({
      text: 'Bonjour',
      lang: 'fr',
      fallback: true,
    });
  });

  it('is not a fallback when both are empty (speaker notes may be)', () => {
    expect(localText({ fr: '', en: '' }, 'en').fallback).toBe(false);
  });
});
