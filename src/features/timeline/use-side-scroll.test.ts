import { describe, expect, it } from 'vitest';
import { openingScroll, readSideScroll } from './use-side-scroll';

describe('readSideScroll', () => {
  it('says nothing of a box that fits', () => {
    expect(readSideScroll({ scrollWidth: 600, clientWidth: 600, scrollLeft: 0 })).toEqual({
      overflows: false,
      moreLeft: false,
      moreRight: false,
    });
  });

  it('names the edges that have more beyond them', () => {
    expect(readSideScroll({ scrollWidth: 600, clientWidth: 330, scrollLeft: 0 })).toEqual({
      overflows: true,
      moreLeft: false,
      moreRight: true,
    });
    expect(readSideScroll({ scrollWidth: 600, clientWidth: 330, scrollLeft: 270 })).toEqual({
      overflows: true,
      moreLeft: true,
      moreRight: false,
    });
    expect(readSideScroll({ scrollWidth: 600, clientWidth: 330, scrollLeft: 100 })).toMatchObject({
      moreLeft: true,
      moreRight: true,
    });
  });
});

describe('openingScroll', () => {
  it('puts the anchor at 70 % of the visible width, within the scrollable room', () => {
    expect(openingScroll(0.8, 600, 300)).toBe(270);
    expect(openingScroll(0.5, 600, 300)).toBe(90);
    expect(openingScroll(0.1, 600, 300)).toBe(0);
    expect(openingScroll(1, 600, 300)).toBe(300);
  });
});
