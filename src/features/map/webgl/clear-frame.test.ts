import { describe, expect, it } from 'vitest';
import { NO_INSETS, clearCentreOffset, clearInsets, isInClearPart } from './clear-frame';

// A desktop map frame (1440 × 900 window): 915 × 600 px.
const W = 915;
const H = 600;
const openLegend = { left: 12, top: 12, right: 322, bottom: 330 };
const closedLegend = { left: 12, top: 12, right: 110, bottom: 44 };
const controls = { left: 870, top: 12, right: 903, bottom: 180 };

describe('clearInsets', () => {
  it('takes the open legend off the left, where it costs a third of the width rather than half the height', () => {
    expect(clearInsets(W, H, [openLegend])).toEqual({ ...NO_INSETS, left: 322 });
  });

  it('takes the closed legend off the top, and the column of controls off the right', () => {
    expect(clearInsets(W, H, [closedLegend, controls])).toEqual({ ...NO_INSETS, top: 44, right: W - 870 });
  });

  it('puts an overlay against the bottom or right edge it is nearer to', () => {
    const bottomBand = { left: 300, top: 560, right: 500, bottom: 590 };
    expect(clearInsets(W, H, [bottomBand])).toEqual({ ...NO_INSETS, bottom: H - 560 });
  });

  it('keeps the largest inset per edge, and clips overlays to the frame', () => {
    const tall = { left: -20, top: 0, right: 100, bottom: 500 };
    expect(clearInsets(W, H, [tall, openLegend]).left).toBe(322);
  });

  it('ignores an overlay that would leave less than half the frame, and one outside it', () => {
    const phoneLegend = { left: 8, top: 8, right: 356, bottom: 300 };
    expect(clearInsets(364, 437, [phoneLegend])).toEqual(NO_INSETS);
    expect(clearInsets(W, H, [{ left: 950, top: 0, right: 990, bottom: 40 }])).toEqual(NO_INSETS);
  });
});

describe('the clear part', () => {
  it('has its centre half the insets away from the frame centre', () => {
    expect(clearCentreOffset({ ...NO_INSETS, left: 322 })).toEqual([161, 0]);
    expect(clearCentreOffset({ top: 44, right: 45, bottom: 0, left: 0 })).toEqual([-22.5, 22]);
  });

  it('holds a point only clear of the insets and the margin', () => {
    const insets = { ...NO_INSETS, left: 322 };
    expect(isInClearPart({ x: 200, y: 300 }, W, H, insets, 40)).toBe(false);
    expect(isInClearPart({ x: 370, y: 300 }, W, H, insets, 40)).toBe(true);
    expect(isInClearPart({ x: 370, y: 580 }, W, H, insets, 40)).toBe(false);
  });
});
