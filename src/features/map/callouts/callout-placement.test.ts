import { describe, expect, it } from 'vitest';
import { calloutShift, overlaps, type Rect } from './callout-placement';

const label: Rect = { left: 139, top: 273, right: 260, bottom: 306 };
const space = (blocked: Rect[], height = 437) => ({
  width: 364,
  height,
  isFree: (r: Rect) => !blocked.some((b) => overlaps(r, b)),
});

describe('calloutShift', () => {
  it('leaves a card that covers nothing where it is', () => {
    expect(calloutShift({ left: 0, top: 0, right: 100, bottom: 34 }, space([label]))).toBe(0);
  });

  it('slides a card off a site label, down first, by the smallest step that frees it', () => {
    const card = { left: 143, top: 287, right: 292, bottom: 321 };
    const dy = calloutShift(card, space([label]));
    expect(dy).toBeGreaterThan(0);
    expect(overlaps({ ...card, top: card.top + dy, bottom: card.bottom + dy }, label)).toBe(false);
    expect(overlaps({ ...card, top: card.top + dy - 6, bottom: card.bottom + dy - 6 }, label)).toBe(true);
  });

  it('goes up when down would leave the map', () => {
    const card = { left: 143, top: 287, right: 292, bottom: 321 };
    expect(calloutShift(card, space([label], 330))).toBeLessThan(0);
  });
});
