import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['Borlänge', 'borlange'],
    ['BORLÄNGE', 'borlange'],
    ['Île-de-France', 'ile-de-france'],
    ['Éclairion', 'eclairion'],
    ['Œuvre', 'oeuvre'],
    ['d’euros', "d'euros"],
    ['  Mistral \u00a0 AI ', 'mistral ai'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('folds precomposed and decomposed accents alike', () => {
    expect(normalizeForSearch('e\u0301')).toBe(normalizeForSearch('\u00e9'));
  });
});
