import { describe, expect, it } from 'vitest';
import { labelBoxes, type LabelQuery } from './label-boxes';

/** A stand-in for maplibre's box query over labels drawn at known boxes. */
function queryOver(drawn: Record<string, [number, number, number, number]>): LabelQuery {
  return ([[x0, y0], [x1, y1]]) =>
    Object.entries(drawn)
      .filter(([, [l, t, r, b]]) => x0 <= r && l <= x1 && y0 <= b && t <= y1)
      .map(([id]) => id);
}

describe('labelBoxes', () => {
  it('finds each drawn label box to half a pixel, left < right and top < bottom', () => {
    const boxes = labelBoxes(queryOver({ a: [139, 273, 260, 306], b: [10, 0, 50, 12] }), 400, 400);
    expect(boxes.map((b) => b.id)).toEqual(['a', 'b']);
    const [a, b] = boxes;
    for (const [got, want] of [
      [a!.left, 139],
      [a!.top, 273],
      [a!.right, 260],
      [a!.bottom, 306],
      [b!.left, 10],
      [b!.top, 0],
      [b!.right, 50],
      [b!.bottom, 12],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThanOrEqual(0.5);
  });

  it('finds the edges of a label cut by the frame, beyond the frame', () => {
    const [cut] = labelBoxes(queryOver({ cut: [350, -20, 470, 30] }), 400, 400);
    expect(Math.abs(cut!.right - 470)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cut!.top + 20)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cut!.left - 350)).toBeLessThanOrEqual(0.5);
  });
});
