import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from './country-names.ts';
import { FONT_FILES, LABEL_FONT, labelFontFaces } from '../../src/geo/label-font.ts';

function covered(codePoint: number, ranges: string[]): boolean {
  return ranges.some((range) => {
    const [start = '', end = start] = range.replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(start, 16) && codePoint <= parseInt(end, 16);
  });
}

describe('label font', () => {
  const faces = labelFontFaces('https://example.org/atlas/basemap');

  it('declares the text-font name with absolute URLs under the basemap folder', () => {
    expect(Object.keys(faces)).toEqual([LABEL_FONT]);
    expect(faces[LABEL_FONT]?.map((face) => face.url)).toEqual(
      FONT_FILES.map(({ file }) => `https://example.org/atlas/basemap/fonts/${file}`),
    );
  });

  it('copies files that the installed fontsource package has', () => {
    for (const { file } of FONT_FILES) {
      expect(
        existsSync(new URL(`../../node_modules/@fontsource-variable/inter/files/${file}`, import.meta.url)),
      ).toBe(true);
    }
  });

  it('covers every letter of every country name in both languages', () => {
    const ranges = faces[LABEL_FONT]?.flatMap((face) => face['unicode-range']) ?? [];
    const letters = new Set(Object.values(COUNTRY_NAMES).flatMap(({ en, fr }) => [...`${en}${fr}`]));
    expect([...letters].filter((letter) => !covered(letter.codePointAt(0) ?? 0, ranges))).toEqual([]);
  });
});
