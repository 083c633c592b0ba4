import { describe, expect, it } from 'vitest';
import { wrapLines } from './canvas-draw';
import { breakableWords, collapseSpaces } from './line-breaks';
import { formatQuantity } from '../../i18n/format';

describe('line breaks of exported text', () => {
  it('collapses breakable white space and keeps the no-break spaces', () => {
    expect(collapseSpaces('  Au 7 déc. 2026\u00a0:\n 4\u202fsites\t ')).toBe(
      'Au 7 déc. 2026\u00a0: 4\u202fsites',
    );
    expect(breakableWords('2026\u00a0: 10\u202f000 sites ;\n')).toEqual([
      '2026\u00a0:',
      '10\u202f000',
      'sites',
      ';',
    ]);
  });

  it('keeps an amount whole: a range breaks after its dash only', () => {
    const range = { text: 't', unit: 'EUR', kind: 'range', min: 1e9, max: 2e9 } as const;
    expect(breakableWords(formatQuantity(range, 'fr'))).toEqual(['1\u00a0Md€\u00a0–', '2\u00a0Md€']);
    expect(breakableWords(formatQuantity({ ...range, kind: 'lower-bound', max: null }, 'en'))).toEqual([
      '≥\u00a0€1bn',
    ]);
  });

  it('wraps a canvas line before the word that carries a colon, never between the two', () => {
    // One unit a character: a 12-character line.
    const ctx = { measureText: (text: string) => ({ width: text.length }) } as CanvasRenderingContext2D;
    expect(wrapLines(ctx, 'Au 7 déc. 2026\u00a0: 4 sites', 12)).toEqual([
      'Au 7 déc.',
      '2026\u00a0: 4',
      'sites',
    ]);
  });
});
