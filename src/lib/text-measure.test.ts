import { describe, expect, it } from 'vitest';
import { CHART_FONT_PX, cutAtWord, estimateTextWidth, truncateToWidth } from './text-measure';

describe('chart text measure', () => {
  it('measures at the 14 px chart size by default', () => {
    expect(CHART_FONT_PX).toBeGreaterThanOrEqual(14);
    expect(estimateTextWidth('abcdefghij')).toBe(Math.ceil(10 * 14 * 0.55));
  });

  it('cuts between words, never mid-word, when a word ends in the room', () => {
    const label = 'Mistral AI datacenter campus in Borlänge';
    const cut = truncateToWidth(label, 20 * 14 * 0.55);
    expect(cut).toBe('Mistral AI…');
    const words = label.split(' ');
    expect(words).toContain(cut.replace('…', '').split(' ').at(-1));
  });

  it('keeps a short text whole and cuts one long word where it must', () => {
    expect(truncateToWidth('Essonne', 400)).toBe('Essonne');
    expect(cutAtWord('Supercalculateur', 6)).toBe('Superc');
    expect(cutAtWord('one two three', 7)).toBe('one two');
  });
});
